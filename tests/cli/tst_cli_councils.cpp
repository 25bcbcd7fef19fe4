#include "CliRunner.h"
#include "TestDatabase.h"

#include <QTest>

class TestCliCouncils : public QObject
{
    Q_OBJECT

private slots:
    void addThenList_data() { TestDatabase::addEngineRows(); }
    void addThenList();
    void badArguments_data();
    void badArguments();
};

void TestCliCouncils::addThenList()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    CliRun run =
        CliRunner::run(CliRunner::where(test) +
                       QStringList{"councils", "add", "--name", "Northmoor Borough Council", "--code", "nmb",
                                   "--clock-start", "enquiry", "--referral-days", "3"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(), QStringLiteral("1"));
    run = CliRunner::run(CliRunner::where(test) + QStringList{"councils", "add", "--name",
                                                              "Eastbrook County Council", "--code", "EBC"});
    QCOMPARE(run.exitCode, 0);
    run = CliRunner::run(CliRunner::where(test) +
                         QStringList{"councils", "add", "--name", "Other", "--code", "EBC"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("exists already"), qPrintable(run.err));

    run = CliRunner::run(CliRunner::where(test) + QStringList{"councils", "list"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outLines(), (QStringList{"2\tEBC\tmediation_requested\t5\t6\tEastbrook County Council",
                                          "1\tNMB\tenquiry\t3\t6\tNorthmoor Borough Council"}));
}

void TestCliCouncils::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList{"councils"} << "councils list";
    QTest::newRow("unknown action") << QStringList{"councils", "remove"} << "unknown action";
    QTest::newRow("no code") << QStringList{"councils", "add", "--name", "X"} << "--code";
    QTest::newRow("bad clock") << QStringList{"councils", "add", "--name",           "X",
                                              "--code",   "X",   "--contract-start", "now"}
                               << "--contract-start";
    QTest::newRow("bad days") << QStringList{"councils", "add", "--name",          "X",
                                             "--code",   "X",   "--referral-days", "-1"}
                              << "--referral-days";
    QTest::newRow("bad code") << QStringList{"councils", "add", "--name", "X", "--code", "W V"}
                              << "2 to 12 capital letters";
}

void TestCliCouncils::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    TestDatabase test("sqlite");
    const CliRun run = CliRunner::run(CliRunner::where(test) + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliCouncils)
#include "tst_cli_councils.moc"
