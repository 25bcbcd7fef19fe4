#include "rules/ReportDefinitions.h"
#include "rules/ReportPeriod.h"

#include <QFile>
#include <QSet>
#include <QTest>

// The report periods' arithmetic and the figures' statistics (rules/README.md
// section 7, "Figures"), with hand-worked expectations.
class TestReportDefinitions : public QObject
{
    Q_OBJECT

private slots:
    void periods_data();
    void periods();
    void badPeriods();
    void monthsOfAPeriod();
    void statistics_data();
    void statistics();
    void workingDays_data();
    void workingDays();
    void everyFigureIsDefined();
    void readmeListsEveryDefinition();
};

void TestReportDefinitions::periods_data()
{
    QTest::addColumn<ReportPeriod>("period");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("February of a leap year")
        << ReportPeriod::month(2028, 2) << QDate(2028, 2, 1) << QDate(2028, 2, 29);
    QTest::newRow("February") << ReportPeriod::month(2027, 2) << QDate(2027, 2, 1) << QDate(2027, 2, 28);
    QTest::newRow("December") << ReportPeriod::month(2026, 12) << QDate(2026, 12, 1) << QDate(2026, 12, 31);
    QTest::newRow("first quarter") << ReportPeriod::quarter(2026, 1) << QDate(2026, 1, 1)
                                   << QDate(2026, 3, 31);
    QTest::newRow("fourth quarter") << ReportPeriod::quarter(2026, 4) << QDate(2026, 10, 1)
                                    << QDate(2026, 12, 31);
    QTest::newRow("financial year") << ReportPeriod::financialYear(2026) << QDate(2026, 4, 1)
                                    << QDate(2027, 3, 31);
    QTest::newRow("financial year of February")
        << ReportPeriod::financialYearOf(QDate(2027, 2, 10)) << QDate(2026, 4, 1) << QDate(2027, 3, 31);
    QTest::newRow("financial year of 1 April")
        << ReportPeriod::financialYearOf(QDate(2027, 4, 1)) << QDate(2027, 4, 1) << QDate(2028, 3, 31);
    QTest::newRow("month of a day") << ReportPeriod::monthOf(QDate(2026, 11, 17)) << QDate(2026, 11, 1)
                                    << QDate(2026, 11, 30);
    QTest::newRow("month of 29 February")
        << ReportPeriod::monthOf(QDate(2028, 2, 29)) << QDate(2028, 2, 1) << QDate(2028, 2, 29);
    QTest::newRow("quarter of November")
        << ReportPeriod::quarterOf(QDate(2026, 11, 17)) << QDate(2026, 10, 1) << QDate(2026, 12, 31);
    QTest::newRow("quarter of 1 April")
        << ReportPeriod::quarterOf(QDate(2027, 4, 1)) << QDate(2027, 4, 1) << QDate(2027, 6, 30);
    QTest::newRow("quarter of 31 March")
        << ReportPeriod::quarterOf(QDate(2027, 3, 31)) << QDate(2027, 1, 1) << QDate(2027, 3, 31);
    QTest::newRow("calendar year") << ReportPeriod::calendarYear(2026) << QDate(2026, 1, 1)
                                   << QDate(2026, 12, 31);
    QTest::newRow("one day") << ReportPeriod(QDate(2026, 5, 5), QDate(2026, 5, 5)) << QDate(2026, 5, 5)
                             << QDate(2026, 5, 5);
}

void TestReportDefinitions::periods()
{
    QFETCH(ReportPeriod, period);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QVERIFY(period.isValid());
    QCOMPARE(period.from(), from);
    QCOMPARE(period.to(), to);
    QVERIFY(period.contains(from));
    QVERIFY(period.contains(to));
    QVERIFY(!period.contains(from.addDays(-1)));
    QVERIFY(!period.contains(to.addDays(1)));
}

void TestReportDefinitions::badPeriods()
{
    QVERIFY(!ReportPeriod::quarter(2026, 5).isValid());
    QVERIFY(!ReportPeriod::month(2026, 13).isValid());
    const ReportPeriod backwards(QDate(2026, 5, 2), QDate(2026, 5, 1));
    QVERIFY(!backwards.isValid());
    QCOMPARE(backwards.problem(),
             QStringLiteral("The period starts (2026-05-02) after it ends (2026-05-01)."));
    QVERIFY(!ReportPeriod(QDate(), QDate(2026, 5, 1)).isValid());
}

void TestReportDefinitions::monthsOfAPeriod()
{
    const QList<ReportPeriod> months = ReportPeriod(QDate(2026, 1, 15), QDate(2026, 3, 10)).months();
    QCOMPARE(months.size(), 3);
    QCOMPARE(months.at(0), ReportPeriod(QDate(2026, 1, 15), QDate(2026, 1, 31)));
    QCOMPARE(months.at(1), ReportPeriod(QDate(2026, 2, 1), QDate(2026, 2, 28)));
    QCOMPARE(months.at(2), ReportPeriod(QDate(2026, 3, 1), QDate(2026, 3, 10)));
    QCOMPARE(ReportPeriod::financialYear(2026).months().size(), 12);
}

