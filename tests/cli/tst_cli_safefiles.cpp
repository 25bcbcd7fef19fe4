#include "CaseSeed.h"
#include "CliRunner.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "TestFiles.h"
#include "TestPlatform.h"
#include "UserSeed.h"
#include "store/access/AccountRepository.h"
#include "store/infrastructure/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Issue 13 points 1 to 7 from the command line, as a script (or an
// attacker, or a clumsy user) would run it: files complete or absent and
// owner-only, numbers and dates in range, honest messages, the directory
// behind sign-in. Names are synthetic.
namespace {
const QString kPassword = QStringLiteral("kestrel meadow path");
const QString kReference = QStringLiteral("MED-2026-00001");

class Password
{
public:
    explicit Password(const QString& password) { qputenv("COMMONGROUND_PASSWORD", password.toUtf8()); }
    ~Password() { qunsetenv("COMMONGROUND_PASSWORD"); }
    Password(const Password&) = delete;
    Password& operator=(const Password&) = delete;
};

using UserSeed::person;
// A council, one case, one contact, an administrator and a supervisor.
QString seed(const QString& path)
{
    Database database(ConnectionSettings::sqlite(path));
    if (StoreError error = database.open())
        return error.message();
    QSqlDatabase db = database.connection();
    const QDate today(2026, 11, 23);
    const qint64 council = CaseSeed::addCouncil(db, "Northmoor Borough Council", "NMB");
    QString why;
    if (!CaseSeed::addCase(db, CaseSeed::mediationReferral(council, "Zoë", "Nguyễn", QDate(2026, 11, 2)),
                           today, &why))
        return why;
    QSqlQuery contact(db);
    if (!contact.exec(
            QStringLiteral("INSERT INTO contacts (given_name, family_name, job_title, created_at) VALUES "
                           "('Ada', 'Quill', '=HYPERLINK(\"http://evil.example\",\"x\")', "
                           "'2026-11-23T09:00:00Z')")))
        return contact.lastError().text();
    AccountRepository accounts(db, PasswordHasher(PasswordHasher::minimum()));
    const QDateTime nine(today, QTime(9, 0), Qt::UTC);
    User admin = person(QStringLiteral("priya.venn"), UserRole::Administrator);
    if (StoreError error = accounts.createFirstAdministrator(&admin, kPassword, nine))
        return error.message();
    User supervisor = person(QStringLiteral("grace.ibekwe"), UserRole::Supervisor);
    if (StoreError error = accounts.addUser(admin.id, &supervisor, kPassword, nine))
        return error.message();
    return {};
}

// A tmpfs of 64 KiB mounted for one test and filled up (root only).
class FullDisk
{
public:
    explicit FullDisk(const QString& where) : m_path(where)
    {
        QDir().mkpath(where);
        if (!TestPlatform::runsAsRoot() ||
            QProcess::execute(QStringLiteral("mount"), {"-t", "tmpfs", "-o", "size=64k", "tmpfs", where}) !=
                0)
            return;
        m_mounted = true;
        QFile filler(QDir(where).filePath(QStringLiteral("filler")));
        if (filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size()) {
            }
        }
    }
    ~FullDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_path});
    }
    FullDisk(const FullDisk&) = delete;
    FullDisk& operator=(const FullDisk&) = delete;
    bool isMounted() const { return m_mounted; }

private:
    QString m_path;
    bool m_mounted = false;
};
} // namespace

class TestCliSafeFiles : public QObject
{
    Q_OBJECT

private slots:
    void numbersAndDatesInRange_data();
    void numbersAndDatesInRange();
    void providerSetValidates_data();
    void providerSetValidates();
    void directoryNeedsSignIn();
    void fullDiskLeavesNoFile();
    void filesAreOwnerOnly();
    void leftoverPartialFilesGo();
    void emptyFileIsNotMadeADatabase();
    void readOnlyFolderIsSaidSo();
};

