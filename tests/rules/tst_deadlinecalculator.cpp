// Expected dates worked out by hand from printed calendars, the published
// bank holidays and the rules of rules/README.md section 4, never from this code.
#include "rules/BankHolidayCalendar.h"
#include "rules/DeadlineCalculator.h"

#include <QTest>

class TestDeadlineCalculator : public QObject
{
    Q_OBJECT

private slots:
    void appealDeadline_data();
    void appealDeadline();
    void meetingBy_data();
    void meetingBy();
    void contactBy_data();
    void contactBy();
    void certificateDueBy_data();
    void certificateDueBy();
    void referralActionBy_data();
    void referralActionBy();
    void explanationCanBeCheckedByHand();
    void provisionalIsExplained();
    void invalidInputGivesInvalidDeadline();

private:
    const DeadlineCalculator m_calculator{BankHolidayCalendar::shipped()};
};

void TestDeadlineCalculator::appealDeadline_data()
{
    QTest::addColumn<QDate>("decisionSent");
    QTest::addColumn<QDate>("certificateIssued");
    QTest::addColumn<QDate>("expected");
    QTest::addColumn<bool>("provisional");
    const QDate none;

    // Plain two months, moved off weekends and bank holidays.
    QTest::newRow("Sat, then early May 2026") << QDate(2026, 3, 2) << none << QDate(2026, 5, 5) << false;
    QTest::newRow("Sunday to Monday") << QDate(2026, 1, 15) << none << QDate(2026, 3, 16) << false;
    QTest::newRow("working day stands") << QDate(2026, 2, 10) << none << QDate(2026, 4, 10) << false;
    QTest::newRow("Good Friday 2026") << QDate(2026, 2, 3) << none << QDate(2026, 4, 7) << false;
    QTest::newRow("31 Jan + 2 = 31 Mar") << QDate(2026, 1, 31) << none << QDate(2026, 3, 31) << false;
    QTest::newRow("to 29 Feb 2024") << QDate(2023, 12, 29) << none << QDate(2024, 2, 29) << false;
    // August: the first working day after 31 August.
    QTest::newRow("mid August 2026") << QDate(2026, 6, 15) << none << QDate(2026, 9, 1) << false;
    QTest::newRow("1 August 2026") << QDate(2026, 6, 1) << none << QDate(2026, 9, 1) << false;
    QTest::newRow("30 August 2026") << QDate(2026, 6, 30) << none << QDate(2026, 9, 1) << false;
    QTest::newRow("summer bank holiday 2027") << QDate(2027, 6, 30) << none << QDate(2027, 9, 1) << false;
    // 2030 is projected, not announced (rules/README.md section 4): provisional.
    QTest::newRow("August 2030, 1 Sep a Sunday") << QDate(2030, 6, 15) << none << QDate(2030, 9, 2) << true;
    QTest::newRow("31 July stands") << QDate(2026, 5, 31) << none << QDate(2026, 7, 31) << false;
    QTest::newRow("1 September stands") << QDate(2026, 7, 1) << none << QDate(2026, 9, 1) << false;
    // 25 December to 1 January: the first working day after 1 January.
    QTest::newRow("Christmas Day 2026") << QDate(2026, 10, 25) << none << QDate(2027, 1, 4) << false;
    QTest::newRow("31 Dec 2026") << QDate(2026, 10, 31) << none << QDate(2027, 1, 4) << false;
    QTest::newRow("1 Jan 2027") << QDate(2026, 11, 1) << none << QDate(2027, 1, 4) << false;
    QTest::newRow("2 Jan 2027, a Saturday") << QDate(2026, 11, 2) << none << QDate(2027, 1, 4) << false;
    QTest::newRow("24 Dec stands") << QDate(2026, 10, 24) << none << QDate(2026, 12, 24) << false;
    // It looks at 2 and 3 January 2028, a projected year: provisional.
    QTest::newRow("Christmas 2027, New Year sub") << QDate(2027, 10, 25) << none << QDate(2028, 1, 4) << true;
    QTest::newRow("27 Dec 2025 to 2 Jan 2026") << QDate(2025, 10, 27) << none << QDate(2026, 1, 2) << false;
    QTest::newRow("31 Dec 2021 to 4 Jan 2022") << QDate(2021, 10, 31) << none << QDate(2022, 1, 4) << false;
    QTest::newRow("27 Dec 2022 to 3 Jan 2023") << QDate(2022, 10, 27) << none << QDate(2023, 1, 3) << false;
    // The one-off days.
    QTest::newRow("2020 VE day") << QDate(2020, 3, 8) << none << QDate(2020, 5, 11) << false;
    QTest::newRow("2022 spring and jubilee") << QDate(2022, 4, 2) << none << QDate(2022, 6, 6) << false;
    QTest::newRow("2022 state funeral") << QDate(2022, 7, 19) << none << QDate(2022, 9, 20) << false;
    QTest::newRow("2023 coronation") << QDate(2023, 3, 8) << none << QDate(2023, 5, 9) << false;
    // Rule 20: the later of decision + 2 months and certificate + 1 month.
    QTest::newRow("certificate later")
        << QDate(2026, 1, 10) << QDate(2026, 3, 20) << QDate(2026, 4, 20) << false;
    QTest::newRow("certificate earlier")
        << QDate(2026, 3, 2) << QDate(2026, 3, 10) << QDate(2026, 5, 5) << false;
    QTest::newRow("certificate into August")
        << QDate(2026, 6, 15) << QDate(2026, 7, 20) << QDate(2026, 9, 1) << false;
    QTest::newRow("both on 28 Feb, a Saturday")
        << QDate(2025, 12, 31) << QDate(2026, 1, 31) << QDate(2026, 3, 2) << false;
    QTest::newRow("Easter in March 2024")
        << QDate(2024, 1, 29) << QDate(2024, 3, 1) << QDate(2024, 4, 2) << false;
    // Beyond the published calendar: computed and flagged.
    QTest::newRow("Christmas 2030 into 2031") << QDate(2030, 10, 28) << none << QDate(2031, 1, 2) << true;
    QTest::newRow("Good Friday 2031") << QDate(2031, 2, 11) << none << QDate(2031, 4, 15) << true;
}

