// working-days, appeal-deadline, meeting-deadline and meeting-notice, run as a supervisor or
// a script would. Expected dates worked out by hand with a calendar.
#include "CliRunner.h"
#include "TestDatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestCliDeadlines : public QObject
{
    Q_OBJECT

private slots:
    void dates_data();
    void dates();
    void provisionalIsShownWithoutExplain();
    void explainAppealDeadline();
    void explainWorkingDays();
    void explainMeetingDeadline();
    void explainMeetingNotice();
    void projectedYearIsProvisional();
    void agreementDeadlines_data();
    void agreementDeadlines();
    void badInput_data();
    void badInput();
    void noDatabaseIsCreated_data();
    void noDatabaseIsCreated();
    void databaseCalendarIsUsed_data() { TestDatabase::addEngineRows(); }
    void databaseCalendarIsUsed();
    void helpListsTheCommands();
};

void TestCliDeadlines::dates_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("5 working days over Easter 2026")
        << QStringList{"working-days", "add", "2026-04-02", "5"} << "2026-04-13";
    QTest::newRow("over Christmas 2027")
        << QStringList{"working-days", "add", "2027-12-24", "1"} << "2027-12-29";
    QTest::newRow("over the 2022 jubilee")
        << QStringList{"working-days", "add", "2022-06-01", "1"} << "2022-06-06";
    QTest::newRow("zero working days")
        << QStringList{"working-days", "add", "2026-04-04", "0"} << "2026-04-04";
    QTest::newRow("appeal, early May 2026")
        << QStringList{"appeal-deadline", "--decision-sent", "2026-03-02"} << "2026-05-05";
    QTest::newRow("appeal, August") << QStringList{"appeal-deadline", "--decision-sent", "2026-06-15",
                                                   "--certificate-issued", "2026-07-20"}
                                    << "2026-09-01";
    QTest::newRow("appeal, Christmas, = form")
        << QStringList{"appeal-deadline", "--decision-sent=2026-10-25"} << "2027-01-04";
    QTest::newRow("appeal, certificate later")
        << QStringList{"appeal-deadline", "--decision-sent", "2026-01-10", "--certificate-issued",
                       "2026-03-20"}
        << "2026-04-20";
    QTest::newRow("meeting, March") << QStringList{"meeting-deadline", "--from", "2026-03-01"}
                                    << "2026-03-31";
    QTest::newRow("meeting, leap February")
        << QStringList{"meeting-deadline", "--from", "2024-02-01"} << "2024-03-02";
    QTest::newRow("contract target from enquiry")
        << QStringList{"meeting-deadline", "--from", "2026-12-15", "--contract-start", "enquiry"}
        << "2027-01-14";
    // Health-only, arranged by the ICB: 30 days from the council telling the
    // ICB the issues, Thu 26 Nov 2026: Sat 26 Dec (Boxing Day moves nothing).
    QTest::newRow("health-only, ICB told")
        << QStringList{"meeting-deadline", "--from", "2026-11-26", "--route", "icb"} << "2026-12-26";
    // Notice of the meeting (rules/README.md section 3): the 5th working day
    // before the meeting day, the meeting day not counted.
    // Mon 14 Dec 2026: back over Fri 11, Thu 10, Wed 9, Tue 8, Mon 7.
    QTest::newRow("notice, Mon 14 Dec 2026")
        << QStringList{"meeting-notice", "--meeting", "2026-12-14"} << "2026-12-07";
    // Tue 5 Jan 2027: back over Mon 4 Jan, (Sun 3, Sat 2, Fri 1 Jan bank
    // holiday), Thu 31, Wed 30, Tue 29 Dec, (Mon 28 and Fri 25 Dec bank
    // holidays, Sat 26 and Sun 27), Thu 24 Dec.
    QTest::newRow("notice over Christmas 2026")
        << QStringList{"meeting-notice", "--meeting=2027-01-05"} << "2026-12-24";
}

void TestCliDeadlines::dates()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const CliRun run = CliRunner::run(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(run.outLines(), QStringList{expected});
}