void TestReportDefinitions::statistics_data()
{
    QTest::addColumn<QList<int>>("values");
    QTest::addColumn<double>("median"); // -1: none
    QTest::addColumn<double>("p90");
    QTest::newRow("none") << QList<int>{} << -1.0 << -1.0;
    QTest::newRow("one") << QList<int>{4} << 4.0 << 4.0;
    // Sorted 1 2 3 4: middle two 2 and 3; 90% of 4 is 3.6, rank 4.
    QTest::newRow("even count") << QList<int>{4, 1, 3, 2} << 2.5 << 4.0;
    // Sorted 0 1 1 2 5: middle 1; 90% of 5 is 4.5, rank 5.
    QTest::newRow("odd count") << QList<int>{5, 1, 0, 2, 1} << 1.0 << 5.0;
    // 1..10: median 5.5; 90% of 10 is 9, rank 9 -> 9.
    QTest::newRow("ten") << QList<int>{10, 9, 8, 7, 6, 5, 4, 3, 2, 1} << 5.5 << 9.0;
    // 1..11: median 6; 90% of 11 is 9.9, rank 10 -> 10.
    QTest::newRow("eleven") << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11} << 6.0 << 10.0;
}

void TestReportDefinitions::statistics()
{
    QFETCH(QList<int>, values);
    QFETCH(double, median);
    QFETCH(double, p90);
    const std::optional<double> m = ReportDefinitions::median(values);
    const std::optional<double> p = ReportDefinitions::percentile90(values);
    QCOMPARE(m.has_value(), median >= 0);
    QCOMPARE(p.has_value(), p90 >= 0);
    if (m)
        QCOMPARE(*m, median);
    if (p)
        QCOMPARE(*p, p90);
}

void TestReportDefinitions::workingDays_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("withinThree");
    // Thursday 24 December 2026: Christmas (Fri 25) and Boxing Day's substitute (Mon 28) are not working
    // days.
    QTest::newRow("over Christmas") << QDate(2026, 12, 24) << QDate(2026, 12, 31) << 3 << true;
    QTest::newRow("the fourth working day") << QDate(2026, 12, 24) << QDate(2027, 1, 4) << 4 << false;
    QTest::newRow("same day") << QDate(2026, 11, 2) << QDate(2026, 11, 2) << 0 << true;
    QTest::newRow("Friday to Monday") << QDate(2026, 11, 6) << QDate(2026, 11, 9) << 1 << true;
    QTest::newRow("end before start") << QDate(2026, 11, 9) << QDate(2026, 11, 6) << 0 << true;
}

void TestReportDefinitions::workingDays()
{
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(int, days);
    QFETCH(bool, withinThree);
    const WorkingDays calendar(BankHolidayCalendar::shipped());
    QCOMPARE(ReportDefinitions::workingDaysBetween(calendar, start, end), days);
    QCOMPARE(ReportDefinitions::withinWorkingDays(calendar, start, end, 3), withinThree);
}

void TestReportDefinitions::everyFigureIsDefined()
{
    QSet<QString> keys;
    for (const ReportDefinitions::Figure& figure : ReportDefinitions::all()) {
        QVERIFY2(!keys.contains(figure.key), qPrintable(figure.key));
        keys.insert(figure.key);
        QVERIFY(!figure.title.isEmpty());
        QVERIFY(!figure.counts.isEmpty());
        QVERIFY(!figure.periodDate.isEmpty());
        QVERIFY(figure.definition().contains(QStringLiteral(" In the period by ")));
        QCOMPARE(ReportDefinitions::find(figure.key), &figure);
    }
    QVERIFY(!ReportDefinitions::find(QStringLiteral("no_such_figure")));
    QVERIFY(ReportDefinitions::find(QStringLiteral("part2_issued"))
                ->definition()
                .contains(QStringLiteral("A voided certificate never counts; its replacement does")));
}

void TestReportDefinitions::readmeListsEveryDefinition()
{
    // The README's "Figures" section is the definitions' own text
    // (commonground-cli report definitions prints it): they cannot drift apart.
    QFile readme(qEnvironmentVariable("CG_SOURCE_DIR") + QStringLiteral("/README.md"));
    QVERIFY2(readme.open(QIODevice::ReadOnly), qPrintable(readme.fileName()));
    const QString text = QString::fromUtf8(readme.readAll());
    QVERIFY(text.contains(QStringLiteral("\n## Figures\n")));
    QVERIFY2(text.contains(ReportDefinitions::markdown()),
             "README.md's Figures section differs from "
             "rules/ReportDefinitions: paste `report definitions`");
}

QTEST_GUILESS_MAIN(TestReportDefinitions)
#include "tst_reportdefinitions.moc"
