// The shipped calendar checked day by day against the published list (and
// rules/README.md section 4 for 2026 and 2027), the standard rules against hand-worked years.
#include "rules/BankHolidayCalendar.h"
#include "rules/StandardBankHolidays.h"

#include <QTest>

class TestBankHolidayCalendar : public QObject
{
    Q_OBJECT

private slots:
    void shippedCoverage();
    void shippedHolidays_data();
    void shippedHolidays();
    void notHolidays_data();
    void notHolidays();
    void rulesMdYears_data();
    void rulesMdYears();
    void easter_data();
    void easter();
    void standardRules_data();
    void standardRules();
    void standardRulesMatchPublishedOrdinaryYears();
    void uncoveredYearsAreProvisional();
    void christmasAndGoodFridayAlwaysClosed();
    void importingAnnouncedYearsEndsProjection();
};

void TestBankHolidayCalendar::shippedCoverage()
{
    const BankHolidayCalendar& calendar = BankHolidayCalendar::shipped();
    // 13 years of 8 days, plus the 2022 jubilee and state funeral and the 2023 coronation.
    QCOMPARE(calendar.publishedHolidays().size(), 13 * 8 + 3);
    QList<int> years;
    for (int year = 2018; year <= 2030; ++year)
        years << year;
    QCOMPARE(calendar.coveredYears(), years);
    QCOMPARE(calendar.coverageDescription(), QStringLiteral("2018 to 2030 (2028 to 2030 projected)"));
    // Announced by the government to the end of 2027; 2028 to 2030 projected.
    QCOMPARE(calendar.projectedYears(), (QList<int>{2028, 2029, 2030}));
    QCOMPARE(calendar.announcedDescription(), QStringLiteral("2018 to 2027"));
    QVERIFY(calendar.isAnnounced(2027));
    QVERIFY(!calendar.isAnnounced(2028));
    QVERIFY(calendar.isProjected(2028));
    QVERIFY(!calendar.isProjected(2031)); // not covered at all
    for (auto it = calendar.publishedHolidays().cbegin(); it != calendar.publishedHolidays().cend(); ++it)
        QVERIFY2(it.key().dayOfWeek() <= Qt::Friday, qPrintable(it.key().toString(Qt::ISODate)));
}