void TestDeadlineCalculator::appealDeadline()
{
    QFETCH(QDate, decisionSent);
    QFETCH(QDate, certificateIssued);
    QFETCH(QDate, expected);
    QFETCH(bool, provisional);
    const Deadline deadline = m_calculator.appealDeadline(decisionSent, certificateIssued);
    QVERIFY(deadline.isValid());
    QCOMPARE(deadline.date(), expected);
    QCOMPARE(deadline.startDate(), decisionSent);
    QCOMPARE(deadline.isProvisional(), provisional);
    QVERIFY(deadline.rule().contains(QStringLiteral("rules 20 and 12")));
}

void TestDeadlineCalculator::meetingBy_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("March") << QDate(2026, 3, 1) << QDate(2026, 3, 31);
    QTest::newRow("over common Feb") << QDate(2026, 2, 1) << QDate(2026, 3, 3);
    QTest::newRow("over leap Feb") << QDate(2024, 2, 1) << QDate(2024, 3, 2);
    QTest::newRow("over the year") << QDate(2026, 12, 15) << QDate(2027, 1, 14);
    QTest::newRow("ends on a Saturday, not moved") << QDate(2026, 4, 2) << QDate(2026, 5, 2);
    QTest::newRow("2031, calendar days only") << QDate(2031, 1, 10) << QDate(2031, 2, 9);
}

