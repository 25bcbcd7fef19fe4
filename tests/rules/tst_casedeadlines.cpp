#include "rules/CaseDeadlines.h"

#include <QTest>

Q_DECLARE_METATYPE(Route)
Q_DECLARE_METATYPE(CaseStage)
Q_DECLARE_METATYPE(MeetingClockStart)

// Each expected date is counted by hand on the 2026 calendar (bank holidays:
// 3 and 6 April, 25 May, 25 and 28 December).
class TestCaseDeadlines : public QObject
{
    Q_OBJECT

private slots:
    void nextDeadline_data();
    void nextDeadline();
    void everyDeadlineNamesItsRuleAndStart();
};

void TestCaseDeadlines::nextDeadline_data()
{
    QTest::addColumn<Route>("route");
    QTest::addColumn<CaseStage>("stage");
    QTest::addColumn<MeetingClockStart>("clock");
    QTest::addColumn<QDate>("enquiry");
    QTest::addColumn<QDate>("decision");
    QTest::addColumn<QDate>("requested");
    QTest::addColumn<QDate>("trigger"); // not pursuing / meeting held / no meeting, by stage
    QTest::addColumn<bool>("sectionIOnly");
    QTest::addColumn<QString>("expectedKey"); // empty: waits on nothing
    QTest::addColumn<QDate>("expectedDate");

    const Route M = Route::Mediation;
    const Route D = Route::DisagreementResolution;
    const auto R = MeetingClockStart::MediationRequested;
    const auto E = MeetingClockStart::Enquiry;
    using S = CaseStage;
    const QDate none;
    // Enquiry Monday 23 Nov: 5 working days on is Monday 30 Nov.
    QTest::newRow("enquiry: referral action")
        << M << S::Enquiry << R << QDate(2026, 11, 23) << QDate(2026, 10, 15) << none << none << false
        << "referral_action" << QDate(2026, 11, 30);
    // Information given: the family's 2 months from 15 Oct runs to 15 Dec.
    QTest::newRow("information given: contact by")
        << M << S::InformationGiven << R << QDate(2026, 11, 23) << QDate(2026, 10, 15) << none << none
        << false << "contact_by" << QDate(2026, 12, 15);
    // Told on 2 Nov: day 30 is 2 Dec.
    QTest::newRow("requested: 30 days from request")
        << M << S::MediationRequested << R << QDate(2026, 10, 20) << QDate(2026, 10, 1) << QDate(2026, 11, 2)
        << none << false << "meeting_by" << QDate(2026, 12, 2);
    // A council whose clock starts at enquiry (20 Oct): day 30 is 19 Nov.
    QTest::newRow("arranged: 30 days from enquiry")
        << M << S::MeetingArranged << E << QDate(2026, 10, 20) << QDate(2026, 10, 1) << QDate(2026, 10, 28)
        << none << false << "meeting_by" << QDate(2026, 11, 19);
    QTest::newRow("arranged: January")
        << M << S::MeetingArranged << R << QDate(2026, 1, 2) << QDate(2025, 12, 12) << QDate(2026, 1, 5)
        << none << false << "meeting_by" << QDate(2026, 2, 4);
    // Not pursuing Thursday 24 Dec: 25 and 28 Dec are holidays, so 29, 30, 31.
    QTest::newRow("not pursuing at Christmas: Part 1")
        << M << S::NotPursuing << R << QDate(2026, 12, 21) << QDate(2026, 12, 1) << none
        << QDate(2026, 12, 24) << false << "certificate_part1" << QDate(2026, 12, 31);
    // Held Thursday 2 April: Good Friday and Easter Monday, so 7, 8, 9 April.
    QTest::newRow("held before Easter: Part 2")
        << M << S::MeetingHeld << R << QDate(2026, 3, 2) << QDate(2026, 2, 20) << QDate(2026, 3, 9)
        << QDate(2026, 4, 2) << false << "certificate_part2" << QDate(2026, 4, 9);
    QTest::newRow("held, section I only: nothing due")
        << M << S::MeetingHeld << R << QDate(2026, 3, 2) << QDate(2026, 2, 20) << QDate(2026, 3, 9)
        << QDate(2026, 4, 2) << true << "" << none;
    // Learned on Friday 22 May: 25 May is the spring holiday, so 26, 27, 28.
    QTest::newRow("no meeting in time: Part 3")
        << M << S::NoMeetingInTime << R << QDate(2026, 4, 20) << QDate(2026, 4, 10) << QDate(2026, 4, 21)
        << QDate(2026, 5, 22) << false << "certificate_part3" << QDate(2026, 5, 28);
    QTest::newRow("closed: nothing") << M << S::Closed << R << QDate(2026, 11, 2) << QDate(2026, 10, 15)
                                     << none << none << false << "" << none;
    // DR referral Tuesday 22 Dec: 23, 24, (25, 28 holidays), 29, 30, 31.
    QTest::newRow("DR referral over Christmas")
        << D << S::Referral << R << QDate(2026, 12, 22) << none << none << none << false << "referral_action"
        << QDate(2026, 12, 31);
    QTest::newRow("DR parties contacted: nothing")
        << D << S::PartiesContacted << R << QDate(2026, 11, 2) << none << none << none << false << "" << none;
}

