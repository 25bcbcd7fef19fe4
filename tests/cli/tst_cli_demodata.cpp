#include "CliRunner.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "store/infrastructure/Database.h"

#include <QSqlQuery>
#include <QTest>

class TestCliDemoData : public QObject
{
    Q_OBJECT

private slots:
    void fillsANewDatabaseOnce();
    void postgresIsRefusedBeforeWriting();
    void badArguments_data();
    void badArguments();
};

void TestCliDemoData::postgresIsRefusedBeforeWriting()
{
    // Run by the owner it used to commit the cases and then fail "Sign in
    // first" at the certificates: half a demo database.
    TestDatabase test("postgres");
    CG_REQUIRE_ENGINE(test);
    const CliRun run =
        CliRunner::run(QStringList{"--postgres", test.settings().toConnInfo(), "demo-data", "--cases", "20"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("SQLite demo database only")), qPrintable(run.err));
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlQuery query(database.connection());
    QVERIFY(query.exec("SELECT (SELECT COUNT(*) FROM cases) + (SELECT COUNT(*) FROM users)"));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestCliDemoData::fillsANewDatabaseOnce()
{
    TestDatabase test("sqlite");
    const QStringList where = CliRunner::where(test);
    const CliRun run = CliRunner::run(where + QStringList{"demo-data", "--cases", "60"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.outLines().value(0), QStringLiteral("cases: 60"));
    {
        Database database(test.settings());
        CG_VERIFY_OK(database.open());
        QSqlQuery query(database.connection());
        QVERIFY(
            query.exec("SELECT COUNT(*), COUNT(DISTINCT reference), COUNT(DISTINCT council_id) FROM cases"));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 60);
        QCOMPARE(query.value(1).toInt(), 60);
        QVERIFY(query.value(2).toInt() > 1); // spread over councils
        QVERIFY(query.exec("SELECT COUNT(DISTINCT stage), COUNT(DISTINCT route) FROM cases"));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toInt() >= 5);
        QCOMPARE(query.value(1).toInt(), 2);
        // Meetings for the calendar: each with its own UID, at venues with
        // addresses, and no mediator or venue booked twice at once.
        QVERIFY(query.exec("SELECT COUNT(*), COUNT(DISTINCT uid) FROM meetings"));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toInt() > 5);
        QCOMPARE(query.value(1).toInt(), query.value(0).toInt());
        QVERIFY(
            query.exec("SELECT COUNT(*) FROM venues WHERE address IS NULL OR accessibility_notes IS NULL"));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(
            query.exec("SELECT COUNT(*) FROM meetings a JOIN meetings b ON a.id < b.id AND a.starts_at < "
                       "b.ends_at AND b.starts_at < a.ends_at JOIN meeting_mediators ma ON ma.meeting_id = "
                       "a.id JOIN meeting_mediators mb ON mb.meeting_id = b.id AND mb.user_id = ma.user_id"));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(query.exec("SELECT COUNT(*) FROM meetings a JOIN meetings b ON a.id < b.id AND a.starts_at < "
                           "b.ends_at AND b.starts_at < a.ends_at AND a.venue_id = b.venue_id"));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        // A few tasks for the dashboard, some open, one done.
        QVERIFY(query.exec("SELECT COUNT(*), COUNT(done_at) FROM case_tasks"));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toInt() > 3);
        QCOMPARE(query.value(1).toInt(), 1);
    }
    QVERIFY2(run.outLines().contains(QStringLiteral("tasks: %1").arg(7)), qPrintable(run.out));
    // Never into a database that already holds cases.
    const CliRun again = CliRunner::run(where + QStringList{"demo-data", "--cases", "10"});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("already holds cases"));
    QVERIFY(again.out.isEmpty());
}

void TestCliDemoData::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no count") << QStringList{"demo-data"} << "--cases N";
    QTest::newRow("negative") << QStringList{"demo-data", "--cases", "-5"} << "whole number";
    QTest::newRow("word") << QStringList{"demo-data", "--cases", "many"} << "whole number";
    QTest::newRow("too many") << QStringList{"demo-data", "--cases", "5000000"} << "whole number";
    QTest::newRow("positional") << QStringList{"demo-data", "--cases", "5", "extra"} << "no positional";
}

void TestCliDemoData::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    TestDatabase test("sqlite");
    const CliRun run = CliRunner::run(CliRunner::where(test) + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliDemoData)
#include "tst_cli_demodata.moc"
