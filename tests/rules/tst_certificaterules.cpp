// Routes, certificates and required invitees from case facts (rules/README.md
// sections 2, 3 and 5), each expectation taken from the rule by hand.
#include "rules/CertificateRules.h"
#include "rules/RouteAdvisor.h"

#include <QTest>

class TestCertificateRules : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void issueDate_data();
    void issueDate();
    void issuingCapacity_data();
    void issuingCapacity();
};

void TestCertificateRules::rules_data()
{
    QTest::addColumn<QString>("decisionType"); // empty: no appealable decision
    QTest::addColumn<QStringList>("sections");
    QTest::addColumn<QDate>("notPursuing");
    QTest::addColumn<QDate>("mediationEnded");
    QTest::addColumn<QDate>("cannotMeetInTime");
    QTest::addColumn<QString>("route");
    QTest::addColumn<bool>("certificateNeeded");
    QTest::addColumn<int>("part"); // 0: none due
    QTest::addColumn<QDate>("trigger");
    QTest::addColumn<QStringList>("invitees");

    const QDate none;
    const QDate d1(2026, 3, 10);
    const QDate d2(2026, 4, 1);
    const QDate d3(2026, 4, 20);
    const QString mediation = QStringLiteral("mediation");
    const QStringList dm{QStringLiteral("council_decision_maker")};
    const QStringList dmHealth{QStringLiteral("council_decision_maker"),
                               QStringLiteral("health_representative")};

    QTest::newRow("no decision: disagreement resolution")
        << QString() << QStringList{} << none << none << none << "disagreement_resolution" << false << 0
        << none << QStringList{};
    QTest::newRow("DR ignores certificate events")
        << QString() << QStringList{} << d1 << none << none << "disagreement_resolution" << false << 0 << none
        << QStringList{};
    QTest::newRow("refusal to assess, no mediation: Part 1")
        << "refusal_to_assess" << QStringList{} << d1 << none << none << mediation << true << 1 << d1 << dm;
    QTest::newRow("refusal to reassess, no mediation: Part 1")
        << "refusal_to_reassess" << QStringList{} << d1 << none << none << mediation << true << 1 << d1 << dm;
    QTest::newRow("refusal to issue, mediated: Part 2")
        << "refusal_to_issue" << QStringList{} << none << d2 << none << mediation << true << 2 << d2 << dm;
    QTest::newRow("cease to maintain, not in time: Part 3")
        << "cease_to_maintain" << QStringList{} << none << none << d2 << mediation << true << 3 << d2 << dm;
    QTest::newRow("refusal to amend, nothing yet") << "refusal_to_amend" << QStringList{} << none << none
                                                   << none << mediation << true << 0 << none << dm;
    QTest::newRow("section I only, no mediation: none")
        << "plan_content" << QStringList{"I"} << d1 << none << none << mediation << false << 0 << none << dm;
    QTest::newRow("section I only, mediated: no Part 2")
        << "plan_content" << QStringList{"I"} << none << d2 << none << mediation << false << 0 << none << dm;
    QTest::newRow("section I only, not in time: none")
        << "plan_content" << QStringList{"I"} << none << none << d2 << mediation << false << 0 << none << dm;
    QTest::newRow("sections B and I, mediated: Part 2") << "plan_content" << QStringList{"B", "I"} << none
                                                        << d2 << none << mediation << true << 2 << d2 << dm;
    QTest::newRow("sections F and I, no mediation: Part 1")
        << "plan_content" << QStringList{"F", "I"} << d1 << none << none << mediation << true << 1 << d1
        << dm;
    QTest::newRow("section C: health body") << "plan_content" << QStringList{"C"} << none << d2 << none
                                            << mediation << true << 2 << d2 << dmHealth;
    QTest::newRow("sections G and I: health body, certificate")
        << "plan_content" << QStringList{"G", "I"} << none << none << none << mediation << true << 0 << none
        << dmHealth;
    QTest::newRow("sections C and I: health body") << "plan_content" << QStringList{"C", "I"} << d1 << none
                                                   << none << mediation << true << 1 << d1 << dmHealth;
    QTest::newRow("sections B and F: no health body") << "plan_content" << QStringList{"B", "F"} << none
                                                      << none << none << mediation << true << 0 << none << dm;
    QTest::newRow("social care only: not required by law")
        << "plan_content" << QStringList{"D", "H1", "H2"} << none << none << none << mediation << true << 0
        << none << dm;
    QTest::newRow("Part 1, then mediated: Part 2")
        << "refusal_to_assess" << QStringList{} << d1 << d3 << none << mediation << true << 2 << d3 << dm;
    QTest::newRow("Part 3, then mediated: Part 2")
        << "refusal_to_issue" << QStringList{} << none << d3 << d2 << mediation << true << 2 << d3 << dm;
    QTest::newRow("Part 1, then not in time: Part 3")
        << "refusal_to_issue" << QStringList{} << d1 << none << d2 << mediation << true << 3 << d2 << dm;
    QTest::newRow("same day: mediated wins")
        << "refusal_to_issue" << QStringList{} << none << d2 << d2 << mediation << true << 2 << d2 << dm;
}