void TestCliDeadlines::provisionalIsShownWithoutExplain()
{
    const CliRun run = CliRunner::run({"working-days", "add", "2031-04-10", "1"});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.outLines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("2031-04-15"));
    QVERIFY(lines.at(1).startsWith("Provisional: yes"));
    QVERIFY(lines.at(1).contains("2031"));
}

void TestCliDeadlines::explainAppealDeadline()
{
    const CliRun run = CliRunner::run({"appeal-deadline", "--decision-sent", "2026-03-02",
                                       "--certificate-issued", "2026-03-10", "--explain"});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.outLines();
    QCOMPARE(lines.first(), QStringLiteral("2026-05-05"));
    QVERIFY(lines.at(1).startsWith("Rule: "));
    QVERIFY(lines.at(1).contains("rules 20 and 12"));
    QCOMPARE(lines.at(2),
             QStringLiteral("Start: 2026-03-02 (Mon 2 Mar 2026), the date the decision notice was sent"));
    QVERIFY(run.out.contains("Mon 2 Mar 2026 + 2 calendar months = Sat 2 May 2026"));
    QVERIFY(run.out.contains("Tue 10 Mar 2026 + 1 calendar month = Fri 10 Apr 2026"));
    QVERIFY(run.out.contains("the later of the two is Sat 2 May 2026"));
    QVERIFY(run.out.contains("Mon 4 May 2026 is not a working day (bank holiday: Early May bank holiday)"));
    QVERIFY(lines.contains("Result: 2026-05-05 (Tue 5 May 2026)"));
    QVERIFY(lines.contains(
        "Provisional: no (bank holiday calendar covers 2018 to 2030 (2028 to 2030 projected))"));
    QCOMPARE(lines.last(), QStringLiteral("Calendar: the calendar shipped with Common Ground"));
}

void TestCliDeadlines::explainWorkingDays()
{
    const CliRun run = CliRunner::run({"working-days", "add", "2026-12-24", "1", "--explain"});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.outLines();
    QCOMPARE(lines.first(), QStringLiteral("2026-12-29"));
    QVERIFY(lines.contains("Step 2: Fri 25 Dec 2026: not counted (bank holiday: Christmas Day)"));
    QVERIFY(lines.contains("Step 3: Sat 26 Dec 2026: not counted (Saturday)"));
    QVERIFY(lines.contains("Step 5: Mon 28 Dec 2026: not counted (bank holiday: Boxing Day)"));
    QVERIFY(lines.contains("Step 6: Tue 29 Dec 2026: working day 1"));
}

void TestCliDeadlines::explainMeetingDeadline()
{
    const CliRun run = CliRunner::run({"meeting-deadline", "--from", "2026-03-01", "--explain"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outLines().first(), QStringLiteral("2026-03-31"));
    QVERIFY(run.out.contains("Day 1 is Mon 2 Mar 2026"));
    QVERIFY(run.out.contains("Day 30, the last day on which the meeting is in time, is Tue 31 Mar 2026"));
    QVERIFY(run.out.contains("Provisional: no"));
    // The statutory deadline says so and where it comes from.
    QVERIFY(run.out.contains("the council being told the family wishes to mediate"));
    QVERIFY(run.out.contains("the statutory deadline"));
    const CliRun contract = CliRunner::run(
        {"meeting-deadline", "--from", "2026-03-01", "--contract-start", "enquiry", "--explain"});
    QCOMPARE(contract.exitCode, 0);
    QVERIFY(contract.out.contains("Contract target: meeting within 30 days of the date of enquiry"));
    QVERIFY(contract.out.contains("not the statutory deadline"));
}

void TestCliDeadlines::explainMeetingNotice()
{
    const CliRun run = CliRunner::run({"meeting-notice", "--meeting", "2026-12-14", "--explain"});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.outLines();
    QCOMPARE(lines.first(), QStringLiteral("2026-12-07"));
    QVERIFY(lines.at(1).startsWith("Rule: "));
    QVERIFY(lines.at(1).contains("at least 5 working days before it"));
    QCOMPARE(lines.at(2), QStringLiteral("Start: 2026-12-14 (Mon 14 Dec 2026), the day of the meeting"));
    QVERIFY(lines.contains("Step 4: Fri 11 Dec 2026: working day 1 before"));
    QVERIFY(lines.contains("Step 8: Mon 7 Dec 2026: working day 5 before"));
    QVERIFY(lines.contains("Result: 2026-12-07 (Mon 7 Dec 2026)"));
    QVERIFY(run.out.contains("Provisional: no"));
}

void TestCliDeadlines::projectedYearIsProvisional()
{
    // 2028 is projected, not announced (section 4): said without --explain.
    // Thu 6 Jan 2028: back over Wed 5 (1), Tue 4 (2), (Mon 3 Jan, New Year
    // substitute; Sun 2, Sat 1), Fri 31 (3), Thu 30 (4), Wed 29 Dec 2027 (5).
    const CliRun run = CliRunner::run({"meeting-notice", "--meeting", "2028-01-06"});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.outLines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("2027-12-29"));
    QVERIFY2(lines.at(1).startsWith("Provisional: yes, the bank holidays of 2028 are projected"),
             qPrintable(lines.at(1)));
}

