#include "CaseSeed.h"
#include "CliRunner.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "WestvaleCase.h"
#include "store/access/AccountRepository.h"
#include "store/infrastructure/Database.h"

#include <QSqlQuery>
#include <QTest>

// tasks add, list and done, as a script would, on both engines: the lines
// are tab-separated in a stable order (id, case, due, open/done, for whom,
// title); --overdue is by the day --today gives; --mine is the signed-in
// user's open tasks on the cases they see. Names are synthetic.
class TestCliTasks : public QObject
{
    Q_OBJECT

private slots:
    void addListAndDone_data() { TestDatabase::addEngineRows(); }
    void addListAndDone();
    void mineIsTheSignedInUsers();
    void refusals_data();
    void refusals();
};

namespace {
const QString kPassword = QStringLiteral("kestrel meadow path");

// The Westvale case and Jo Mercer, a mediator nobody signs in as (the database stays open).
bool seed(const TestDatabase& test, QString* why)
{
    return seedWestvaleCase(test, why) && CaseSeed::seedInto(test.settings(), why, [](QSqlDatabase db) {
               return CaseSeed::addUser(db, "jo.mercer", "Jo Mercer", UserRole::Mediator) > 0;
           });
}
} // namespace

void TestCliTasks::addListAndDone()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    QString why;
    QVERIFY2(seed(test, &why), qPrintable(why));
    const QStringList where = CliRunner::where(test);

    CliRun run = CliRunner::run(where + QStringList{"tasks", "list", "--case", "MED-2026-00001"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QString());

    run = CliRunner::run(where + QStringList{"tasks", "add", "--case", "med-2026-00001", "--title",
                                             "Ring the school\tabout the venue", "--for", "jo.mercer",
                                             "--due", "2026-11-20"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList ring = run.out.trimmed().split('\t');
    QCOMPARE(ring.size(), 6);
    QCOMPARE(ring.mid(1), (QStringList{"MED-2026-00001", "2026-11-20", "open", "Jo Mercer",
                                       "Ring the school about the venue"}));
    run = CliRunner::run(
        where + QStringList{"tasks", "add", "--case", "MED-2026-00001", "--title", "Write to the council"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList write = run.out.trimmed().split('\t');
    QCOMPARE(write.mid(1), (QStringList{"MED-2026-00001", "-", "open", "-", "Write to the council"}));

    // The case's tasks: the one with a day first.
    run = CliRunner::run(where + QStringList{"tasks", "list", "--case", "MED-2026-00001"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.outLines(), (QStringList{ring.join('\t'), write.join('\t')}));
    // Overdue by the day given, across cases and on the case.
    run = CliRunner::run(where + QStringList{"tasks", "list", "--overdue", "--today", "2026-11-23"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.outLines(), QStringList{ring.join('\t')});
    run = CliRunner::run(where + QStringList{"tasks", "list", "--case", "MED-2026-00001", "--overdue",
                                             "--today", "2026-11-20"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QString());

    // Done: its line says so, and it is overdue no more.
    run = CliRunner::run(where + QStringList{"tasks", "done", ring.at(0)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed().split('\t').at(3), QStringLiteral("done"));
    run = CliRunner::run(where + QStringList{"tasks", "list", "--overdue", "--today", "2026-11-23"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QString());
    run = CliRunner::run(where + QStringList{"tasks", "list", "--case", "MED-2026-00001"});
    QCOMPARE(run.outLines().size(), 2);
    QCOMPARE(run.outLines().at(1).section('\t', 3, 3), QStringLiteral("done")); // open first
}

// SQLite: --user signs in; a mediator's --mine holds their open tasks on their own cases.
void TestCliTasks::mineIsTheSignedInUsers()
{
    TestDatabase test(QStringLiteral("sqlite"));
    QString why;
    QVERIFY2(seedWestvaleCase(test, &why), qPrintable(why));
    {
        Database database(test.settings());
        CG_VERIFY_OK(database.open());
        QSqlDatabase db = database.connection();
        const QDateTime nine(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
        AccountRepository accounts(db, PasswordHasher(PasswordHasher::minimum()));
        User admin;
        admin.username = admin.displayName = QStringLiteral("priya.venn");
        admin.role = UserRole::Administrator;
        CG_VERIFY_OK(accounts.createFirstAdministrator(&admin, kPassword, nine));
        User mediator;
        mediator.username = QStringLiteral("jo.mercer");
        mediator.displayName = QStringLiteral("Jo Mercer");
        mediator.role = UserRole::Mediator;
        CG_VERIFY_OK(accounts.addUser(admin.id, &mediator, kPassword, nine));
        User supervisor;
        supervisor.username = QStringLiteral("grace.ibekwe");
        supervisor.displayName = QStringLiteral("Grace Ibekwe");
        supervisor.role = UserRole::Supervisor;
        CG_VERIFY_OK(accounts.addUser(admin.id, &supervisor, kPassword, nine));
        // Setup, not the change under test: the mediator takes the case.
        QSqlQuery query(db);
        query.prepare("UPDATE cases SET mediator_id = ? WHERE reference = 'MED-2026-00001'");
        query.addBindValue(mediator.id);
        QVERIFY(query.exec());
        QCOMPARE(query.numRowsAffected(), 1);
    }
    qputenv("COMMONGROUND_PASSWORD", kPassword.toUtf8());
    const QStringList supervisor = CliRunner::where(test) + QStringList{"--user", "grace.ibekwe"};
    for (const char* title : {"Book the room", "Send the agenda"}) {
        const CliRun run = CliRunner::run(supervisor + QStringList{"tasks", "add", "--case", "MED-2026-00001",
                                                                   "--title", title, "--for", "jo.mercer"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
    CliRun run = CliRunner::run(supervisor + QStringList{"tasks", "add", "--case", "MED-2026-00001",
                                                         "--title", "Check the certificate"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = CliRunner::run(CliRunner::where(test) +
                         QStringList{"--user", "jo.mercer", "tasks", "list", "--mine"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.outLines().size(), 2);
    QVERIFY(run.outLines().at(0).endsWith("\tJo Mercer\tBook the room"));
    run = CliRunner::run(supervisor + QStringList{"tasks", "list", "--mine"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QString());
    // An administrator reads tasks but marks none done.
    run = CliRunner::run(CliRunner::where(test) + QStringList{"--user", "priya.venn", "tasks", "done", "1"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(!run.err.isEmpty(), qPrintable(run.err));
    qunsetenv("COMMONGROUND_PASSWORD");
}

void TestCliTasks::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList{"tasks"} << 2 << "say 'tasks add'";
    QTest::newRow("unknown action") << QStringList{"tasks", "remove"} << 2 << "unknown action 'remove'";
    QTest::newRow("add without case")
        << QStringList{"tasks", "add", "--title", "Ring"} << 2 << "--case REFERENCE";
    QTest::newRow("add without title")
        << QStringList{"tasks", "add", "--case", "MED-2026-00001"} << 2 << "--title TEXT";
    QTest::newRow("add blank title") << QStringList{"tasks",          "add",     "--case",
                                                    "MED-2026-00001", "--title", "  "}
                                     << 2 << "--title TEXT";
    QTest::newRow("add unknown case")
        << QStringList{"tasks", "add", "--case", "MED-2026-09999", "--title", "Ring"} << 1
        << "MED-2026-09999";
    QTest::newRow("add no such day") << QStringList{"tasks",   "add",  "--case", "MED-2026-00001",
                                                    "--title", "Ring", "--due",  "2026-02-30"}
                                     << 2 << "--due";
    QTest::newRow("add for nobody") << QStringList{"tasks",   "add",  "--case", "MED-2026-00001",
                                                   "--title", "Ring", "--for",  "no.one"}
                                    << 1 << "no user 'no.one'";
    QTest::newRow("list of nothing") << QStringList{"tasks", "list"} << 2 << "--mine or --overdue";
    QTest::newRow("list mine and overdue")
        << QStringList{"tasks", "list", "--mine", "--overdue"} << 2 << "not both";
    QTest::newRow("list mine, nobody signed in") << QStringList{"tasks", "list", "--mine"} << 2 << "--user";
    QTest::newRow("done not an id") << QStringList{"tasks", "done", "first"} << 2 << "by its id";
    QTest::newRow("done no such task") << QStringList{"tasks", "done", "4242"} << 1 << "no task 4242";
}

void TestCliTasks::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    TestDatabase test(QStringLiteral("sqlite"));
    CG_REQUIRE_ENGINE(test);
    QString why;
    QVERIFY2(seed(test, &why), qPrintable(why));

    const CliRun run = CliRunner::run(CliRunner::where(test) + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    // Nothing was added.
    const CliRun list =
        CliRunner::run(CliRunner::where(test) + QStringList{"tasks", "list", "--case", "MED-2026-00001"});
    QCOMPARE(list.out, QString());
}

QTEST_GUILESS_MAIN(TestCliTasks)
#include "tst_cli_tasks.moc"
