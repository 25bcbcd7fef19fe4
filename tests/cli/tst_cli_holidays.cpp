// holidays list and holidays import, run as a supervisor would.
#include "CliRunner.h"
#include "TestDatabase.h"
#include "TestFiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray k2031 = R"({"england-and-wales": {"division": "england-and-wales", "events": [
    {"title": "New Year’s Day", "date": "2031-01-01", "notes": "", "bunting": true},
    {"title": "Good Friday", "date": "2031-04-11", "notes": "", "bunting": false},
    {"title": "Easter Monday", "date": "2031-04-14", "notes": "", "bunting": true}]}})";

// Every England and Wales bank holiday of 2031, with a day proclaimed on top.
const QByteArray kFull2031 = R"({"england-and-wales": {"division": "england-and-wales", "events": [
    {"title": "New Year’s Day", "date": "2031-01-01"}, {"title": "Good Friday", "date": "2031-04-11"},
    {"title": "Easter Monday", "date": "2031-04-14"}, {"title": "Early May bank holiday", "date": "2031-05-05"},
    {"title": "Spring bank holiday", "date": "2031-05-26"}, {"title": "A proclaimed day", "date": "2031-06-06"},
    {"title": "Summer bank holiday", "date": "2031-08-25"}, {"title": "Christmas Day", "date": "2031-12-25"},
    {"title": "Boxing Day", "date": "2031-12-26"}]}})";
} // namespace

class TestCliHolidays : public QObject
{
    Q_OBJECT

private slots:
    void listShipped_data();
    void listShipped();
    void listProvisionalYear();
    void badUsage_data();
    void badUsage();
    void importThenList_data() { TestDatabase::addEngineRows(); }
    void importThenList();
    void malformedFileKeepsCalendar_data() { TestDatabase::addEngineRows(); }
    void malformedFileKeepsCalendar();
    void malformedFileCreatesNoDatabase();
    void missingFile();
    void fullYearMergesIntoCalendar_data() { TestDatabase::addEngineRows(); }
    void fullYearMergesIntoCalendar();
    void yearOutOfRangeRefused();
};

void TestCliHolidays::listShipped_data()
{
    QTest::addColumn<QString>("year");
    QTest::addColumn<QStringList>("expected");
    // rules/README.md section 4.
    QTest::newRow("2026") << "2026"
                          << QStringList{
                                 "2026-01-01 New Year’s Day",      "2026-04-03 Good Friday",
                                 "2026-04-06 Easter Monday",       "2026-05-04 Early May bank holiday",
                                 "2026-05-25 Spring bank holiday", "2026-08-31 Summer bank holiday",
                                 "2026-12-25 Christmas Day",       "2026-12-28 Boxing Day"};
    QTest::newRow("2027") << "2027"
                          << QStringList{
                                 "2027-01-01 New Year’s Day",      "2027-03-26 Good Friday",
                                 "2027-03-29 Easter Monday",       "2027-05-03 Early May bank holiday",
                                 "2027-05-31 Spring bank holiday", "2027-08-30 Summer bank holiday",
                                 "2027-12-27 Christmas Day",       "2027-12-28 Boxing Day"};
    QTest::newRow("2020 VE day") << "2020" << QStringList{"2020-01-01 New Year’s Day",
                                                          "2020-04-10 Good Friday",
                                                          "2020-04-13 Easter Monday",
                                                          "2020-05-08 Early May bank holiday (VE day)",
                                                          "2020-05-25 Spring bank holiday",
                                                          "2020-08-31 Summer bank holiday",
                                                          "2020-12-25 Christmas Day",
                                                          "2020-12-28 Boxing Day"};
}

void TestCliHolidays::listShipped()
{
    QFETCH(QString, year);
    QFETCH(QStringList, expected);
    const CliRun run = CliRunner::run({"holidays", "list", "--year", year});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(run.outLines(), expected);
}

void TestCliHolidays::listProvisionalYear()
{
    const CliRun run = CliRunner::run({"holidays", "list", "--year", "2031"});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.outLines();
    QCOMPARE(lines.size(), 8);
    QCOMPARE(lines.at(1), QStringLiteral("2031-04-11 Good Friday (provisional)"));
    for (const QString& line : lines)
        QVERIFY2(line.endsWith(" (provisional)"), qPrintable(line));
    QVERIFY(run.err.contains("2031 is not in the calendar"));
    QVERIFY(run.err.contains("covers 2018 to 2030"));
}

void TestCliHolidays::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("two-digit year") << QStringList{"holidays", "list", "--year", "26"} << "'26'";
    QTest::newRow("word for year") << QStringList{"holidays", "list", "--year", "next"} << "'next'";
    QTest::newRow("no year") << QStringList{"holidays", "list"} << "--year";
    QTest::newRow("no action") << QStringList{"holidays"} << "usage";
    QTest::newRow("unknown action") << QStringList{"holidays", "delete"} << "usage";
    QTest::newRow("import without file") << QStringList{"holidays", "import"} << "usage";
}