void TestDeadlineCalculator::meetingBy()
{
    QFETCH(QDate, start);
    QFETCH(QDate, expected);
    // The statutory 30 days by route and the contract target count alike;
    // only what the rule says differs.
    for (MeetingRoute route : {MeetingRoute::CouncilArranged, MeetingRoute::HealthOnlyIcb}) {
        const Deadline deadline = m_calculator.meetingBy(start, route);
        QCOMPARE(deadline.date(), expected);
        // Calendar days never depend on bank holidays.
        QVERIFY(!deadline.isProvisional());
        QVERIFY(deadline.rule().contains(meetingRouteStartDescription(route)));
        QVERIFY(deadline.rule().contains(QStringLiteral("statutory deadline")));
    }
    for (MeetingClockStart event : {MeetingClockStart::Enquiry, MeetingClockStart::MediationRequested}) {
        const Deadline deadline = m_calculator.contractMeetingBy(start, event);
        QCOMPARE(deadline.date(), expected);
        QVERIFY(!deadline.isProvisional());
        QVERIFY(deadline.rule().startsWith(QStringLiteral("Contract target: meeting within 30 days of ") +
                                           meetingClockStartDescription(event)));
        QVERIFY(deadline.rule().contains(QStringLiteral("not the statutory deadline")));
    }
}

void TestDeadlineCalculator::contactBy_data()
{
    QTest::addColumn<QDate>("decisionSent");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("Saturday, not moved") << QDate(2026, 3, 2) << QDate(2026, 5, 2);
    QTest::newRow("31 Dec to 28 Feb") << QDate(2025, 12, 31) << QDate(2026, 2, 28);
    QTest::newRow("31 Dec to 29 Feb") << QDate(2023, 12, 31) << QDate(2024, 2, 29);
    QTest::newRow("August, not moved") << QDate(2026, 6, 15) << QDate(2026, 8, 15);
}

void TestDeadlineCalculator::contactBy()
{
    QFETCH(QDate, decisionSent);
    QFETCH(QDate, expected);
    QCOMPARE(m_calculator.contactBy(decisionSent).date(), expected);
}

void TestDeadlineCalculator::certificateDueBy_data()
{
    QTest::addColumn<int>("part");
    QTest::addColumn<QDate>("trigger");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("Part 1 over Easter 2026") << 1 << QDate(2026, 4, 2) << QDate(2026, 4, 9);
    QTest::newRow("Part 1 over a weekend") << 1 << QDate(2026, 5, 29) << QDate(2026, 6, 3);
    QTest::newRow("Part 2 over Christmas 2026") << 2 << QDate(2026, 12, 23) << QDate(2026, 12, 30);
    QTest::newRow("Part 2 over Christmas 2027") << 2 << QDate(2027, 12, 23) << QDate(2027, 12, 30);
    QTest::newRow("Part 3 over the 2022 jubilee") << 3 << QDate(2022, 6, 1) << QDate(2022, 6, 8);
    QTest::newRow("Part 3 over 29 Feb 2028") << 3 << QDate(2028, 2, 25) << QDate(2028, 3, 1);
}

void TestDeadlineCalculator::certificateDueBy()
{
    QFETCH(int, part);
    QFETCH(QDate, trigger);
    QFETCH(QDate, expected);
    const Deadline deadline = m_calculator.certificateDueBy(*certificatePartFromInt(part), trigger);
    QCOMPARE(deadline.date(), expected);
    QVERIFY(deadline.rule().startsWith(QStringLiteral("Part %1 certificate").arg(part)));
}

void TestDeadlineCalculator::referralActionBy_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<int>("workingDays");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("5 over Easter 2026") << QDate(2026, 4, 2) << 5 << QDate(2026, 4, 13);
    QTest::newRow("5 over spring 2026") << QDate(2026, 5, 22) << 5 << QDate(2026, 6, 1);
    QTest::newRow("10 over spring 2026") << QDate(2026, 5, 22) << 10 << QDate(2026, 6, 8);
    QTest::newRow("0, the same day") << QDate(2026, 5, 22) << 0 << QDate(2026, 5, 22);
}

void TestDeadlineCalculator::referralActionBy()
{
    QFETCH(QDate, received);
    QFETCH(int, workingDays);
    QFETCH(QDate, expected);
    QCOMPARE(m_calculator.referralActionBy(received, workingDays).date(), expected);
}