void TestCliDeadlines::agreementDeadlines_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected"); // each line: ISO date (or "check reg 44"), a tab, what
    // rules/README.md section 3, "After an agreement": calendar weeks, not moved.
    // 15 Feb 2028 + 14 = 29 Feb; + 70 = 25 Apr; + 98 = 23 May.
    QTest::newRow("assess, leap") << QStringList{"agreement-deadlines", "--agreed", "2028-02-15", "--action",
                                                 "assess"}
                                  << QStringList{"2028-02-29\tthe council tells the family it will assess",
                                                 "2028-04-25\tthe council tells the family no EHC plan",
                                                 "2028-05-23\tthe council sends the final EHC plan"};
    // 31 Jan 2027 + 35 = 7 Mar; + 77 = 18 Apr; the 1 week first: 7 Feb.
    QTest::newRow("plan, council not a party")
        << QStringList{"agreement-deadlines", "--agreed",           "2027-01-31", "--action",
                       "make-plan",           "--council-not-party"}
        << QStringList{"2027-02-07\tthe commissioning body tells the council",
                       "2027-03-07\tthe council issues a draft EHC plan",
                       "2027-04-18\tthe council sends the final EHC plan"};
    // 24 Dec 2026 + 14 = 7 Jan 2027.
    QTest::newRow("not appealable") << QStringList{"agreement-deadlines", "--agreed=2026-12-24", "--action",
                                                   "not-appealable"}
                                    << QStringList{"2027-01-07\tthe council carries out the agreed action"};
    // 30 Dec 2026 + 10 = 9 Jan 2027, in place of the reg 44 periods.
    QTest::newRow("agreed period")
        << QStringList{"agreement-deadlines",  "--agreed", "2026-12-30", "--action", "assess",
                       "--agreed-period-days", "10"}
        << QStringList{"2027-01-09\tthe council carries out the agreed action"};
    QTest::newRow("appealable") << QStringList{"agreement-deadlines", "--agreed", "2026-12-01", "--action",
                                               "appealable"}
                                << QStringList{
                                       "check reg 44\tthe council acts on the agreed appealable item"};
}

void TestCliDeadlines::agreementDeadlines()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    const CliRun run = CliRunner::run(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QStringList lines = run.outLines();
    QCOMPARE(lines.size(), expected.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& prefix = expected.at(i);
        QVERIFY2(lines.at(i).startsWith(prefix), qPrintable(lines.at(i) + QStringLiteral(" / ") + prefix));
    }
}