void TestCliHolidays::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = CliRunner::run(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestCliHolidays::importThenList()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    CG_REQUIRE_ENGINE(db);
    QTemporaryDir dir;
    const QString path = TestFiles::write(dir, "bank-holidays.json", k2031);
    // Like the other commands that write, import creates the database if need be.
    CliRun run = CliRunner::run(CliRunner::where(db) + QStringList{"holidays", "import", path});
    QCOMPARE(run.exitCode, 0);
    // Merged into the calendar in use: the years it had stay covered.
    QVERIFY2(run.out.startsWith("imported 3 bank holidays into "), qPrintable(run.out));
    QVERIFY2(run.out.contains("the calendar covers 2018 to 2030"), qPrintable(run.out));
    // Three days are not a year: 2031 is not covered, and says what it lacks.
    QVERIFY2(run.err.contains("does not hold every bank holiday of 2031"), qPrintable(run.err));
    QVERIFY2(run.err.contains("the summer bank holiday"), qPrintable(run.err));

    run = CliRunner::run(CliRunner::where(db) + QStringList{"holidays", "list", "--year", "2031"});
    QCOMPARE(run.exitCode, 0);
    // The missing holidays are still holidays (computed, provisional), never working days.
    QCOMPARE(run.outLines().size(), 8);
    QVERIFY(run.outLines().contains("2031-08-25 Summer bank holiday (provisional)"));
    run = CliRunner::run(CliRunner::where(db) + QStringList{"working-days", "add", "2031-08-22", "1"});
    QCOMPARE(run.outLines().value(0), QStringLiteral("2031-08-26"));
    // 2026 is still covered by the calendar the import merged into.
    run = CliRunner::run(CliRunner::where(db) + QStringList{"holidays", "list", "--year", "2026"});
    QVERIFY(!run.out.contains("(provisional)"));
}

void TestCliHolidays::malformedFileKeepsCalendar()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    CG_REQUIRE_ENGINE(db);
    QTemporaryDir dir;
    QCOMPARE(CliRunner::run(CliRunner::where(db) +
                            QStringList{"holidays", "import", TestFiles::write(dir, "good.json", kFull2031)})
                 .exitCode,
             0);
    const QString bad =
        TestFiles::write(dir, "bad.json", R"({"england-and-wales": {"division": "england-and-wales",
        "events": [{"title": "New Year’s Day", "date": "2032-01-01"}, {"title": "X", "date": "2032-02-30"}]}})");
    const CliRun run = CliRunner::run(CliRunner::where(db) + QStringList{"holidays", "import", bad});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("england-and-wales.events[1].date (event 2 of 2)"), qPrintable(run.err));
    QVERIFY(run.err.contains("\"2032-02-30\""));
    QVERIFY(run.err.contains("unchanged"));

    const CliRun list =
        CliRunner::run(CliRunner::where(db) + QStringList{"holidays", "list", "--year", "2031"});
    QCOMPARE(list.outLines().size(), 9);
    QVERIFY(!list.out.contains("provisional"));
}

void TestCliHolidays::malformedFileCreatesNoDatabase()
{
    QTemporaryDir dir;
    const QString database = dir.filePath("new.sqlite");
    const QString bad = TestFiles::write(dir, "bad.json", "{\"england-and-wales\": ");
    const CliRun run = CliRunner::run({"--database", database, "holidays", "import", bad});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("not valid JSON"));
    QVERIFY(run.err.contains("line 1"));
    QVERIFY(!QFile::exists(database));
}

void TestCliHolidays::missingFile()
{
    QTemporaryDir dir;
    const CliRun run = CliRunner::run(
        {"--database", dir.filePath("x.sqlite"), "holidays", "import", dir.filePath("nowhere.json")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("could not read"));
    QVERIFY(!QFile::exists(dir.filePath("x.sqlite")));
}

void TestCliHolidays::fullYearMergesIntoCalendar()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    CG_REQUIRE_ENGINE(db);
    QTemporaryDir dir;
    CliRun run = CliRunner::run(
        CliRunner::where(db) + QStringList{"holidays", "import", TestFiles::write(dir, "y.json", kFull2031)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains("the calendar covers 2018 to 2031"), qPrintable(run.out));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    run = CliRunner::run(CliRunner::where(db) + QStringList{"holidays", "list", "--year", "2031"});
    QVERIFY(run.outLines().contains("2031-06-06 A proclaimed day"));
    QVERIFY(!run.out.contains("provisional"));
    // A partial file for a covered year adds its day and removes none.
    const QByteArray extra = R"({"england-and-wales": {"division": "england-and-wales", "events": [
        {"title": "Another proclaimed day", "date": "2031-07-07"}]}})";
    run = CliRunner::run(CliRunner::where(db) +
                         QStringList{"holidays", "import", TestFiles::write(dir, "extra.json", extra)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = CliRunner::run(CliRunner::where(db) + QStringList{"holidays", "list", "--year", "2031"});
    QCOMPARE(run.outLines().size(), 10);
    QVERIFY(!run.out.contains("provisional"));
}

void TestCliHolidays::yearOutOfRangeRefused()
{
    QTemporaryDir dir;
    const QString database = dir.filePath("new.sqlite");
    const QString far =
        TestFiles::write(dir, "far.json", R"({"england-and-wales": {"division": "england-and-wales",
        "events": [{"title": "New Year’s Day", "date": "9999-01-01"}]}})");
    const CliRun run = CliRunner::run({"--database", database, "holidays", "import", far});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("outside the dates Common Ground works with"), qPrintable(run.err));
    QVERIFY(!QFile::exists(database));
}

QTEST_GUILESS_MAIN(TestCliHolidays)
#include "tst_cli_holidays.moc"