void TestDeadlineCalculator::explanationCanBeCheckedByHand()
{
    const Deadline deadline = m_calculator.appealDeadline(QDate(2026, 3, 2));
    const QStringList lines = deadline.explanation();
    QVERIFY(lines.first().startsWith(QStringLiteral("Rule: ")));
    QCOMPARE(lines.at(1),
             QStringLiteral("Start: 2026-03-02 (Mon 2 Mar 2026), the date the decision notice was sent"));
    const QString all = lines.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QStringLiteral("Mon 2 Mar 2026 + 2 calendar months = Sat 2 May 2026")));
    QVERIFY(all.contains(
        QStringLiteral("Mon 4 May 2026 is not a working day (bank holiday: Early May bank holiday)")));
    QVERIFY(lines.contains(QStringLiteral("Result: 2026-05-05 (Tue 5 May 2026)")));
    QVERIFY(lines.last().startsWith(QStringLiteral("Provisional: no")));

    // A short month says why the day-number changed.
    const QString shortMonth = m_calculator.appealDeadline(QDate(2025, 12, 31)).steps().first();
    QVERIFY2(shortMonth.contains(QStringLiteral("February 2026 has no day 31")), qPrintable(shortMonth));
    // The August rule names itself.
    const QString august = m_calculator.appealDeadline(QDate(2026, 6, 15)).steps().join(QLatin1Char('\n'));
    QVERIFY(august.contains(QStringLiteral("falls in August")));
    QVERIFY(august.contains(QStringLiteral("first working day after Mon 31 Aug 2026")));
}

void TestDeadlineCalculator::provisionalIsExplained()
{
    const Deadline deadline = m_calculator.appealDeadline(QDate(2031, 2, 11));
    QVERIFY(deadline.isProvisional());
    QVERIFY(deadline.provisionalReason().contains(QStringLiteral("2018 to 2030 (2028 to 2030 projected)")));
    QVERIFY(deadline.provisionalReason().contains(QStringLiteral("2031")));
    QVERIFY(deadline.explanation().last().startsWith(QStringLiteral("Provisional: yes")));
    QVERIFY(m_calculator.appealDeadline(QDate(2026, 2, 11)).provisionalReason().isEmpty());

    // A projected year (2029) says so, and that an announced calendar ends it.
    const Deadline projected = m_calculator.appealDeadline(QDate(2029, 2, 11));
    QCOMPARE(projected.date(), QDate(2029, 4, 11)); // 11 Apr 2029 is a Wednesday
    QVERIFY(projected.isProvisional());
    QVERIFY2(projected.provisionalReason().contains(QStringLiteral("bank holidays of 2029 are projected")),
             qPrintable(projected.provisionalReason()));
    QVERIFY(projected.provisionalReason().contains(QStringLiteral("import the announced calendar")));
    QVERIFY(!projected.provisionalReason().contains(QStringLiteral("not 2029")));
    QVERIFY(projected.explanation().last().startsWith(QStringLiteral("Provisional: yes")));
    // The same deadline on a calendar where 2029 was announced is not provisional.
    QMap<QDate, QString> announced = BankHolidayCalendar::shipped().publishedHolidays();
    const DeadlineCalculator onAnnounced(BankHolidayCalendar(announced, {}));
    QVERIFY(!onAnnounced.appealDeadline(QDate(2029, 2, 11)).isProvisional());
}

void TestDeadlineCalculator::invalidInputGivesInvalidDeadline()
{
    QVERIFY(!m_calculator.appealDeadline(QDate()).isValid());
    QVERIFY(!m_calculator.contactBy(QDate()).isValid());
    QVERIFY(!m_calculator.meetingBy(QDate(), MeetingRoute::CouncilArranged).isValid());
    QVERIFY(!m_calculator.contractMeetingBy(QDate(), MeetingClockStart::Enquiry).isValid());
    QVERIFY(!m_calculator.certificateDueBy(CertificatePart::Part1, QDate()).isValid());
    QVERIFY(!m_calculator.referralActionBy(QDate(2026, 1, 5), -1).isValid());
}

QTEST_GUILESS_MAIN(TestDeadlineCalculator)
#include "tst_deadlinecalculator.moc"