void TestBankHolidayCalendar::shippedHolidays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("title");
    QTest::newRow("New Year 2026") << QDate(2026, 1, 1) << QStringLiteral("New Year\u2019s Day");
    QTest::newRow("New Year 2022 substitute") << QDate(2022, 1, 3) << QStringLiteral("New Year\u2019s Day");
    QTest::newRow("New Year 2023 substitute") << QDate(2023, 1, 2) << QStringLiteral("New Year\u2019s Day");
    QTest::newRow("New Year 2028 substitute") << QDate(2028, 1, 3) << QStringLiteral("New Year\u2019s Day");
    QTest::newRow("Good Friday 2024 (March)") << QDate(2024, 3, 29) << QStringLiteral("Good Friday");
    QTest::newRow("Good Friday 2027 (March)") << QDate(2027, 3, 26) << QStringLiteral("Good Friday");
    QTest::newRow("Good Friday 2029 (March)") << QDate(2029, 3, 30) << QStringLiteral("Good Friday");
    QTest::newRow("Good Friday 2030 (April)") << QDate(2030, 4, 19) << QStringLiteral("Good Friday");
    QTest::newRow("Easter Monday 2018 (April)") << QDate(2018, 4, 2) << QStringLiteral("Easter Monday");
    QTest::newRow("Easter Monday 2027 (March)") << QDate(2027, 3, 29) << QStringLiteral("Easter Monday");
    QTest::newRow("Easter Monday 2025") << QDate(2025, 4, 21) << QStringLiteral("Easter Monday");
    QTest::newRow("early May 2026") << QDate(2026, 5, 4) << QStringLiteral("Early May bank holiday");
    QTest::newRow("early May 2020, VE day")
        << QDate(2020, 5, 8) << QStringLiteral("Early May bank holiday (VE day)");
    QTest::newRow("spring 2026") << QDate(2026, 5, 25) << QStringLiteral("Spring bank holiday");
    QTest::newRow("spring 2022, moved") << QDate(2022, 6, 2) << QStringLiteral("Spring bank holiday");
    QTest::newRow("Platinum Jubilee") << QDate(2022, 6, 3) << QStringLiteral("Platinum Jubilee bank holiday");
    QTest::newRow("State Funeral") << QDate(2022, 9, 19)
                                   << QStringLiteral(
                                          "Bank Holiday for the State Funeral of Queen Elizabeth II");
    QTest::newRow("Coronation") << QDate(2023, 5, 8)
                                << QStringLiteral("Bank holiday for the coronation of King Charles III");
    QTest::newRow("summer 2026") << QDate(2026, 8, 31) << QStringLiteral("Summer bank holiday");
    QTest::newRow("summer 2019") << QDate(2019, 8, 26) << QStringLiteral("Summer bank holiday");
    QTest::newRow("Christmas 2026 (Friday)") << QDate(2026, 12, 25) << QStringLiteral("Christmas Day");
    QTest::newRow("Boxing Day 2026 substitute") << QDate(2026, 12, 28) << QStringLiteral("Boxing Day");
    QTest::newRow("Christmas 2027 substitute") << QDate(2027, 12, 27) << QStringLiteral("Christmas Day");
    QTest::newRow("Boxing Day 2027 substitute") << QDate(2027, 12, 28) << QStringLiteral("Boxing Day");
    QTest::newRow("Christmas 2022 substitute") << QDate(2022, 12, 27) << QStringLiteral("Christmas Day");
    QTest::newRow("Boxing Day 2022 (Monday)") << QDate(2022, 12, 26) << QStringLiteral("Boxing Day");
    QTest::newRow("Boxing Day 2020 substitute") << QDate(2020, 12, 28) << QStringLiteral("Boxing Day");
    QTest::newRow("Christmas 2028 (Monday)") << QDate(2028, 12, 25) << QStringLiteral("Christmas Day");
    QTest::newRow("Boxing Day 2028 (Tuesday)") << QDate(2028, 12, 26) << QStringLiteral("Boxing Day");
}

void TestBankHolidayCalendar::shippedHolidays()
{
    QFETCH(QDate, date);
    QFETCH(QString, title);
    const BankHolidayCalendar& calendar = BankHolidayCalendar::shipped();
    QCOMPARE(calendar.holidayOn(date), title);
    QVERIFY(!calendar.isWorkingDay(date));
    // 2028 to 2030 are projected, not announced (rules/README.md section 4).
    QCOMPARE(calendar.isProvisional(date), date.year() >= 2028);
}

void TestBankHolidayCalendar::notHolidays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");
    // Days the standard rules would have made holidays, but a proclamation moved.
    QTest::newRow("Mon 4 May 2020") << QDate(2020, 5, 4) << true;
    QTest::newRow("Mon 30 May 2022") << QDate(2022, 5, 30) << true;
    // Weekend days that are holidays by name only; the substitute is the holiday.
    QTest::newRow("Sat 26 Dec 2026") << QDate(2026, 12, 26) << false;
    QTest::newRow("Sat 1 Jan 2022") << QDate(2022, 1, 1) << false;
    QTest::newRow("Christmas Eve 2021") << QDate(2021, 12, 24) << true;
    QTest::newRow("Tue 29 Dec 2026") << QDate(2026, 12, 29) << true;
}

void TestBankHolidayCalendar::notHolidays()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);
    const BankHolidayCalendar& calendar = BankHolidayCalendar::shipped();
    QVERIFY2(calendar.holidayOn(date).isEmpty(), qPrintable(calendar.holidayOn(date)));
    QCOMPARE(calendar.isWorkingDay(date), working);
}