void TestCertificateRules::rules()
{
    QFETCH(QString, decisionType);
    QFETCH(QStringList, sections);
    QFETCH(QDate, notPursuing);
    QFETCH(QDate, mediationEnded);
    QFETCH(QDate, cannotMeetInTime);
    QFETCH(QString, route);
    QFETCH(bool, certificateNeeded);
    QFETCH(int, part);
    QFETCH(QDate, trigger);
    QFETCH(QStringList, invitees);

    CaseFacts facts;
    if (!decisionType.isEmpty()) {
        facts.decisionType = decisionTypeFromString(decisionType);
        QVERIFY(facts.decisionType);
    }
    QString error;
    QVERIFY2(PlanSections::fromStrings(sections, &facts.sections, &error), qPrintable(error));
    facts.decisionNoticeDate = QDate(2026, 2, 20);
    facts.notPursuingDate = notPursuing;
    facts.mediationEndedDate = mediationEnded;
    facts.cannotMeetInTimeDate = cannotMeetInTime;

    QCOMPARE(routeToString(RouteAdvisor::advise(facts)), route);
    QVERIFY(!RouteAdvisor::reason(facts).isEmpty());
    QCOMPARE(CertificateRules::certificateNeededBeforeAppeal(facts), certificateNeeded);
    const CertificateRules::CertificateDue due = CertificateRules::certificateDue(facts);
    QCOMPARE(due.part ? certificatePartToInt(*due.part) : 0, part);
    QCOMPARE(due.trigger, trigger);
    QVERIFY(!due.reason.isEmpty());
    QStringList roles;
    for (InviteeRole role : CertificateRules::requiredInvitees(facts))
        roles << inviteeRoleToString(role);
    QCOMPARE(roles, invitees);
}

void TestCertificateRules::issueDate_data()
{
    QTest::addColumn<QDate>("trigger");
    QTest::addColumn<QDate>("issueDate");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("problem"); // a part of the sentence; empty: none

    const QDate trigger(2026, 11, 19);
    const QDate today(2026, 11, 23);
    QTest::newRow("on the day of the event") << trigger << trigger << today << QString();
    QTest::newRow("between the event and today") << trigger << QDate(2026, 11, 20) << today << QString();
    QTest::newRow("today") << trigger << today << today << QString();
    QTest::newRow("1900, before the event")
        << trigger << QDate(1900, 1, 1) << today
        << "cannot be dated 1900-01-01, before the event it records (2026-11-19)";
    QTest::newRow("the day before the event")
        << trigger << QDate(2026, 11, 18) << today << "before the event it records";
    QTest::newRow("tomorrow") << trigger << QDate(2026, 11, 24) << today
                              << "cannot be dated 2026-11-24, after today (2026-11-23)";
    QTest::newRow("no date") << trigger << QDate() << today << "Give the date of issue";
}

void TestCertificateRules::issueDate()
{
    QFETCH(QDate, trigger);
    QFETCH(QDate, issueDate);
    QFETCH(QDate, today);
    QFETCH(QString, problem);
    const QString found =
        CertificateRules::issueDateProblem(CertificatePart::Part1, trigger, issueDate, today);
    if (problem.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(found));
    else
        QVERIFY2(found.contains(problem), qPrintable(found));
}

void TestCertificateRules::issuingCapacity_data()
{
    QTest::addColumn<int>("part");
    QTest::addColumn<int>("setting"); // the provider's office for Part 2
    QTest::addColumn<int>("expected");
    const int mediator = static_cast<int>(IssuingCapacity::Mediator);
    const int adviser = static_cast<int>(IssuingCapacity::MediationAdviser);
    // Parts 1 and 3 record what the adviser learned, whatever the setting.
    QTest::newRow("part 1, setting mediator") << 1 << mediator << adviser;
    QTest::newRow("part 1, setting adviser") << 1 << adviser << adviser;
    QTest::newRow("part 2, setting mediator") << 2 << mediator << mediator;
    QTest::newRow("part 2, setting adviser") << 2 << adviser << adviser;
    QTest::newRow("part 3, setting mediator") << 3 << mediator << adviser;
    QTest::newRow("part 3, setting adviser") << 3 << adviser << adviser;
}

void TestCertificateRules::issuingCapacity()
{
    QFETCH(int, part);
    QFETCH(int, setting);
    QFETCH(int, expected);
    QCOMPARE(static_cast<int>(CertificateRules::issuingCapacity(*certificatePartFromInt(part),
                                                                static_cast<IssuingCapacity>(setting))),
             expected);
}

QTEST_GUILESS_MAIN(TestCertificateRules)
#include "tst_certificaterules.moc"