void TestCliDeadlines::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("impossible date") << QStringList{"working-days", "add", "2026-02-30", "5"}
                                     << "'2026-02-30'";
    QTest::newRow("a word for a date") << QStringList{"working-days", "add", "monday", "5"} << "'monday'";
    QTest::newRow("negative N") << QStringList{"working-days", "add", "2026-04-02", "-3"}
                                << "'-3' is negative";
    QTest::newRow("negative N first") << QStringList{"working-days", "-3", "add", "2026-04-02"} << "negative";
    QTest::newRow("a word for N") << QStringList{"working-days", "add", "2026-04-02", "three"} << "'three'";
    QTest::newRow("a fraction for N") << QStringList{"working-days", "add", "2026-04-02", "2.5"} << "'2.5'";
    QTest::newRow("N too large") << QStringList{"working-days", "add", "2026-04-02", "99999"} << "0 to 3650";
    QTest::newRow("N missing") << QStringList{"working-days", "add", "2026-04-02"} << "usage";
    QTest::newRow("not add") << QStringList{"working-days", "sub", "2026-04-02", "3"} << "usage";
    QTest::newRow("no decision date") << QStringList{"appeal-deadline"} << "--decision-sent DATE is required";
    QTest::newRow("appeal impossible date") << QStringList{"appeal-deadline", "--decision-sent", "2026-02-30"}
                                            << "--decision-sent: '2026-02-30' is not a real date";
    QTest::newRow("appeal word") << QStringList{"appeal-deadline", "--decision-sent", "yesterday"}
                                 << "'yesterday'";
    QTest::newRow("appeal short year")
        << QStringList{"appeal-deadline", "--decision-sent", "26-03-02"} << "'26-03-02'";
    QTest::newRow("certificate month 13") << QStringList{"appeal-deadline", "--decision-sent", "2026-03-02",
                                                         "--certificate-issued", "2026-13-01"}
                                          << "--certificate-issued: '2026-13-01'";
    QTest::newRow("certificate before decision")
        << QStringList{"appeal-deadline", "--decision-sent", "2026-03-02", "--certificate-issued",
                       "2026-03-01"}
        << "before --decision-sent";
    QTest::newRow("unknown option") << QStringList{"appeal-deadline", "--decision-sent", "2026-03-02",
                                                   "--colour"}
                                    << "colour";
    QTest::newRow("stray argument") << QStringList{"appeal-deadline", "--decision-sent", "2026-03-02", "soon"}
                                    << "'soon'";
    QTest::newRow("no start") << QStringList{"meeting-deadline"} << "--from DATE is required";
    QTest::newRow("no meeting day") << QStringList{"meeting-notice"} << "--meeting DATE is required";
    QTest::newRow("agreement without date")
        << QStringList{"agreement-deadlines", "--action", "assess"} << "--agreed DATE is required";
    QTest::newRow("agreement without action")
        << QStringList{"agreement-deadlines", "--agreed", "2026-12-01"} << "--action";
    QTest::newRow("agreement unknown action")
        << QStringList{"agreement-deadlines", "--agreed", "2026-12-01", "--action", "amend"} << "'amend'";
    QTest::newRow("agreement period zero")
        << QStringList{"agreement-deadlines",  "--agreed", "2026-12-01", "--action", "assess",
                       "--agreed-period-days", "0"}
        << "'0' is not a whole number of days from 1 to 366";
    QTest::newRow("agreement period a word")
        << QStringList{"agreement-deadlines",  "--agreed", "2026-12-01", "--action", "assess",
                       "--agreed-period-days", "ten"}
        << "'ten'";
    QTest::newRow("meeting day impossible")
        << QStringList{"meeting-notice", "--meeting", "2026-11-31"} << "'2026-11-31'";
    QTest::newRow("meeting stray argument")
        << QStringList{"meeting-notice", "--meeting", "2026-12-14", "soon"} << "'soon'";
    QTest::newRow("29 Feb in a common year")
        << QStringList{"meeting-deadline", "--from", "2026-02-29"} << "'2026-02-29'";
    QTest::newRow("negative date") << QStringList{"meeting-deadline", "--from", "-3"} << "'-3'";
    QTest::newRow("unknown contract start")
        << QStringList{"meeting-deadline", "--from", "2026-03-01", "--contract-start", "referral"}
        << "'referral'";
    QTest::newRow("unknown route") << QStringList{"meeting-deadline", "--from", "2026-03-01", "--route",
                                                  "school"}
                                   << "'school'";
    QTest::newRow("route and contract")
        << QStringList{"meeting-deadline", "--from", "2026-03-01", "--route", "icb",
                       "--contract-start", "enquiry"}
        << "cannot be used together";
}