void TestBankHolidayCalendar::rulesMdYears_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<QDate>>("expected");
    QTest::newRow("2026") << 2026
                          << QList<QDate>{{2026, 1, 1},  {2026, 4, 3},  {2026, 4, 6},   {2026, 5, 4},
                                          {2026, 5, 25}, {2026, 8, 31}, {2026, 12, 25}, {2026, 12, 28}};
    QTest::newRow("2027") << 2027
                          << QList<QDate>{{2027, 1, 1},  {2027, 3, 26}, {2027, 3, 29},  {2027, 5, 3},
                                          {2027, 5, 31}, {2027, 8, 30}, {2027, 12, 27}, {2027, 12, 28}};
    QTest::newRow("2028") << 2028
                          << QList<QDate>{{2028, 1, 3},  {2028, 4, 14}, {2028, 4, 17},  {2028, 5, 1},
                                          {2028, 5, 29}, {2028, 8, 28}, {2028, 12, 25}, {2028, 12, 26}};
    QTest::newRow("2022") << 2022 << QList<QDate>{{2022, 1, 3},   {2022, 4, 15}, {2022, 4, 18}, {2022, 5, 2},
                                                  {2022, 6, 2},   {2022, 6, 3},  {2022, 8, 29}, {2022, 9, 19},
                                                  {2022, 12, 26}, {2022, 12, 27}};
}

void TestBankHolidayCalendar::rulesMdYears()
{
    QFETCH(int, year);
    QFETCH(QList<QDate>, expected);
    QCOMPARE(BankHolidayCalendar::shipped().holidaysIn(year).keys(), expected);
}

void TestBankHolidayCalendar::easter_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("sunday");
    const QList<QDate> known{{2018, 4, 1},  {2019, 4, 21}, {2020, 4, 12}, {2021, 4, 4},  {2022, 4, 17},
                             {2023, 4, 9},  {2024, 3, 31}, {2025, 4, 20}, {2026, 4, 5},  {2027, 3, 28},
                             {2028, 4, 16}, {2029, 4, 1},  {2030, 4, 21}, {2000, 4, 23}, {2008, 3, 23},
                             {2011, 4, 24}, {2016, 3, 27}, {2031, 4, 13}, {2038, 4, 25}, {2285, 3, 22}};
    for (const QDate& date : known)
        QTest::newRow(qPrintable(QString::number(date.year()))) << date.year() << date;
}

void TestBankHolidayCalendar::easter()
{
    QFETCH(int, year);
    QFETCH(QDate, sunday);
    QCOMPARE(StandardBankHolidays::easterSunday(year), sunday);
}

void TestBankHolidayCalendar::standardRules_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<QDate>>("expected");
    // 2031: New Year on a Wednesday, Easter 13 Apr, Christmas on a Thursday.
    QTest::newRow("2031") << 2031
                          << QList<QDate>{{2031, 1, 1},  {2031, 4, 11}, {2031, 4, 14},  {2031, 5, 5},
                                          {2031, 5, 26}, {2031, 8, 25}, {2031, 12, 25}, {2031, 12, 26}};
    // 2032: Christmas on a Saturday (Mon 27, Tue 28).
    QTest::newRow("2032 Christmas Saturday") << 2032 << QList<QDate>{{2032, 12, 27}, {2032, 12, 28}};
    // 2033: New Year on a Saturday (Mon 3 Jan); Christmas on a Sunday (Mon 26, Tue 27).
    QTest::newRow("2033 New Year Saturday") << 2033 << QList<QDate>{{2033, 1, 3}};
    QTest::newRow("2033 Christmas Sunday") << 2033 << QList<QDate>{{2033, 12, 26}, {2033, 12, 27}};
    // 2037: Christmas on a Friday (Boxing Day Mon 28).
    QTest::newRow("2037 Christmas Friday") << 2037 << QList<QDate>{{2037, 12, 25}, {2037, 12, 28}};
}

void TestBankHolidayCalendar::standardRules()
{
    QFETCH(int, year);
    QFETCH(QList<QDate>, expected);
    const QMap<QDate, QString> computed = StandardBankHolidays::forYear(year);
    QCOMPARE(computed.size(), 8);
    if (expected.size() == 8) {
        QCOMPARE(computed.keys(), expected);
    } else {
        for (const QDate& date : expected)
            QVERIFY2(computed.contains(date), qPrintable(date.toString(Qt::ISODate)));
    }
}

