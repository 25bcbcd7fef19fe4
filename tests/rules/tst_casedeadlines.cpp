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
    void thirtyDaysByRoute_data();
    void thirtyDaysByRoute();
    void appealCountsFromTheCertificate_data();
    void appealCountsFromTheCertificate();
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
    // A council whose contract counts from the enquiry (20 Oct, target 19
    // Nov): the case still waits on the statutory 30 days from 28 Oct, 27 Nov.
    QTest::newRow("arranged: statutory, not the contract's enquiry start")
        << M << S::MeetingArranged << E << QDate(2026, 10, 20) << QDate(2026, 10, 1) << QDate(2026, 10, 28)
        << none << false << "meeting_by" << QDate(2026, 11, 27);
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
    QCOMPARE(all.size(), 6); // referral, contact-by, meeting-by, contract target, Part 2, appeal
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

void TestCaseDeadlines::thirtyDaysByRoute_data()
{
    // rules/README.md section 3, "The 30 days by route": 30 calendar days,
    // day 1 the day after the start, day 30 the last day; nothing moves for
    // weekends, bank holidays, Christmas or August. The statutory start is
    // the day the council was told the family wishes to mediate (the asked
    // date when none is recorded) or, health-only arranged by the ICB, the
    // day the council told the ICB the issues. The contract target counts
    // from the council's contract start and is never pending.
    QTest::addColumn<QDate>("enquiry");
    QTest::addColumn<QDate>("asked");       // mediation requested (the family asked the provider)
    QTest::addColumn<QDate>("councilTold"); // null: not recorded (the asked date)
    QTest::addColumn<bool>("healthOnly");
    QTest::addColumn<QDate>("icbTold");
    QTest::addColumn<MeetingClockStart>("contract");
    QTest::addColumn<QDate>("statutory"); // null: none yet
    QTest::addColumn<QDate>("target");    // null: none
    const auto R = MeetingClockStart::MediationRequested;
    const auto E = MeetingClockStart::Enquiry;
    const QDate none;
    // Council told on the day asked (default), Mon 2 Nov 2026: 3 Nov is day 1, 2 Dec day 30.
    QTest::newRow("council, default start") << QDate(2026, 10, 20) << QDate(2026, 11, 2) << none << false
                                            << none << R << QDate(2026, 12, 2) << QDate(2026, 12, 2);
    // Asked Fri 27 Nov, council told Mon 30 Nov: 30 Dec (25 and 28 Dec count).
    // The contract target from the request: 27 Dec, a Sunday, not moved.
    QTest::newRow("council told later, over Christmas")
        << QDate(2026, 11, 20) << QDate(2026, 11, 27) << QDate(2026, 11, 30) << false << none << R
        << QDate(2026, 12, 30) << QDate(2026, 12, 27);
    // Told Wed 25 Nov 2026: day 30 is Christmas Day and stays there.
    QTest::newRow("ends on Christmas Day")
        << QDate(2026, 11, 2) << QDate(2026, 11, 25) << QDate(2026, 11, 25) << false << none << R
        << QDate(2026, 12, 25) << QDate(2026, 12, 25);
    // Told Thu 26 Nov 2026: Sat 26 Dec (Boxing Day, substitute Mon 28 Dec), not moved.
    QTest::newRow("ends on Boxing Day") << QDate(2026, 11, 2) << QDate(2026, 11, 26) << QDate(2026, 11, 26)
                                        << false << none << R << QDate(2026, 12, 26) << QDate(2026, 12, 26);
    // Told Tue 1 Dec 2026: 31 Dec.
    QTest::newRow("December") << QDate(2026, 11, 2) << QDate(2026, 12, 1) << QDate(2026, 12, 1) << false
                              << none << R << QDate(2026, 12, 31) << QDate(2026, 12, 31);
    // Told Wed 2 Dec 2026: 1 Jan 2027, New Year's Day, not moved.
    QTest::newRow("ends on New Year's Day") << QDate(2026, 11, 2) << QDate(2026, 12, 2) << QDate(2026, 12, 2)
                                            << false << none << R << QDate(2027, 1, 1) << QDate(2027, 1, 1);
    // Told Sun 31 Jan 2027: February has 28 days (day 28 is 28 Feb), 1 Mar day 29, 2 Mar day 30.
    QTest::newRow("over a common February") << QDate(2027, 1, 4) << QDate(2027, 1, 29) << QDate(2027, 1, 31)
                                            << false << none << R << QDate(2027, 3, 2) << QDate(2027, 2, 28);
    // Told Mon 31 Jan 2028: 29 Feb is day 29, 1 Mar day 30.
    QTest::newRow("over a leap February") << QDate(2028, 1, 10) << QDate(2028, 1, 31) << none << false << none
                                          << R << QDate(2028, 3, 1) << QDate(2028, 3, 1);
    // Told Thu 30 Apr 2026: 1 May is day 1, 30 May day 30 (25 May holiday counts).
    // Contract from the enquiry, Mon 20 Apr: 20 May.
    QTest::newRow("month end, contract from enquiry")
        << QDate(2026, 4, 20) << QDate(2026, 4, 30) << none << false << none << E << QDate(2026, 5, 30)
        << QDate(2026, 5, 20);
    // Told Tue 31 Mar 2026: 30 Apr; Good Friday and Easter Monday count.
    QTest::newRow("over Easter") << QDate(2026, 3, 16) << QDate(2026, 3, 31) << QDate(2026, 3, 31) << false
                                 << none << R << QDate(2026, 4, 30) << QDate(2026, 4, 30);
    // Told Sat 15 Aug 2026: 16 Aug is day 1, 31 Aug day 16, 14 Sep day 30; August counts.
    QTest::newRow("August counts") << QDate(2026, 8, 3) << QDate(2026, 8, 14) << QDate(2026, 8, 15) << false
                                   << none << R << QDate(2026, 9, 14) << QDate(2026, 9, 13);
    // Enquiry Tue 15 Dec 2026 (contract target 14 Jan 2027); asked and told
    // Mon 4 Jan 2027: 5 Jan day 1, 31 Jan day 27, 3 Feb day 30.
    QTest::newRow("contract from enquiry before the statutory start")
        << QDate(2026, 12, 15) << QDate(2027, 1, 4) << none << false << none << E << QDate(2027, 2, 3)
        << QDate(2027, 1, 14);
    // Health-only: asked Thu 10 Sep 2026, council told the ICB Mon 14 Sep: 14 Oct.
    // The contract target from the request: 10 Oct.
    QTest::newRow("health-only, from the ICB being told")
        << QDate(2026, 9, 2) << QDate(2026, 9, 10) << QDate(2026, 9, 10) << true << QDate(2026, 9, 14) << R
        << QDate(2026, 10, 14) << QDate(2026, 10, 10);
    // Health-only, ICB told Sun 20 Dec 2026: 21-31 Dec are days 1-11, 19 Jan 2027 day 30.
    QTest::newRow("health-only over Christmas and New Year")
        << QDate(2026, 12, 1) << QDate(2026, 12, 18) << none << true << QDate(2026, 12, 20) << R
        << QDate(2027, 1, 19) << QDate(2027, 1, 17);
    // Health-only, ICB told Tue 29 Feb 2028: 1 Mar day 1, 30 Mar day 30.
    QTest::newRow("health-only from 29 February")
        << QDate(2028, 2, 1) << QDate(2028, 2, 25) << none << true << QDate(2028, 2, 29) << R
        << QDate(2028, 3, 30) << QDate(2028, 3, 26);
    // Health-only: the council's own told date does not start it; ICB told
    // Mon 5 Oct 2026: 6 Oct day 1, 31 Oct day 26, 4 Nov day 30.
    QTest::newRow("health-only ignores the council-told date")
        << QDate(2026, 9, 21) << QDate(2026, 10, 1) << QDate(2026, 10, 1) << true << QDate(2026, 10, 5) << E
        << QDate(2026, 11, 4) << QDate(2026, 10, 21);
    // Health-only and the ICB not told yet: no statutory date until it is;
    // the contract target from the request, 1 Oct: 31 Oct.
    QTest::newRow("health-only, ICB not told yet") << QDate(2026, 9, 21) << QDate(2026, 10, 1) << none << true
                                                   << none << R << none << QDate(2026, 10, 31);
    // The family has not asked: neither.
    QTest::newRow("not asked yet") << QDate(2026, 9, 21) << none << none << false << none << E << none
                                   << none;
}

