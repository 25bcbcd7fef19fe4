#include "CaseSeed.h"
#include "CliRunner.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "UserSeed.h"
#include "store/access/AccountRepository.h"
#include "store/infrastructure/Database.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// --user on a database that has users: the store checks what the signed-in
// user may do, as it does for the desktop program. Names are synthetic.
namespace {
const QDate kToday(2026, 11, 23);
const QDateTime kNine(kToday, QTime(9, 0), Qt::UTC);
const QString kAdminPassword = QStringLiteral("heron lantern quarry");
const QString kPassword = QStringLiteral("kestrel meadow path");
const QString kReference = QStringLiteral("MED-2026-00001");

using UserSeed::person;
// A case due a Part 1, then an administrator who adds a caseworker and a
// supervisor, as new users are added. Empty on success, else why not.
QString seed(const TestDatabase& test)
{
    Database database(test.settings());
    if (StoreError error = database.open())
        return error.message();
    QSqlDatabase db = database.connection();
    const qint64 council = CaseSeed::addCouncil(db, "Northmoor Borough Council", "NMB");
    QString why;
    const qint64 id = CaseSeed::addCase(
        db, CaseSeed::mediationReferral(council, "Zoë", "Nguyễn", QDate(2026, 11, 2)), kToday, &why);
    if (!id || !CaseSeed::advanceTo(db, id, CaseStage::NotPursuing, QDate(2026, 11, 19), kToday, &why))
        return why;
    AccountRepository accounts(db, PasswordHasher(PasswordHasher::minimum()));
    User admin = person(QStringLiteral("priya.venn"), UserRole::Administrator);
    if (StoreError error = accounts.createFirstAdministrator(&admin, kAdminPassword, kNine))
        return error.message();
    for (User user : {person(QStringLiteral("sam.okafor"), UserRole::Caseworker),
                      person(QStringLiteral("grace.ibekwe"), UserRole::Supervisor)}) {
        if (StoreError error = accounts.addUser(admin.id, &user, kPassword, kNine))
            return error.message();
    }
    return {};
}

QStringList issue(const TestDatabase& test)
{
    return {"--database",  test.settings().sqlitePath(),
            "certificate", "issue",
            "--case",      kReference,
            "--issuer",    "grace.ibekwe",
            "--date",      "2026-11-23"};
}

// COMMONGROUND_PASSWORD for the program the test runs, while in scope.
class Password
{
public:
    explicit Password(const QString& password) { qputenv("COMMONGROUND_PASSWORD", password.toUtf8()); }
    ~Password() { qunsetenv("COMMONGROUND_PASSWORD"); }
    Password(const Password&) = delete;
    Password& operator=(const Password&) = delete;
};
} // namespace

class TestCliSignIn : public QObject
{
    Q_OBJECT

private slots:
    void caseworkerCannotIssue();
    void supervisorIssues();
    void wrongPasswordIsRefused();
    void withoutUserTheHintSaysHowToSignIn();
    void publicCommandsNeedNoUser();
    void postgresLoginActs();
    void signInWhileAnotherDeskWrites();
};

void TestCliSignIn::caseworkerCannotIssue()
{
    TestDatabase test(QStringLiteral("sqlite"));
    QCOMPARE(seed(test), QString());
    const Password password(kPassword);
    CliRun run = CliRunner::run(QStringList{"--user", "sam.okafor"} + issue(test));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("Only supervisors can issue certificates.")),
             qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    // Nothing was issued: the register is empty for the supervisor too.
    run = CliRunner::run(
        {"--database", test.settings().sqlitePath(), "--user", "grace.ibekwe", "certificates", "list"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.trimmed().isEmpty(), qPrintable(run.out));
}

void TestCliSignIn::supervisorIssues()
{
    TestDatabase test(QStringLiteral("sqlite"));
    QCOMPARE(seed(test), QString());
    const Password password(kPassword);
    // The shared option may stand after the command too.
    const CliRun run = CliRunner::run(issue(test) + QStringList{"--user", "grace.ibekwe"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith(QStringLiteral("CG-2026-000001\t1\t")), qPrintable(run.out));
}

void TestCliSignIn::wrongPasswordIsRefused()
{
    TestDatabase test(QStringLiteral("sqlite"));
    QCOMPARE(seed(test), QString());
    const Password password(QStringLiteral("not the password"));
    const CliRun run = CliRunner::run(QStringList{"--user", "grace.ibekwe"} + issue(test));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("That password is not right")), qPrintable(run.err));
    QVERIFY(!run.err.contains(QStringLiteral("not the password"))); // never echoed
    QVERIFY(run.out.isEmpty());
}