void TestCliSafeFiles::numbersAndDatesInRange_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    // toInt() read this as 0 and printed the start date.
    QTest::newRow("count overflows int")
        << QStringList{"working-days", "add", "2026-01-05", "2147483648"} << "not a whole number";
    QTest::newRow("count overflows qint64")
        << QStringList{"working-days", "add", "2026-01-05", "99999999999999999999"} << "not a whole number";
    // Year 9999 printed an empty line.
    QTest::newRow("start in 9999") << QStringList{"working-days", "add", "9999-12-31", "5"}
                                   << "outside the dates";
    QTest::newRow("appeal from 9999")
        << QStringList{"appeal-deadline", "--decision-sent", "9999-12-01"} << "outside the dates";
    QTest::newRow("meeting from 0001")
        << QStringList{"meeting-deadline", "--from", "0001-01-01"} << "outside the dates";
    QTest::newRow("result past the range")
        << QStringList{"appeal-deadline", "--decision-sent", "2199-12-01"} << "the result falls outside";
    QTest::newRow("working days past the range")
        << QStringList{"working-days", "add", "2199-12-30", "5"} << "the result falls outside";
    QTest::newRow("retention list in 9999")
        << QStringList{"retention", "list", "--today", "9999-01-01"} << "--today";
    QTest::newRow("audit from year 0") << QStringList{"audit", "list", "--from", "0000-01-01"} << "--from";
    // The certificate commands read their dates without the range check.
    QTest::newRow("certificates due in 9999")
        << QStringList{"certificates", "due", "--today", "9999-01-01"} << "--today: 9999-01-01 is outside";
    QTest::newRow("certificates issued in year 1")
        << QStringList{"certificates", "list", "--issued-on", "0001-01-01"}
        << "--issued-on: 0001-01-01 is outside";
    QTest::newRow("issue dated 9999")
        << QStringList{"certificate", "issue", "--case", "X", "--issuer", "u", "--date", "9999-12-31"}
        << "--date: 9999-12-31 is outside";
    QTest::newRow("void dated year 1")
        << QStringList{"certificate", "void", "CG-2026-000001", "--reason", "r", "--date", "0001-01-01"}
        << "--date: 0001-01-01 is outside";
    QTest::newRow("merge dated 9999")
        << QStringList{"case", "merge", "A", "--into", "B", "--reason", "r", "--today", "9999-01-01"}
        << "--today: 9999-01-01 is outside";
    QTest::newRow("issue dated nonsense")
        << QStringList{"certificate", "issue", "--case", "X", "--issuer", "u", "--date", "2026-02-30"}
        << "--date: '2026-02-30' is not a real date";
    QTest::newRow("part out of int") << QStringList{"certificate", "issue", "--case", "X",
                                                    "--issuer",    "u",     "--part", "4294967298"}
                                     << "--part must be 1, 2 or 3";
}

void TestCliSafeFiles::numbersAndDatesInRange()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    // No database: the date commands then count on the shipped calendar.
    const CliRun run = CliRunner::run(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    // The last date in range still works.
    const CliRun inRange = CliRunner::run({"working-days", "add", "2199-12-23", "4"});
    QCOMPARE(inRange.exitCode, 0);
    QCOMPARE(inRange.outLines().value(0), QStringLiteral("2199-12-31"));
}

void TestCliSafeFiles::providerSetValidates_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("email without domain") << QStringList{"--email", "office@"} << "--email";
    QTest::newRow("phone of letters") << QStringList{"--phone", "call us"} << "--phone";
    QTest::newRow("phone too short") << QStringList{"--phone", "0113 49"} << "--phone";
    QTest::newRow("website javascript") << QStringList{"--website", "javascript:alert(1)"} << "--website";
    QTest::newRow("website ftp") << QStringList{"--website", "ftp://example.org"} << "--website";
    QTest::newRow("website without dot") << QStringList{"--website", "https://localhost"} << "--website";
}

