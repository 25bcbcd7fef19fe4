#include "rules/BankHolidayCalendar.h"
#include "rules/BankHolidayCoverage.h"
#include "rules/StandardBankHolidays.h"

#include <QTest>

// A year of bank holidays counts only when it is whole (issue 13 point 4):
// a partial list never turns a bank holiday into a working day, and an
// import merges into the calendar instead of replacing it.
class TestBankHolidayCoverage : public QObject
{
    Q_OBJECT

private slots:
    void everyShippedYearIsFull_data();
    void everyShippedYearIsFull();
    void missingHolidayIsNamed_data();
    void missingHolidayIsNamed();
    void partialYearKeepsEveryHoliday();
    void mergeKeepsOtherYears();
};

void TestBankHolidayCoverage::everyShippedYearIsFull_data()
{
    QTest::addColumn<int>("year");
    for (int year = 2018; year <= 2030; ++year)
        QTest::newRow(qPrintable(QString::number(year))) << year;
}

void TestBankHolidayCoverage::everyShippedYearIsFull()
{
    // Including the moved days of 2020 (VE day) and 2022 (the Jubilee).
    QFETCH(int, year);
    const QMap<QDate, QString>& shipped = BankHolidayCalendar::shipped().publishedHolidays();
    QCOMPARE(BankHolidayCoverage::missing(year, shipped), QStringList());
    QVERIFY(BankHolidayCalendar::shipped().covers(year));
    // The standard rules make a full year too.
    QVERIFY(BankHolidayCoverage::isFullYear(year + 20, StandardBankHolidays::forYear(year + 20)));
}

void TestBankHolidayCoverage::missingHolidayIsNamed_data()
{
    QTest::addColumn<QDate>("removed");
    QTest::addColumn<QString>("named");
    QTest::newRow("New Year") << QDate(2026, 1, 1) << QStringLiteral("New Year\u2019s Day");
    QTest::newRow("Good Friday") << QDate(2026, 4, 3) << QStringLiteral("Good Friday");
    QTest::newRow("Easter Monday") << QDate(2026, 4, 6) << QStringLiteral("Easter Monday");
    QTest::newRow("early May") << QDate(2026, 5, 4) << QStringLiteral("the early May bank holiday");
    QTest::newRow("spring") << QDate(2026, 5, 25) << QStringLiteral("the spring bank holiday");
    QTest::newRow("summer") << QDate(2026, 8, 31) << QStringLiteral("the summer bank holiday");
    QTest::newRow("Boxing Day substitute")
        << QDate(2026, 12, 28) << QStringLiteral("one of Christmas Day and Boxing Day");
}

void TestBankHolidayCoverage::missingHolidayIsNamed()
{
    QFETCH(QDate, removed);
    QFETCH(QString, named);
    QMap<QDate, QString> days = BankHolidayCalendar::shipped().holidaysIn(2026);
    QVERIFY(days.remove(removed));
    QCOMPARE(BankHolidayCoverage::missing(2026, days), QStringList{named});
    const BankHolidayCalendar partial(days);
    QVERIFY(!partial.covers(2026));
    // Not a working day for want of a line in a file.
    QVERIFY(!partial.isWorkingDay(removed));
    QVERIFY(partial.isProvisional(removed));
}

void TestBankHolidayCoverage::partialYearKeepsEveryHoliday()
{
    // One proclaimed day only: the year's usual holidays still count.
    const BankHolidayCalendar partial(
        QMap<QDate, QString>{{QDate(2031, 6, 6), QStringLiteral("A proclaimed day")}});
    QCOMPARE(partial.coveredYears(), QList<int>());
    QCOMPARE(partial.partialYears(), QList<int>{2031});
    QCOMPARE(partial.holidayOn(QDate(2031, 6, 6)), QStringLiteral("A proclaimed day"));
    QVERIFY(!partial.isWorkingDay(QDate(2031, 8, 25)));
    QCOMPARE(partial.holidaysIn(2031).size(), 9);
}

void TestBankHolidayCoverage::mergeKeepsOtherYears()
{
    QMap<QDate, QString> newer = StandardBankHolidays::forYear(2031);
    newer.insert(QDate(2031, 6, 6), QStringLiteral("A proclaimed day"));
    const BankHolidayCalendar merged = BankHolidayCalendar::shipped().mergedWith(BankHolidayCalendar(newer));
    // 2028 to 2030 stay projected (rules/README.md section 4); 2031 came in full, not projected.
    QCOMPARE(merged.coverageDescription(), QStringLiteral("2018 to 2031 (2028 to 2030 projected)"));
    QVERIFY(merged.isAnnounced(2031));
    QCOMPARE(merged.holidaysIn(2026), BankHolidayCalendar::shipped().holidaysIn(2026));
    QCOMPARE(merged.holidayOn(QDate(2031, 6, 6)), QStringLiteral("A proclaimed day"));

    // A covered year in the newer list replaces that year: a day it no longer lists goes.
    QMap<QDate, QString> corrected = StandardBankHolidays::forYear(2031);
    const BankHolidayCalendar again = merged.mergedWith(BankHolidayCalendar(corrected));
    QVERIFY(again.holidayOn(QDate(2031, 6, 6)).isEmpty());
    // A partial list adds to a year and removes nothing from it.
    const BankHolidayCalendar added = again.mergedWith(
        BankHolidayCalendar(QMap<QDate, QString>{{QDate(2026, 7, 7), QStringLiteral("Another day")}}));
    QVERIFY(added.covers(2026));
    QCOMPARE(added.holidaysIn(2026).size(), 9);
}

QTEST_GUILESS_MAIN(TestBankHolidayCoverage)
#include "tst_bankholidaycoverage.moc"