void TestCliSignIn::withoutUserTheHintSaysHowToSignIn()
{
    TestDatabase test(QStringLiteral("sqlite"));
    QCOMPARE(seed(test), QString());
    CliRun run = CliRunner::run(issue(test));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("--user NAME")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("COMMONGROUND_PASSWORD")), qPrintable(run.err));
    // --user without a password (no variable, no terminal) says where to put it.
    run = CliRunner::run(QStringList{"--user", "grace.ibekwe"} + issue(test));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("COMMONGROUND_PASSWORD")), qPrintable(run.err));
}

void TestCliSignIn::publicCommandsNeedNoUser()
{
    TestDatabase test(QStringLiteral("sqlite"));
    QCOMPARE(seed(test), QString());
    const QStringList database{"--database", test.settings().sqlitePath()};
    CliRun run = CliRunner::run({"--version"});
    QCOMPARE(run.exitCode, 0);
    run = CliRunner::run(database + QStringList{"holidays", "list", "--year", "2026"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("2026-12-25")));
    run = CliRunner::run(database + QStringList{"working-days", "add", "2026-11-23", "3"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("2026-11-26")));
}

void TestCliSignIn::postgresLoginActs()
{
    TestDatabase test(QStringLiteral("postgres"));
    CG_REQUIRE_ENGINE(test);
    {
        Database database(test.settings());
        CG_VERIFY_OK(database.open());
        QSqlDatabase db = database.connection();
        const qint64 council = CaseSeed::addCouncil(db, "Northmoor Borough Council", "NMB");
        QString why;
        const qint64 id = CaseSeed::addCase(
            db, CaseSeed::mediationReferral(council, "Zoë", "Nguyễn", QDate(2026, 11, 2)), kToday, &why);
        QVERIFY2(id && CaseSeed::advanceTo(db, id, CaseStage::NotPursuing, QDate(2026, 11, 19), kToday, &why),
                 qPrintable(why));
        AccountRepository accounts(db);
        User login;
        CG_VERIFY_OK(accounts.adoptLoginAsFirstAdministrator(kNine, &login));
        // The login is a caseworker now (a second administrator keeps the office run).
        User second = person(QStringLiteral("second.admin"), UserRole::Administrator);
        CG_VERIFY_OK(accounts.addUser(login.id, &second, QString(), kNine));
        CG_VERIFY_OK(accounts.setRole(second.id, login.id, UserRole::Caseworker));
    }
    const QStringList where{"--postgres", test.settings().toConnInfo()};
    const QStringList command{"certificate", "issue",        "--case", kReference,
                              "--issuer",    "grace.ibekwe", "--date", "2026-11-23"};
    // No --user: the login acts, and a caseworker may not issue.
    CliRun run = CliRunner::run(where + command);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("Only supervisors can issue certificates.")),
             qPrintable(run.err));
    // --user naming somebody else is refused: the login cannot be swapped.
    run = CliRunner::run(where + QStringList{"--user", "second.admin"} + command);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("login")), qPrintable(run.err));
}

void TestCliSignIn::signInWhileAnotherDeskWrites()
{
    // Signing in used to be a write transaction of its own: while another
    // desk held a long write (a large import), every signed-in command,
    // even one that only reads, failed with "database is locked".
    TestDatabase test(QStringLiteral("sqlite"));
    QCOMPARE(seed(test), QString());
    const QStringList list{
        "--database", test.settings().sqlitePath(), "--user", "grace.ibekwe", "certificates", "list"};
    {
        // A wrong password first: the right one then has a counter to reset.
        const Password wrong(QStringLiteral("not the password at all"));
        QCOMPARE(CliRunner::run(QStringList{"--database", test.settings().sqlitePath(), "--user",
                                            "sam.okafor", "certificates", "list"})
                     .exitCode,
                 1);
    }
    const QString connection = QStringLiteral("another-desk");
    {
        QSqlDatabase desk = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        desk.setDatabaseName(test.settings().sqlitePath());
        QVERIFY(desk.open());
        QSqlQuery hold(desk);
        QVERIFY2(hold.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(hold.lastError().text()));
        QVERIFY(hold.exec(QStringLiteral("INSERT INTO counters (name, value) VALUES ('another-desk', 1)")));

        const Password password(kPassword);
        CliRun run = CliRunner::run(list);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.err.isEmpty());
        // The caseworker with a failed attempt to clear signs in too; the
        // reset waits for a sign-in when the database is free.
        run = CliRunner::run(QStringList{"--database", test.settings().sqlitePath(), "--user", "sam.okafor",
                                         "certificates", "list"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // And a wrong password is still refused, not let through.
        {
            const Password wrong(QStringLiteral("not the password at all"));
            QCOMPARE(CliRunner::run(list).exitCode, 1);
        }
        QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
        desk.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

QTEST_GUILESS_MAIN(TestCliSignIn)
#include "tst_cli_signin.moc"
