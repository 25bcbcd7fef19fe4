// Expected dates worked out by hand with a calendar.
#include "rules/DateArithmetic.h"

#include <QTest>

class TestDateArithmetic : public QObject
{
    Q_OBJECT

private slots:
    void addCalendarMonths_data();
    void addCalendarMonths();
    void addCalendarDays_data();
    void addCalendarDays();
    void invalidDate();
};

void TestDateArithmetic::addCalendarMonths_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("same day-number") << QDate(2026, 3, 2) << 2 << QDate(2026, 5, 2);
    QTest::newRow("31 Jan + 1, common year") << QDate(2026, 1, 31) << 1 << QDate(2026, 2, 28);
    QTest::newRow("31 Jan + 1, leap year") << QDate(2024, 1, 31) << 1 << QDate(2024, 2, 29);
    QTest::newRow("29 Jan + 1, common year") << QDate(2026, 1, 29) << 1 << QDate(2026, 2, 28);
    QTest::newRow("31 Dec + 2 into leap Feb") << QDate(2023, 12, 31) << 2 << QDate(2024, 2, 29);
    QTest::newRow("31 Dec + 2 into common Feb") << QDate(2025, 12, 31) << 2 << QDate(2026, 2, 28);
    QTest::newRow("31 Mar + 1") << QDate(2026, 3, 31) << 1 << QDate(2026, 4, 30);
    QTest::newRow("31 Aug + 1") << QDate(2026, 8, 31) << 1 << QDate(2026, 9, 30);
    QTest::newRow("31 Oct + 2") << QDate(2026, 10, 31) << 2 << QDate(2026, 12, 31);
    QTest::newRow("30 Nov + 2 over the year") << QDate(2026, 11, 30) << 2 << QDate(2027, 1, 30);
    QTest::newRow("29 Feb + 1") << QDate(2024, 2, 29) << 1 << QDate(2024, 3, 29);
    QTest::newRow("29 Feb + 12") << QDate(2024, 2, 29) << 12 << QDate(2025, 2, 28);
    QTest::newRow("31 May - 3") << QDate(2026, 5, 31) << -3 << QDate(2026, 2, 28);
    QTest::newRow("15 Jan - 1 over the year") << QDate(2026, 1, 15) << -1 << QDate(2025, 12, 15);
}

void TestDateArithmetic::addCalendarMonths()
{
    QFETCH(QDate, from);
    QFETCH(int, months);
    QFETCH(QDate, expected);
    QCOMPARE(DateArithmetic::addCalendarMonths(from, months), expected);
}

void TestDateArithmetic::addCalendarDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("30 days in March") << QDate(2026, 3, 1) << 30 << QDate(2026, 3, 31);
    QTest::newRow("30 days over common Feb") << QDate(2026, 2, 1) << 30 << QDate(2026, 3, 3);
    QTest::newRow("30 days over leap Feb") << QDate(2024, 2, 1) << 30 << QDate(2024, 3, 2);
    QTest::newRow("30 days over the year") << QDate(2026, 12, 15) << 30 << QDate(2027, 1, 14);
    QTest::newRow("30 days from New Year's Eve") << QDate(2022, 12, 31) << 30 << QDate(2023, 1, 30);
}

void TestDateArithmetic::addCalendarDays()
{
    QFETCH(QDate, from);
    QFETCH(int, days);
    QFETCH(QDate, expected);
    QCOMPARE(DateArithmetic::addCalendarDays(from, days), expected);
}

void TestDateArithmetic::invalidDate()
{
    QVERIFY(!DateArithmetic::addCalendarMonths(QDate(), 2).isValid());
    QVERIFY(!DateArithmetic::addCalendarDays(QDate(), 30).isValid());
}

QTEST_GUILESS_MAIN(TestDateArithmetic)
#include "tst_datearithmetic.moc"