void TestCliSafeFiles::providerSetValidates()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath("cg.sqlite");
    QCOMPARE(CliRunner::run({"--database", path, "init"}).exitCode, 0);
    CliRun run = CliRunner::run(QStringList{"--database", path, "provider", "set"} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    run = CliRunner::run({"--database", path, "provider", "show"});
    QVERIFY2(!run.out.contains(arguments.at(1)), qPrintable(run.out));

    // Good values are kept, the phone in its national form.
    run = CliRunner::run({"--database", path, "provider", "set", "--email", "office@example.org", "--phone",
                          "+44 113 496 0000", "--website", "https://www.example.org/send"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = CliRunner::run({"--database", path, "provider", "show"});
    QVERIFY2(run.out.contains("phone\t0113 496 0000"), qPrintable(run.out));
    QVERIFY(run.out.contains("website\thttps://www.example.org/send"));
}

void TestCliSafeFiles::directoryNeedsSignIn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("cg.sqlite");
    const QString why = seed(path);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const QString csv = dir.filePath("in.csv");
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("given_name,family_name\nBo,Lund\n");
    }
    const QStringList commands[] = {{"contacts", "import", csv},
                                    {"contacts", "export", "--out", dir.filePath("out.csv")},
                                    {"contacts", "list"},
                                    {"contacts", "duplicates"}};
    for (const QStringList& command : commands) {
        const CliRun run = CliRunner::run(QStringList{"--database", path} + command);
        QVERIFY2(run.exitCode == 1, qPrintable(command.join(' ') + ": " + run.out));
        QVERIFY2(run.err.contains("--user"), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
    QVERIFY(!QFile::exists(dir.filePath("out.csv")));

    Password password(kPassword);
    CliRun run = CliRunner::run({"--database", path, "--user", "grace.ibekwe", "contacts", "import", csv});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = CliRunner::run(
        {"--database", path, "--user", "grace.ibekwe", "contacts", "list", "--search", "Lund"});
    QCOMPARE(run.outLines().size(), 1);
    // Whoever imported is in the audit trail.
    Database database(ConnectionSettings::sqlite(path));
    CG_VERIFY_OK(database.open());
    QSqlQuery audit(database.connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'contacts' AND "
                                      "action = 'insert' AND actor_name = 'grace.ibekwe'")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toInt(), 1);
    // Every row has an actor, even the one written while the database had no users yet.
    QVERIFY(audit.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor_name IS NULL")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toInt(), 0);
    QVERIFY(
        audit.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor_name = '(not signed in)'")));
    QVERIFY(audit.next());
    QVERIFY(audit.value(0).toInt() > 0);
}

void TestCliSafeFiles::fullDiskLeavesNoFile()
{
    if (!TestPlatform::runsAsRoot())
        QSKIP("mounting a small tmpfs needs root (CI runs as root); PrivateFile's own test injects the "
              "failure");
    QTemporaryDir dir;
    const QString path = dir.filePath("cg.sqlite");
    const QString why = seed(path);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const QString full = dir.filePath("full");
    FullDisk disk(full);
    if (!disk.isMounted())
        QSKIP("this machine does not let even root mount a tmpfs");
    Password password(kPassword);
    const QStringList signedIn{"--database", path, "--user", "grace.ibekwe"};
    const struct
    {
        QStringList arguments;
        QString file;
    } writes[] = {
        {{"contacts", "export", "--out", QDir(full).filePath("contacts.csv")}, "contacts.csv"},
        {{"meetings", "ics", "--out", QDir(full).filePath("meetings.ics")}, "meetings.ics"},
        {{"subject-access", "--case", kReference, "--out", full}, "subject-access-MED-2026-00001.json"},
    };
    for (const auto& write : writes) {
        const CliRun run = CliRunner::run(signedIn + write.arguments);
        QVERIFY2(run.exitCode == 1, qPrintable(write.arguments.join(' ') + " exited " +
                                               QString::number(run.exitCode) + ": " + run.out));
        QVERIFY2(run.err.contains("No space left on device"), qPrintable(run.err));
    }
    QCOMPARE(QDir(full).entryList(QDir::Files | QDir::Hidden), QStringList{"filler"});
    // A backup to the full disk fails too, and leaves nothing.
    const CliRun backup =
        CliRunner::run({"--database", path, "backup", "--out", QDir(full).filePath("b.sqlite")});
    QCOMPARE(backup.exitCode, 1);
    QCOMPARE(QDir(full).entryList(QDir::Files | QDir::Hidden), QStringList{"filler"});
}

void TestCliSafeFiles::filesAreOwnerOnly()
{
    QTemporaryDir dir;
    // A folder the program makes for a new database is its owner's only, and
    // so are the database and its -wal and -shm.
    const QString path = dir.filePath("new-folder/cg.sqlite");
    CliRun run = CliRunner::run({"--database", path, "init"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(TestPlatform::fileMode(dir.filePath("new-folder")), 0700);
    QCOMPARE(TestPlatform::fileMode(path), 0600);
    {
        Database database(ConnectionSettings::sqlite(path));
        CG_VERIFY_OK(database.open());
        QSqlQuery write(database.connection());
        QVERIFY(write.exec(QStringLiteral(
            "INSERT INTO contacts (given_name, family_name, created_at) VALUES ('Ada', 'Quill', "
            "'2026-11-23T09:00:00Z')")));
        QVERIFY(QFile::exists(path + "-wal"));
        QCOMPARE(TestPlatform::fileMode(path + "-wal"), 0600);
        QCOMPARE(TestPlatform::fileMode(path + "-shm"), 0600);
    }
    const QString csv = dir.filePath("contacts.csv");
    run = CliRunner::run({"--database", path, "contacts", "export", "--out", csv});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(TestPlatform::fileMode(csv), 0600);
    const QString ics = dir.filePath("meetings.ics");
    run = CliRunner::run({"--database", path, "meetings", "ics", "--out", ics});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(TestPlatform::fileMode(ics), 0600);
    run = CliRunner::run({"--database", path, "backup"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString backup = run.outLines().value(0).section(' ', 1);
    QCOMPARE(TestPlatform::fileMode(backup), 0600);
    QCOMPARE(TestPlatform::fileMode(QFileInfo(backup).absolutePath()), 0700);
}

void TestCliSafeFiles::leftoverPartialFilesGo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("cg.sqlite");
    QCOMPARE(CliRunner::run({"--database", path, "init"}).exitCode, 0);
    // What a killed export and a killed copy before an upgrade leave behind,
    // readable by everyone.
    const QString csv = dir.filePath("contacts.csv");
    const QString staleCopy = path + ".schema3-20260101-000000.bak.partial";
    for (const QString& leftover : {csv + ".partial", staleCopy}) {
        QFile file(leftover);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("half a file");
        file.close();
        QVERIFY(
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        const QDateTime longAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(longAgo, QFileDevice::FileModificationTime));
    }
    const CliRun run = CliRunner::run({"--database", path, "contacts", "export", "--out", csv});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!QFile::exists(csv + ".partial"));
    QVERIFY(!QFile::exists(staleCopy));
    QCOMPARE(TestPlatform::fileMode(csv), 0600);
    QFile written(csv);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().contains("organisation,organisation_kind"));
}

void TestCliSafeFiles::emptyFileIsNotMadeADatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("empty.sqlite");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QString holidays = dir.filePath("holidays.json");
    {
        QFile file(holidays);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"england-and-wales": {"division": "england-and-wales",
            "events": [{"title": "New Year's Day", "date": "2027-01-01"}]}})");
    }
    // Commands that may create a database (init, councils, holidays,
    // demo-data) made the empty file into one; none of them may.
    const QList<QStringList> commands{{"contacts", "list"},
                                      {"init"},
                                      {"councils", "add", "--code", "LDS", "--name", "Leeds"},
                                      {"holidays", "import", holidays},
                                      {"demo-data", "--cases", "1"}};
    for (const QStringList& command : commands) {
        const CliRun run = CliRunner::run(QStringList{"--database", path} + command);
        QVERIFY2(run.exitCode == 1, qPrintable(command.join(' ') + ": " + run.err));
        QVERIFY2(run.err.contains("empty file (0 bytes)"), qPrintable(command.join(' ') + ": " + run.err));
        QCOMPARE(QFileInfo(path).size(), qint64(0));
        QVERIFY(!QFile::exists(path + "-wal"));
    }
}

void TestCliSafeFiles::readOnlyFolderIsSaidSo()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath("ro");
    QVERIFY(QDir().mkpath(folder));
    bool mounted = false;
    if (TestPlatform::runsAsRoot()) {
        // Root writes anywhere; a read-only mount stops even root.
        mounted = QProcess::execute(QStringLiteral("mount"),
                                    {"-t", "tmpfs", "-o", "size=4m", "tmpfs", folder}) == 0;
        if (!mounted)
            QSKIP("this machine does not let even root mount a tmpfs");
    }
    const QString path = QDir(folder).filePath("cg.sqlite");
    const QString why = seed(path);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QFile::remove(path + "-wal");
    QFile::remove(path + "-shm");
    if (mounted)
        QCOMPARE(QProcess::execute(QStringLiteral("mount"), {"-o", "remount,ro", folder}), 0);
    else
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    Password password(kPassword);
    const CliRun run = CliRunner::run({"--database", path, "--user", "grace.ibekwe", "contacts", "list"});
    if (mounted)
        QProcess::execute(QStringLiteral("umount"), {folder});
    else
        QFile::setPermissions(folder,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("cannot be written to"), qPrintable(run.err));
    QVERIFY2(!run.err.contains("damaged") || run.err.contains("not damaged"), qPrintable(run.err));
    QVERIFY2(!run.err.contains("restore it from a backup"), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliSafeFiles)
#include "tst_cli_safefiles.moc"