void TestCaseDeadlines::thirtyDaysByRoute()
{
    QFETCH(QDate, enquiry);
    QFETCH(QDate, asked);
    QFETCH(QDate, councilTold);
    QFETCH(bool, healthOnly);
    QFETCH(QDate, icbTold);
    QFETCH(MeetingClockStart, contract);
    QFETCH(QDate, statutory);
    QFETCH(QDate, target);

    CaseTimeline t;
    t.stage = CaseStage::MediationRequested;
    t.enquiryDate = enquiry;
    t.mediationRequestedDate = asked;
    t.thirtyDayStart.councilTold = councilTold;
    t.thirtyDayStart.healthOnlyIcb = healthOnly;
    t.thirtyDayStart.icbTold = icbTold;
    t.meetingClockStart = contract;
    const DeadlineCalculator calculator(BankHolidayCalendar::shipped());
    std::optional<CaseDeadline> meetingBy;
    std::optional<CaseDeadline> contractBy;
    for (const CaseDeadline& deadline : CaseDeadlines(calculator).all(t)) {
        if (deadline.kind == CaseDeadline::Kind::MeetingBy)
            meetingBy = deadline;
        if (deadline.kind == CaseDeadline::Kind::ContractMeetingBy)
            contractBy = deadline;
    }
    // Once the family has asked there is always a statutory row; without
    // its start date (health-only, ICB not told) it has no date.
    QCOMPARE(meetingBy.has_value(), asked.isValid());
    if (meetingBy)
        QCOMPARE(meetingBy->deadline.isValid(), statutory.isValid());
    if (meetingBy && statutory.isValid()) {
        QCOMPARE(meetingBy->deadline.date(), statutory);
        QVERIFY(meetingBy->pending); // the case waits on the statutory one
        QCOMPARE(meetingBy->key(), QStringLiteral("meeting_by"));
        QVERIFY(meetingBy->deadline.rule().contains(meetingRouteStartDescription(
            healthOnly ? MeetingRoute::HealthOnlyIcb : MeetingRoute::CouncilArranged)));
        QCOMPARE(CaseDeadlines::statutoryStart(t), meetingBy->deadline.startDate());
        // The next deadline of a case waiting for its meeting is the statutory one.
        const std::optional<CaseDeadline> next = CaseDeadlines(calculator).next(t);
        QVERIFY(next);
        QCOMPARE(next->key(), QStringLiteral("meeting_by"));
    }
    QCOMPARE(contractBy.has_value(), target.isValid());
    if (contractBy) {
        QCOMPARE(contractBy->deadline.date(), target);
        QVERIFY(!contractBy->pending); // a service level: never what the case waits on
        QCOMPARE(contractBy->key(), QStringLiteral("contract_meeting_by"));
        QVERIFY(contractBy->title().startsWith(QStringLiteral("Contract target")));
        QVERIFY(contractBy->deadline.rule().contains(meetingClockStartDescription(contract)));
    }
}

