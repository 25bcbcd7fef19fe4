#include "rules/RetentionRules.h"

#include <QTest>

class TestRetentionRules : public QObject
{
    Q_OBJECT

private slots:
    void dates_data();
    void dates();
    void pastRetention_data();
    void pastRetention();
    void refusal();
};

void TestRetentionRules::dates_data()
{
    QTest::addColumn<QDate>("closedOn");
    QTest::addColumn<int>("years");
    QTest::addColumn<QDate>("keptUntil");
    QTest::addColumn<QDate>("anonymiseFrom");

    QTest::newRow("six years") << QDate(2020, 3, 15) << 6 << QDate(2026, 3, 15) << QDate(2026, 3, 16);
    QTest::newRow("29 Feb to a common year")
        << QDate(2020, 2, 29) << 6 << QDate(2026, 2, 28) << QDate(2026, 3, 1);
    QTest::newRow("29 Feb to a leap year")
        << QDate(2020, 2, 29) << 4 << QDate(2024, 2, 29) << QDate(2024, 3, 1);
    QTest::newRow("28 Feb stays 28 Feb")
        << QDate(2019, 2, 28) << 5 << QDate(2024, 2, 28) << QDate(2024, 2, 29);
    QTest::newRow("31 December") << QDate(2019, 12, 31) << 1 << QDate(2020, 12, 31) << QDate(2021, 1, 1);
    QTest::newRow("fifty years") << QDate(2001, 7, 1) << 50 << QDate(2051, 7, 1) << QDate(2051, 7, 2);
    QTest::newRow("no closed date") << QDate() << 6 << QDate() << QDate();
}

void TestRetentionRules::dates()
{
    QFETCH(QDate, closedOn);
    QFETCH(int, years);
    QFETCH(QDate, keptUntil);
    QFETCH(QDate, anonymiseFrom);
    QCOMPARE(RetentionRules::keptUntil(closedOn, years), keptUntil);
    QCOMPARE(RetentionRules::anonymiseFrom(closedOn, years), anonymiseFrom);
}

void TestRetentionRules::pastRetention_data()
{
    QTest::addColumn<CaseStage>("stage");
    QTest::addColumn<QDate>("closedOn");
    QTest::addColumn<int>("years");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("past");

    const QDate closed(2020, 2, 29);
    QTest::newRow("last day kept") << CaseStage::Closed << closed << 6 << QDate(2026, 2, 28) << false;
    QTest::newRow("first day due") << CaseStage::Closed << closed << 6 << QDate(2026, 3, 1) << true;
    QTest::newRow("long past") << CaseStage::Closed << closed << 6 << QDate(2031, 1, 1) << true;
    QTest::newRow("longer council period") << CaseStage::Closed << closed << 7 << QDate(2026, 3, 1) << false;
    QTest::newRow("shorter council period") << CaseStage::Closed << closed << 1 << QDate(2021, 3, 1) << true;
    QTest::newRow("reopened case") << CaseStage::MeetingArranged << closed << 6 << QDate(2031, 1, 1) << false;
    QTest::newRow("open, never closed") << CaseStage::Enquiry << QDate() << 6 << QDate(2031, 1, 1) << false;
    QTest::newRow("closed without a date") << CaseStage::Closed << QDate() << 6 << QDate(2031, 1, 1) << false;
}

void TestRetentionRules::pastRetention()
{
    QFETCH(CaseStage, stage);
    QFETCH(QDate, closedOn);
    QFETCH(int, years);
    QFETCH(QDate, today);
    QFETCH(bool, past);
    QCOMPARE(RetentionRules::isPastRetention(stage, closedOn, years, today), past);
    QCOMPARE(RetentionRules::anonymiseRefusal(stage, closedOn, years, today, false).isEmpty(), past);
}

void TestRetentionRules::refusal()
{
    const QString early =
        RetentionRules::anonymiseRefusal(CaseStage::Closed, QDate(2020, 2, 29), 6, QDate(2025, 1, 1), false);
    QVERIFY2(early.contains(QLatin1String("2026-03-01")), qPrintable(early)); // when it becomes due
    QVERIFY2(early.contains(QLatin1String("2026-02-28")), qPrintable(early)); // kept until
    QVERIFY(!RetentionRules::anonymiseRefusal(CaseStage::Enquiry, {}, 6, QDate(2030, 1, 1), false).isEmpty());
    QVERIFY(RetentionRules::anonymiseRefusal(CaseStage::Closed, QDate(2010, 1, 1), 6, QDate(2030, 1, 1), true)
                .contains(QLatin1String("already")));
}

QTEST_GUILESS_MAIN(TestRetentionRules)
#include "tst_retentionrules.moc"