void TestBankHolidayCalendar::standardRulesMatchPublishedOrdinaryYears()
{
    // Two independent sources agree wherever no proclamation changed the year.
    for (int year = 2018; year <= 2030; ++year) {
        if (year == 2020 || year == 2022 || year == 2023)
            continue;
        QCOMPARE(StandardBankHolidays::forYear(year), BankHolidayCalendar::shipped().holidaysIn(year));
    }
}

void TestBankHolidayCalendar::uncoveredYearsAreProvisional()
{
    const BankHolidayCalendar& calendar = BankHolidayCalendar::shipped();
    QVERIFY(calendar.isProvisional(QDate(2031, 1, 1)));
    QVERIFY(calendar.isProvisional(QDate(2017, 12, 25)));
    QVERIFY(calendar.isProvisional(QDate(2030, 12, 31)));  // projected
    QVERIFY(calendar.isProvisional(QDate(2028, 1, 1)));    // projected
    QVERIFY(!calendar.isProvisional(QDate(2027, 12, 31))); // announced
    QCOMPARE(calendar.holidayOn(QDate(2031, 4, 14)), QStringLiteral("Easter Monday"));
    QVERIFY(!calendar.isWorkingDay(QDate(2031, 4, 14)));
    // An empty calendar covers nothing: everything is computed and provisional.
    const BankHolidayCalendar empty;
    QVERIFY(empty.isProvisional(QDate(2026, 1, 1)));
    QCOMPARE(empty.holidayOn(QDate(2026, 5, 25)), QStringLiteral("Spring bank holiday"));
    QCOMPARE(empty.coverageDescription(), QStringLiteral("no year"));
}

void TestBankHolidayCalendar::christmasAndGoodFridayAlwaysClosed()
{
    // An imported list that forgets them cannot make them working days.
    const BankHolidayCalendar sparse(QMap<QDate, QString>{{QDate(2026, 1, 1), QStringLiteral("New Year")}});
    // One day is not a year (issue 13): 2026 is not covered by this list.
    QVERIFY(sparse.isProvisional(QDate(2026, 6, 1)));
    QVERIFY(!sparse.isWorkingDay(QDate(2026, 12, 25)));
    QVERIFY(!sparse.isWorkingDay(QDate(2026, 4, 3)));
    QCOMPARE(sparse.nonWorkingReason(QDate(2026, 4, 3)), QStringLiteral("bank holiday: Good Friday"));
    // Nor any other holiday the list leaves out: Easter Monday stays one.
    QVERIFY(!sparse.isWorkingDay(QDate(2026, 4, 6)));
}

void TestBankHolidayCalendar::importingAnnouncedYearsEndsProjection()
{
    const BankHolidayCalendar& shipped = BankHolidayCalendar::shipped();
    // The government's file for 2028 in full (no projected-years field).
    QMap<QDate, QString> days2028;
    for (auto it = shipped.publishedHolidays().cbegin(); it != shipped.publishedHolidays().cend(); ++it)
        if (it.key().year() == 2028)
            days2028.insert(it.key(), it.value());
    const BankHolidayCalendar merged = shipped.mergedWith(BankHolidayCalendar(days2028));
    QVERIFY(merged.isAnnounced(2028));
    QCOMPARE(merged.projectedYears(), (QList<int>{2029, 2030}));
    QCOMPARE(merged.announcedDescription(), QStringLiteral("2018 to 2028"));
    // A partial 2029 (one day) adds its day and leaves 2029 projected.
    const BankHolidayCalendar partial = merged.mergedWith(
        BankHolidayCalendar(QMap<QDate, QString>{{QDate(2029, 1, 1), QStringLiteral("New Year")}}));
    QVERIFY(partial.isProjected(2029));
    // A newer list that says its year is projected keeps it projected.
    const BankHolidayCalendar reprojected = merged.mergedWith(BankHolidayCalendar(days2028, {2028}));
    QVERIFY(reprojected.isProjected(2028));
    // A projected year that the list does not cover is not kept as projected.
    const BankHolidayCalendar stray(days2028, {2031});
    QVERIFY(stray.projectedYears().isEmpty());
    QVERIFY(!(stray == BankHolidayCalendar(days2028, {2028})));
}

QTEST_GUILESS_MAIN(TestBankHolidayCalendar)
#include "tst_bankholidaycalendar.moc"