void TestCaseDeadlines::nextDeadline()
{
    QFETCH(Route, route);
    QFETCH(CaseStage, stage);
    QFETCH(MeetingClockStart, clock);
    QFETCH(QDate, enquiry);
    QFETCH(QDate, decision);
    QFETCH(QDate, requested);
    QFETCH(QDate, trigger);
    QFETCH(bool, sectionIOnly);
    QFETCH(QString, expectedKey);
    QFETCH(QDate, expectedDate);

    CaseTimeline t;
    t.route = route;
    t.stage = stage;
    t.meetingClockStart = clock;
    t.enquiryDate = enquiry;
    t.mediationRequestedDate = requested;
    if (route == Route::Mediation) {
        t.facts.decisionNoticeDate = decision;
        t.facts.decisionType = sectionIOnly ? DecisionType::PlanContent : DecisionType::RefusalToAssess;
        if (sectionIOnly)
            t.facts.sections = PlanSections{PlanSection::I};
        if (stage == CaseStage::NotPursuing)
            t.facts.notPursuingDate = trigger;
        if (stage == CaseStage::MeetingHeld)
            t.facts.mediationEndedDate = trigger;
        if (stage == CaseStage::NoMeetingInTime)
            t.facts.cannotMeetInTimeDate = trigger;
    }
    const DeadlineCalculator calculator(BankHolidayCalendar::shipped());
    const std::optional<CaseDeadline> next = CaseDeadlines(calculator).next(t);
    if (expectedKey.isEmpty()) {
        QVERIFY2(!next, next ? qPrintable(next->key()) : "");
        return;
    }
    QVERIFY(next);
    QCOMPARE(next->key(), expectedKey);
    QCOMPARE(next->deadline.date(), expectedDate);
    QVERIFY(next->pending);
}

void TestCaseDeadlines::everyDeadlineNamesItsRuleAndStart()
{
    CaseTimeline t;
    t.stage = CaseStage::MeetingHeld;
    t.enquiryDate = QDate(2026, 3, 2);
    t.mediationRequestedDate = QDate(2026, 3, 9);
    t.facts.decisionType = DecisionType::RefusalToIssue;
    t.facts.decisionNoticeDate = QDate(2026, 2, 20);
    t.facts.mediationEndedDate = QDate(2026, 4, 2);
    const DeadlineCalculator calculator(BankHolidayCalendar::shipped());
    const QList<CaseDeadline> all = CaseDeadlines(calculator).all(t);
    QCOMPARE(all.size(), 5); // referral, contact-by, meeting-by, Part 2, appeal
    int pending = 0;
    for (const CaseDeadline& deadline : all) {
        QVERIFY(deadline.deadline.isValid());
        QVERIFY(!deadline.deadline.rule().isEmpty());
        QVERIFY(deadline.deadline.startDate().isValid());
        QVERIFY(!deadline.title().isEmpty());
        pending += deadline.pending ? 1 : 0;
    }
    QCOMPARE(pending, 1); // only the Part 2 certificate waits at "meeting held"
}

QTEST_GUILESS_MAIN(TestCaseDeadlines)
#include "tst_casedeadlines.moc"