// Rule 20: the appeal is in time two months from the decision notice or one
// month from the certificate, whichever is later (a certificate issued in
// the program or recorded by a case import as issued outside it).
void TestCaseDeadlines::appealCountsFromTheCertificate_data()
{
    QTest::addColumn<QDate>("issued");
    QTest::addColumn<QDate>("expected");
    // Decision notice Friday 20 February 2026: two months, Monday 20 April.
    QTest::newRow("no certificate") << QDate() << QDate(2026, 4, 20);
    QTest::newRow("certificate 10 March: its month ends first") << QDate(2026, 3, 10) << QDate(2026, 4, 20);
    QTest::newRow("certificate 7 April: Thursday 7 May") << QDate(2026, 4, 7) << QDate(2026, 5, 7);
}

void TestCaseDeadlines::appealCountsFromTheCertificate()
{
    QFETCH(QDate, issued);
    QFETCH(QDate, expected);
    CaseTimeline t;
    t.stage = CaseStage::MeetingHeld;
    t.enquiryDate = QDate(2026, 3, 2);
    t.mediationRequestedDate = QDate(2026, 3, 9);
    t.facts.decisionType = DecisionType::RefusalToIssue;
    t.facts.decisionNoticeDate = QDate(2026, 2, 20);
    t.facts.mediationEndedDate = QDate(2026, 4, 2);
    if (issued.isValid())
        t.issuedCertificates << CertificatePart::Part2;
    t.certificateIssuedOn = issued;
    const DeadlineCalculator calculator(BankHolidayCalendar::shipped());
    QDate appeal;
    for (const CaseDeadline& deadline : CaseDeadlines(calculator).all(t)) {
        if (deadline.kind == CaseDeadline::Kind::Appeal)
            appeal = deadline.deadline.date();
    }
    QCOMPARE(appeal, expected);
}

QTEST_GUILESS_MAIN(TestCaseDeadlines)
#include "tst_casedeadlines.moc"
