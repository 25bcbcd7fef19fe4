#include "rules/CaseDeadlines.h"
#include "rules/MediationRequestRule.h"

#include <QTest>

Q_DECLARE_METATYPE(Route)
Q_DECLARE_METATYPE(CaseStage)

// Reg 34's second trigger (rules reference section 3): the family did not
// pursue mediation, and Part 1 is due within 3 working days of the day the
// adviser recorded it. Every expected date is counted by hand on the shipped
// calendar (2026: 3 and 6 April, 4 and 25 May, 31 August, 25 and 28
// December; 2027: 1 January, 26 and 29 March, 30 August, 27 and 28 December;
// 2028 projected: 3 January). The recorded day itself never counts
// (section 4), and nothing moves the 3 working days for Christmas or August.
class TestNotPursuedRule : public QObject
{
    Q_OBJECT

private slots:
    void part1Due_data();
    void part1Due();
    void mayRecord_data();
    void mayRecord();
    void dateProblem_data();
    void dateProblem();
};

void TestNotPursuedRule::part1Due_data()
{
    QTest::addColumn<QDate>("recorded");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<bool>("provisional");
    QTest::newRow("Mon 2 Nov 2026: Tue 3, Wed 4, Thu 5") << QDate(2026, 11, 2) << QDate(2026, 11, 5) << false;
    QTest::newRow("Wed 4 Nov 2026: Thu 5, Fri 6, over the weekend to Mon 9")
        << QDate(2026, 11, 4) << QDate(2026, 11, 9) << false;
    QTest::newRow("Fri 6 Nov 2026: Mon 9, Tue 10, Wed 11")
        << QDate(2026, 11, 6) << QDate(2026, 11, 11) << false;
    QTest::newRow("recorded on Sat 7 Nov 2026: Mon 9, Tue 10, Wed 11")
        << QDate(2026, 11, 7) << QDate(2026, 11, 11) << false;
    QTest::newRow("recorded on Sun 8 Nov 2026: Mon 9, Tue 10, Wed 11")
        << QDate(2026, 11, 8) << QDate(2026, 11, 11) << false;
    QTest::newRow("Wed 1 Apr 2026: Thu 2, Good Friday and Easter Monday skipped, Tue 7, Wed 8")
        << QDate(2026, 4, 1) << QDate(2026, 4, 8) << false;
    QTest::newRow("Thu 2 Apr 2026: Tue 7, Wed 8, Thu 9 after Easter")
        << QDate(2026, 4, 2) << QDate(2026, 4, 9) << false;
    QTest::newRow("Fri 1 May 2026: Mon 4 May a bank holiday, Tue 5, Wed 6, Thu 7")
        << QDate(2026, 5, 1) << QDate(2026, 5, 7) << false;
    QTest::newRow("Fri 22 May 2026: Mon 25 May a bank holiday, Tue 26, Wed 27, Thu 28")
        << QDate(2026, 5, 22) << QDate(2026, 5, 28) << false;
    QTest::newRow("Fri 14 Aug 2026: August moves nothing, Mon 17, Tue 18, Wed 19")
        << QDate(2026, 8, 14) << QDate(2026, 8, 19) << false;
    QTest::newRow("Thu 27 Aug 2026: Fri 28, Mon 31 Aug a bank holiday, Tue 1, Wed 2 Sep")
        << QDate(2026, 8, 27) << QDate(2026, 9, 2) << false;
    QTest::newRow("Wed 23 Dec 2026: Thu 24, then 25 and 28 Dec skipped, Tue 29, Wed 30")
        << QDate(2026, 12, 23) << QDate(2026, 12, 30) << false;
    QTest::newRow("Thu 24 Dec 2026: Tue 29, Wed 30, Thu 31")
        << QDate(2026, 12, 24) << QDate(2026, 12, 31) << false;
    QTest::newRow("recorded on Christmas Day 2026: Tue 29, Wed 30, Thu 31")
        << QDate(2026, 12, 25) << QDate(2026, 12, 31) << false;
    QTest::newRow("Tue 29 Dec 2026: Wed 30, Thu 31, New Year's Day skipped, Mon 4 Jan 2027")
        << QDate(2026, 12, 29) << QDate(2027, 1, 4) << false;
    QTest::newRow("Thu 31 Dec 2026: Mon 4, Tue 5, Wed 6 Jan 2027")
        << QDate(2026, 12, 31) << QDate(2027, 1, 6) << false;
    QTest::newRow("Thu 25 Mar 2027: Good Friday 26 and Easter Monday 29 skipped, Tue 30, Wed 31, Thu 1 Apr")
        << QDate(2027, 3, 25) << QDate(2027, 4, 1) << false;
    QTest::newRow("recorded on bank holiday Mon 30 Aug 2027: Tue 31, Wed 1, Thu 2 Sep")
        << QDate(2027, 8, 30) << QDate(2027, 9, 2) << false;
    QTest::newRow("Fri 24 Dec 2027: 27 and 28 Dec substitutes skipped, Wed 29, Thu 30, Fri 31")
        << QDate(2027, 12, 24) << QDate(2027, 12, 31) << false;
    QTest::newRow("Wed 29 Dec 2027: Thu 30, Fri 31, Mon 3 Jan 2028 skipped, Tue 4 Jan 2028 (projected year)")
        << QDate(2027, 12, 29) << QDate(2028, 1, 4) << true;
}