void TestCliDeadlines::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = CliRunner::run(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestCliDeadlines::noDatabaseIsCreated_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("working-days") << QStringList{"working-days", "add", "2026-04-02", "5"};
    QTest::newRow("appeal-deadline") << QStringList{"appeal-deadline", "--decision-sent", "2026-03-02"};
    QTest::newRow("meeting-deadline") << QStringList{"meeting-deadline", "--from", "2026-03-01"};
    QTest::newRow("meeting-notice") << QStringList{"meeting-notice", "--meeting", "2026-12-14"};
    QTest::newRow("holidays list") << QStringList{"holidays", "list", "--year", "2026"};
}

void TestCliDeadlines::noDatabaseIsCreated()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    const QString path = dir.filePath("missing.sqlite");
    const CliRun run = CliRunner::run(QStringList{"--database", path} + arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("There is no database"), qPrintable(run.err));
    QVERIFY(!QFile::exists(path));
}

void TestCliDeadlines::databaseCalendarIsUsed()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    CG_REQUIRE_ENGINE(db);
    QCOMPARE(CliRunner::run(CliRunner::where(db) + QStringList{"init"}).exitCode, 0);

    // A database that has no calendar of its own counts on the shipped one.
    CliRun run = CliRunner::run(CliRunner::where(db) +
                                QStringList{"working-days", "add", "2026-04-02", "1", "--explain"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outLines().first(), QStringLiteral("2026-04-07"));
    QVERIFY(run.out.contains("Calendar: the calendar shipped with Common Ground (none imported"));

    // A proclamation makes Tue 7 Apr 2026 a bank holiday in this office's calendar.
    QTemporaryDir dir;
    QFile file(dir.filePath("bank-holidays.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"england-and-wales": {"division": "england-and-wales", "events": [
        {"title": "Good Friday", "date": "2026-04-03", "notes": "", "bunting": false},
        {"title": "Easter Monday", "date": "2026-04-06", "notes": "", "bunting": true},
        {"title": "Proclaimed day", "date": "2026-04-07", "notes": "", "bunting": true}]}})");
    file.close();
    QCOMPARE(
        CliRunner::run(CliRunner::where(db) + QStringList{"holidays", "import", file.fileName()}).exitCode,
        0);

    run = CliRunner::run(CliRunner::where(db) +
                         QStringList{"working-days", "add", "2026-04-02", "1", "--explain"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outLines().first(), QStringLiteral("2026-04-08"));
    QVERIFY(run.out.contains("Tue 7 Apr 2026: not counted (bank holiday: Proclaimed day)"));
    QVERIFY(run.out.contains("Calendar: the calendar imported into"));
    // Without the database, the shipped calendar still gives the 7th.
    QCOMPARE(CliRunner::run({"working-days", "add", "2026-04-02", "1"}).outLines().first(),
             QStringLiteral("2026-04-07"));
}

void TestCliDeadlines::helpListsTheCommands()
{
    const CliRun run = CliRunner::run({"--help"});
    QCOMPARE(run.exitCode, 0);
    for (const char* command :
         {"  working-days ", "  appeal-deadline ", "  meeting-deadline ", "  meeting-notice ", "  holidays "})
        QVERIFY2(run.out.contains(QLatin1String(command)), command);
    const CliRun own = CliRunner::run({"appeal-deadline", "--help"});
    QCOMPARE(own.exitCode, 0);
    QVERIFY(own.out.contains("--decision-sent DATE [--certificate-issued DATE] [--explain]"));
}

QTEST_GUILESS_MAIN(TestCliDeadlines)
#include "tst_cli_deadlines.moc"
