// Expected dates were worked out by hand from printed calendars and the
// published bank holidays, never from this code's output.
#include "rules/BankHolidayCalendar.h"
#include "rules/DateTrace.h"
#include "rules/WorkingDays.h"

#include <QTest>

class TestWorkingDays : public QObject
{
    Q_OBJECT

private slots:
    void addWorkingDays_data();
    void addWorkingDays();
    void isWorkingDay_data();
    void isWorkingDay();
    void invalidInput();
    void traceNamesEachDay();
};

void TestWorkingDays::addWorkingDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("expected");
    QTest::addColumn<bool>("provisional");

    // Easter in April (2018: Good Friday 30 Mar, Easter Monday 2 Apr).
    QTest::newRow("2018 Easter, 1 day") << QDate(2018, 3, 29) << 1 << QDate(2018, 4, 3) << false;
    QTest::newRow("2018 Easter, 3 days") << QDate(2018, 3, 28) << 3 << QDate(2018, 4, 4) << false;
    // 2020: early May moved to Fri 8 May (VE day); Mon 4 May was a working day.
    QTest::newRow("2020 Mon 4 May worked") << QDate(2020, 5, 1) << 1 << QDate(2020, 5, 4) << false;
    QTest::newRow("2020 VE day") << QDate(2020, 5, 7) << 1 << QDate(2020, 5, 11) << false;
    // 2021: Christmas on a Saturday: Mon 27 and Tue 28 Dec.
    QTest::newRow("2021 Christmas substitutes") << QDate(2021, 12, 24) << 1 << QDate(2021, 12, 29) << false;
    QTest::newRow("2021 Christmas, 3 days") << QDate(2021, 12, 23) << 3 << QDate(2021, 12, 30) << false;
    // 2022: New Year's Day on a Saturday: Mon 3 Jan.
    QTest::newRow("2022 New Year substitute") << QDate(2021, 12, 31) << 1 << QDate(2022, 1, 4) << false;
    // 2022: spring bank holiday moved to Thu 2 Jun, Platinum Jubilee Fri 3 Jun.
    QTest::newRow("2022 Mon 30 May worked") << QDate(2022, 5, 27) << 1 << QDate(2022, 5, 30) << false;
    QTest::newRow("2022 jubilee, 1 day") << QDate(2022, 6, 1) << 1 << QDate(2022, 6, 6) << false;
    QTest::newRow("2022 jubilee, 2 days") << QDate(2022, 5, 31) << 2 << QDate(2022, 6, 6) << false;
    // 2022: State Funeral, Mon 19 Sep.
    QTest::newRow("2022 state funeral, 1 day") << QDate(2022, 9, 16) << 1 << QDate(2022, 9, 20) << false;
    QTest::newRow("2022 state funeral, 3 days") << QDate(2022, 9, 15) << 3 << QDate(2022, 9, 21) << false;
    // 2022: Christmas on a Sunday: Boxing Day Mon 26, Christmas Tue 27.
    QTest::newRow("2022 Christmas on Sunday") << QDate(2022, 12, 23) << 1 << QDate(2022, 12, 28) << false;
    // 2023: New Year's Day on a Sunday: Mon 2 Jan.
    QTest::newRow("2023 New Year substitute") << QDate(2022, 12, 30) << 1 << QDate(2023, 1, 3) << false;
    // 2023: Coronation, Mon 8 May, a week after the early May bank holiday.
    QTest::newRow("2023 coronation") << QDate(2023, 5, 5) << 1 << QDate(2023, 5, 9) << false;
    QTest::newRow("2023 early May and coronation") << QDate(2023, 4, 28) << 5 << QDate(2023, 5, 9) << false;
    // Easter in March (2024: Good Friday 29 Mar, Easter Monday 1 Apr); 29 February.
    QTest::newRow("2024 Easter in March") << QDate(2024, 3, 28) << 1 << QDate(2024, 4, 2) << false;
    QTest::newRow("2024 onto 29 Feb") << QDate(2024, 2, 28) << 1 << QDate(2024, 2, 29) << false;
    QTest::newRow("2024 from 29 Feb") << QDate(2024, 2, 29) << 2 << QDate(2024, 3, 4) << false;
    // 2026 (rules/README.md section 4): 3 and 6 Apr, 4 and 25 May, 31 Aug, 25 and 28 Dec.
    QTest::newRow("2026 Easter, 5 days") << QDate(2026, 4, 2) << 5 << QDate(2026, 4, 13) << false;
    QTest::newRow("2026 early May") << QDate(2026, 5, 1) << 1 << QDate(2026, 5, 5) << false;
    QTest::newRow("2026 spring") << QDate(2026, 5, 22) << 1 << QDate(2026, 5, 26) << false;
    QTest::newRow("2026 summer") << QDate(2026, 8, 28) << 1 << QDate(2026, 9, 1) << false;
    QTest::newRow("2026 Boxing Day substitute") << QDate(2026, 12, 24) << 1 << QDate(2026, 12, 29) << false;
    QTest::newRow("2026 Christmas, 3 days") << QDate(2026, 12, 24) << 3 << QDate(2026, 12, 31) << false;
    QTest::newRow("2026 into New Year 2027") << QDate(2026, 12, 31) << 1 << QDate(2027, 1, 4) << false;
    QTest::newRow("2026 ten days from New Year") << QDate(2026, 1, 1) << 10 << QDate(2026, 1, 15) << false;
    // 2027 (rules/README.md section 4): Easter in March (26 and 29 Mar), 3 and 31 May, 30 Aug, 27 and 28 Dec.
    QTest::newRow("2027 Easter in March") << QDate(2027, 3, 25) << 1 << QDate(2027, 3, 30) << false;
    QTest::newRow("2027 early May") << QDate(2027, 4, 30) << 1 << QDate(2027, 5, 4) << false;
    QTest::newRow("2027 spring") << QDate(2027, 5, 28) << 1 << QDate(2027, 6, 1) << false;
    QTest::newRow("2027 summer") << QDate(2027, 8, 27) << 1 << QDate(2027, 8, 31) << false;
    QTest::newRow("2027 Christmas on Saturday") << QDate(2027, 12, 24) << 1 << QDate(2027, 12, 29) << false;
    QTest::newRow("2027 Christmas, 2 days") << QDate(2027, 12, 24) << 2 << QDate(2027, 12, 30) << false;
    // 2028: New Year's Day on a Saturday (Mon 3 Jan); leap year; Easter 16 Apr.
    // 2028 to 2030 are projected, not announced (section 4): provisional.
    QTest::newRow("2028 New Year substitute") << QDate(2027, 12, 31) << 1 << QDate(2028, 1, 4) << true;
    QTest::newRow("2028 onto 29 Feb") << QDate(2028, 2, 28) << 1 << QDate(2028, 2, 29) << true;
    QTest::newRow("2028 Easter") << QDate(2028, 4, 13) << 1 << QDate(2028, 4, 18) << true;
    // The last announced days: 30 Dec 2027 + 1 = Fri 31 Dec, nothing of 2028 looked at.
    QTest::newRow("2027 last announced day") << QDate(2027, 12, 30) << 1 << QDate(2027, 12, 31) << false;
    // The start day is never counted, working or not; N = 0 is the start itself.
    QTest::newRow("from a Saturday") << QDate(2026, 4, 4) << 1 << QDate(2026, 4, 7) << false;
    QTest::newRow("from Christmas Day") << QDate(2026, 12, 25) << 1 << QDate(2026, 12, 29) << false;
    QTest::newRow("zero days") << QDate(2026, 4, 4) << 0 << QDate(2026, 4, 4) << false;
    // Years after the published calendar: the standard rules, flagged.
    QTest::newRow("2031 Easter, provisional") << QDate(2031, 4, 10) << 1 << QDate(2031, 4, 15) << true;
    QTest::newRow("into 2031, provisional") << QDate(2030, 12, 31) << 1 << QDate(2031, 1, 2) << true;
    QTest::newRow("2032 Christmas on Saturday") << QDate(2032, 12, 24) << 1 << QDate(2032, 12, 29) << true;
    QTest::newRow("2033 Christmas on Sunday") << QDate(2033, 12, 23) << 1 << QDate(2033, 12, 28) << true;
    QTest::newRow("2030 covered, projected") << QDate(2030, 12, 20) << 1 << QDate(2030, 12, 23) << true;
}