// Through CaseDeadlines, as the store keeps the case's next deadline (what
// the case list, the dashboard, the Certificates screen and `certificates
// due` all read).
void TestNotPursuedRule::part1Due()
{
    QFETCH(QDate, recorded);
    QFETCH(QDate, due);
    QFETCH(bool, provisional);
    CaseTimeline t;
    t.route = Route::Mediation;
    t.stage = CaseStage::NotPursuing;
    t.enquiryDate = recorded.addDays(-20);
    t.informationGivenDate = recorded.addDays(-18);
    t.facts.decisionType = DecisionType::RefusalToAssess;
    t.facts.decisionNoticeDate = recorded.addDays(-25);
    t.facts.notPursuingDate = recorded;
    const DeadlineCalculator calculator(BankHolidayCalendar::shipped());
    const std::optional<CaseDeadline> next = CaseDeadlines(calculator).next(t);
    QVERIFY(next);
    QCOMPARE(next->key(), QStringLiteral("certificate_part1"));
    QCOMPARE(next->deadline.date(), due);
    QCOMPARE(next->deadline.startDate(), recorded);
    QCOMPARE(next->deadline.isProvisional(), provisional);
}

void TestNotPursuedRule::mayRecord_data()
{
    QTest::addColumn<Route>("route");
    QTest::addColumn<CaseStage>("current");
    QTest::addColumn<bool>("may");
    using S = CaseStage;
    const Route M = Route::Mediation;
    QTest::newRow("information given: waiting for the family") << M << S::InformationGiven << true;
    QTest::newRow("enquiry: the information comes first") << M << S::Enquiry << false;
    QTest::newRow("already not pursuing") << M << S::NotPursuing << false;
    QTest::newRow("mediation requested: they pursued it") << M << S::MediationRequested << false;
    QTest::newRow("meeting arranged") << M << S::MeetingArranged << false;
    QTest::newRow("closed") << M << S::Closed << false;
    QTest::newRow("disagreement resolution") << Route::DisagreementResolution << S::Referral << false;
}

void TestNotPursuedRule::mayRecord()
{
    QFETCH(Route, route);
    QFETCH(CaseStage, current);
    QFETCH(bool, may);
    QCOMPARE(MediationRequestRule::mayRecordNotPursued(route, current), may);
}

void TestNotPursuedRule::dateProblem_data()
{
    QTest::addColumn<QDate>("recorded");
    QTest::addColumn<QString>("problem"); // a word the message must hold; empty: accepted
    // Enquiry Mon 2 Nov 2026, information given Wed 4 Nov 2026, today Wed 9 Dec 2026.
    QTest::newRow("today") << QDate(2026, 12, 9) << QString();
    QTest::newRow("the day the information was given") << QDate(2026, 11, 4) << QString();
    QTest::newRow("in between") << QDate(2026, 11, 27) << QString();
    QTest::newRow("tomorrow: future") << QDate(2026, 12, 10) << QStringLiteral("future");
    QTest::newRow("before the enquiry") << QDate(2026, 11, 1) << QStringLiteral("Mon 2 Nov 2026");
    QTest::newRow("before the information") << QDate(2026, 11, 3) << QStringLiteral("Wed 4 Nov 2026");
    QTest::newRow("no date") << QDate() << QStringLiteral("Give the date");
}

void TestNotPursuedRule::dateProblem()
{
    QFETCH(QDate, recorded);
    QFETCH(QString, problem);
    const QString got = MediationRequestRule::notPursuedDateProblem(recorded, QDate(2026, 11, 2),
                                                                    QDate(2026, 11, 4), QDate(2026, 12, 9));
    if (problem.isEmpty())
        QVERIFY2(got.isEmpty(), qPrintable(got));
    else
        QVERIFY2(got.contains(problem), qPrintable(got));
}

QTEST_GUILESS_MAIN(TestNotPursuedRule)
#include "tst_notpursuedrule.moc"