void TestWorkingDays::addWorkingDays()
{
    QFETCH(QDate, from);
    QFETCH(int, n);
    QFETCH(QDate, expected);
    QFETCH(bool, provisional);
    const WorkingDays workingDays(BankHolidayCalendar::shipped());
    DateTrace trace;
    QCOMPARE(workingDays.addWorkingDays(from, n, &trace), expected);
    QCOMPARE(trace.isProvisional(), provisional);
    QCOMPARE(workingDays.addWorkingDays(from, n), expected); // the same without a trace
}

void TestWorkingDays::isWorkingDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");
    QTest::newRow("ordinary Tuesday") << QDate(2026, 3, 10) << true;
    QTest::newRow("Saturday") << QDate(2026, 3, 14) << false;
    QTest::newRow("Sunday") << QDate(2026, 3, 15) << false;
    QTest::newRow("Christmas Eve") << QDate(2026, 12, 24) << true;
    QTest::newRow("Boxing Day on Saturday 2026") << QDate(2026, 12, 26) << false;
    QTest::newRow("31 Dec 2026") << QDate(2026, 12, 31) << true;
    QTest::newRow("Easter Tuesday 2026") << QDate(2026, 4, 7) << true;
    QTest::newRow("29 Feb 2028") << QDate(2028, 2, 29) << true;
    QTest::newRow("Good Friday 2031, provisional") << QDate(2031, 4, 11) << false;
}

void TestWorkingDays::isWorkingDay()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);
    QCOMPARE(WorkingDays(BankHolidayCalendar::shipped()).isWorkingDay(date), working);
}

void TestWorkingDays::invalidInput()
{
    const WorkingDays workingDays(BankHolidayCalendar::shipped());
    QVERIFY(!workingDays.addWorkingDays(QDate(2026, 1, 5), -1).isValid());
    QVERIFY(!workingDays.addWorkingDays(QDate(), 3).isValid());
    QVERIFY(!workingDays.nextWorkingDayAfter(QDate()).isValid());
}

void TestWorkingDays::traceNamesEachDay()
{
    DateTrace trace;
    WorkingDays(BankHolidayCalendar::shipped()).addWorkingDays(QDate(2026, 4, 2), 1, &trace);
    // Count line, Good Friday, Saturday, Sunday, Easter Monday, then the day counted.
    QCOMPARE(trace.steps().size(), 6);
    QVERIFY(trace.steps().at(0).contains(QStringLiteral("Thu 2 Apr 2026 itself is not counted")));
    QVERIFY(trace.steps().at(1).contains(
        QStringLiteral("Fri 3 Apr 2026: not counted (bank holiday: Good Friday)")));
    QVERIFY(trace.steps().at(2).contains(QStringLiteral("Saturday")));
    QVERIFY(trace.steps().at(4).contains(QStringLiteral("Easter Monday")));
    QCOMPARE(trace.steps().at(5), QStringLiteral("Tue 7 Apr 2026: working day 1"));
}

QTEST_GUILESS_MAIN(TestWorkingDays)
#include "tst_workingdays.moc"
