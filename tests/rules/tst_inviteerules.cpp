#include "domain/DecisionType.h"
#include "domain/Organisation.h"
#include "rules/InviteeRules.h"

#include <QTest>

Q_DECLARE_METATYPE(InviteeRules::Step)
Q_DECLARE_METATYPE(InviteeRole)
Q_DECLARE_METATYPE(InviteeStatus)

namespace {
// An invitee as "role/status" with optional flags: "w1" or "w0" (willing or
// not), "pc" and "mc" (parent's and mediator's consent), "ac" (all parties').
Invitee invitee(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    Invitee result;
    result.displayName = parts.value(0);
    result.role = inviteeRoleFromString(parts.value(0)).value();
    result.status = inviteeStatusFromString(parts.value(1)).value();
    for (const QString& flag : parts.mid(2)) {
        if (flag == QLatin1String("w1"))
            result.willing = true;
        else if (flag == QLatin1String("w0"))
            result.willing = false;
        else if (flag == QLatin1String("pc"))
            result.parentConsentDate = QDate(2026, 11, 2);
        else if (flag == QLatin1String("mc"))
            result.mediatorConsentDate = QDate(2026, 11, 3);
        else if (flag == QLatin1String("ac"))
            result.allPartiesConsentDate = QDate(2026, 11, 4);
    }
    return result;
}

// "E:field" or "W:field", in the order found.
QStringList summary(const QList<ValidationProblem>& problems)
{
    QStringList out;
    for (const ValidationProblem& problem : problems)
        out << (problem.severity == ValidationProblem::Severity::Error ? QStringLiteral("E:")
                                                                       : QStringLiteral("W:")) +
                   problem.field;
    return out;
}
} // namespace

class TestInviteeRules : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void independence_data();
    void independence();
    void statusStrings();
    void stepForMove_data();
    void stepForMove();
    void usualRole();
    void familyInviteeRole();
    void askedToNewMeeting_data();
    void askedToNewMeeting();
    void stillToInviteIsNamedWhenHolding();
};

void TestInviteeRules::check_data()
{
    using Step = InviteeRules::Step;
    QTest::addColumn<QString>("route"); // "mediation" or "disagreement_resolution"
    QTest::addColumn<QString>("decision");
    QTest::addColumn<QStringList>("sections");
    QTest::addColumn<bool>("schoolNamed");
    QTest::addColumn<QStringList>("invitees");
    QTest::addColumn<InviteeRules::Step>("step");
    QTest::addColumn<QStringList>("expected");

    const QString med = QStringLiteral("mediation");
    const QString dr = QStringLiteral("disagreement_resolution");
    const QStringList none;
    const QStringList familyAndDm{"parent_carer/confirmed", "council_decision_maker/invited"};

    // Mediation: the decision-maker.
    QTest::newRow("refusal to assess, decision-maker invited, held")
        << med << "refusal_to_assess" << none << false << familyAndDm << Step::MarkMeetingHeld
        << QStringList{};
    QTest::newRow("no decision-maker: cannot be marked held")
        << med << "refusal_to_assess" << none << false << QStringList{"parent_carer/confirmed"}
        << Step::MarkMeetingHeld << QStringList{"E:invitees.council_decision_maker"};
    QTest::newRow("no decision-maker: a warning before the meeting")
        << med << "refusal_to_assess" << none << false << QStringList{"parent_carer/confirmed"}
        << Step::Review << QStringList{"W:invitees.council_decision_maker"};
    QTest::newRow("decision-maker declined counts as not invited")
        << med << "cease_to_maintain" << none << false
        << QStringList{"parent_carer/confirmed", "council_decision_maker/declined"} << Step::MarkMeetingHeld
        << QStringList{"E:invitees.council_decision_maker"};
    QTest::newRow("decision-maker still to invite")
        << med << "cease_to_maintain" << none << false
        << QStringList{"parent_carer/confirmed", "council_decision_maker/to_invite"} << Step::MarkMeetingHeld
        << QStringList{"E:invitees.council_decision_maker"};
    // "Invite" in the picker puts them on the list: before the meeting that clears the check.
    QTest::newRow("decision-maker on the list, still to invite: no warning before the meeting")
        << med << "cease_to_maintain" << none << false
        << QStringList{"parent_carer/to_invite", "council_decision_maker/to_invite"} << Step::Review
        << QStringList{};
    QTest::newRow("decision-maker declined: warned again before the meeting")
        << med << "cease_to_maintain" << none << false
        << QStringList{"parent_carer/to_invite", "council_decision_maker/declined"} << Step::Review
        << QStringList{"W:invitees.council_decision_maker"};
    QTest::newRow("a SEND officer is not the decision-maker")
        << med << "refusal_to_issue" << none << false
        << QStringList{"parent_carer/confirmed", "council_send_officer/attended"} << Step::MarkMeetingHeld
        << QStringList{"E:invitees.council_decision_maker"};

    // Health sections C and G.
    QTest::newRow("section G without health: warning")
        << med << "plan_content" << QStringList{"G"} << false << familyAndDm << Step::MarkMeetingHeld
        << QStringList{"W:invitees.health_representative"};
    QTest::newRow("section C with health invited")
        << med << "plan_content" << QStringList{"C"} << false
        << (familyAndDm + QStringList{"health_representative/confirmed"}) << Step::MarkMeetingHeld
        << QStringList{};
    QTest::newRow("section D needs no health")
        << med << "plan_content" << QStringList{"D"} << false << familyAndDm << Step::Review << QStringList{};

    // School provision: F or I in mediation; a named school in DR.
    QTest::newRow("section F without school")
        << med << "plan_content" << QStringList{"F"} << true << familyAndDm << Step::Review
        << QStringList{"W:invitees.school_representative"};
    QTest::newRow("section I only, without school")
        << med << "plan_content" << QStringList{"I"} << false << familyAndDm << Step::Review
        << QStringList{"W:invitees.school_representative"};
    QTest::newRow("sections F and G, neither invited")
        << med << "plan_content" << QStringList{"F", "G"} << true << familyAndDm << Step::Review
        << QStringList{"W:invitees.health_representative", "W:invitees.school_representative"};
    QTest::newRow("section F with the SENCO, consent given")
        << med << "plan_content" << QStringList{"F"} << true
        << (familyAndDm + QStringList{"school_representative/confirmed/ac"}) << Step::MarkMeetingHeld
        << QStringList{};
    QTest::newRow("a class teacher alone does not speak for the school")
        << med << "plan_content" << QStringList{"F"} << true
        << (familyAndDm + QStringList{"class_teacher/invited"}) << Step::Review
        << QStringList{"W:invitees.school_representative"};
    QTest::newRow("refusal to assess needs no school")
        << med << "refusal_to_assess" << none << true << familyAndDm << Step::Review << QStringList{};

    // Mediation consents (reg 38).
    QTest::newRow("child without consents: error when held")
        << med << "refusal_to_assess" << none << false << (familyAndDm + QStringList{"child/attended/pc"})
        << Step::MarkMeetingHeld << QStringList{"E:invitees.consent"};
    QTest::newRow("child without consents: warning before")
        << med << "refusal_to_assess" << none << false << (familyAndDm + QStringList{"child/confirmed"})
        << Step::Review << QStringList{"W:invitees.consent"};
    QTest::newRow("child with both consents")
        << med << "refusal_to_assess" << none << false << (familyAndDm + QStringList{"child/attended/pc/mc"})
        << Step::MarkMeetingHeld << QStringList{};
    QTest::newRow("child only invited: nothing yet")
        << med << "refusal_to_assess" << none << false << (familyAndDm + QStringList{"child/invited"})
        << Step::MarkMeetingHeld << QStringList{};
    QTest::newRow("SENCO at a mediation needs all parties' consent")
        << med << "plan_content" << QStringList{"F"} << true
        << (familyAndDm + QStringList{"school_representative/attended"}) << Step::MarkMeetingHeld
        << QStringList{"E:invitees.consent"};
    QTest::newRow("supporter, advocate, SENDIASS and interpreter need none")
        << med << "refusal_to_assess" << none << false
        << (familyAndDm + QStringList{"supporter/attended", "advocate/attended", "sendiass_adviser/attended",
                                      "interpreter/attended"})
        << Step::MarkMeetingHeld << QStringList{};
    QTest::newRow("health at a section G mediation is a party")
        << med << "plan_content" << QStringList{"G"} << false
        << (familyAndDm + QStringList{"health_representative/attended"}) << Step::MarkMeetingHeld
        << QStringList{};
    QTest::newRow("health at a refusal to assess is not")
        << med << "refusal_to_assess" << none << false
        << (familyAndDm + QStringList{"health_representative/attended"}) << Step::MarkMeetingHeld
        << QStringList{"E:invitees.consent"};

    // Disagreement resolution: every other party's willingness.
    QTest::newRow("DR: all willing, book")
        << dr << "" << none << true
        << QStringList{"parent_carer/confirmed", "school_representative/invited/w1",
                       "council_send_officer/invited/w1"}
        << Step::BookMeeting << QStringList{};
    QTest::newRow("DR: school not asked, book refused")
        << dr << "" << none << false
        << QStringList{"parent_carer/confirmed", "school_representative/to_invite"} << Step::BookMeeting
        << QStringList{"E:invitees.willingness"};
    QTest::newRow("DR: school not asked, review warns")
        << dr << "" << none << false
        << QStringList{"parent_carer/confirmed", "school_representative/to_invite"} << Step::Review
        << QStringList{"W:invitees.willingness"};
    QTest::newRow("DR: council unwilling")
        << dr << "" << none << true
        << QStringList{"parent_carer/confirmed", "school_representative/invited/w1",
                       "council_send_officer/declined/w0"}
        << Step::BookMeeting << QStringList{"E:invitees.willingness"};
    QTest::newRow("DR: two not asked, two errors")
        << dr << "" << none << false
        << QStringList{"parent_carer/confirmed", "health_representative/invited",
                       "social_care_representative/invited"}
        << Step::BookMeeting << QStringList{"E:invitees.willingness", "E:invitees.willingness"};
    QTest::newRow("DR: no other party at all")
        << dr << "" << none << false << QStringList{"parent_carer/confirmed", "sendiass_adviser/confirmed"}
        << Step::BookMeeting << QStringList{"E:invitees.willingness"};
    QTest::newRow("DR: the family's side is never asked")
        << dr << "" << none << false
        << QStringList{"parent_carer/confirmed", "supporter/invited", "health_representative/invited/w1"}
        << Step::BookMeeting << QStringList{};
    QTest::newRow("DR naming a school, without one")
        << dr << "" << none << true
        << QStringList{"parent_carer/confirmed", "council_send_officer/invited/w1"} << Step::BookMeeting
        << QStringList{"W:invitees.school_representative"};
    QTest::newRow("DR needs no decision-maker")
        << dr << "" << none << false
        << QStringList{"parent_carer/confirmed", "social_care_representative/invited/w1"}
        << Step::MarkMeetingHeld << QStringList{};
}

void TestInviteeRules::check()
{
    QFETCH(QString, route);
    QFETCH(QString, decision);
    QFETCH(QStringList, sections);
    QFETCH(bool, schoolNamed);
    QFETCH(QStringList, invitees);
    QFETCH(InviteeRules::Step, step);
    QFETCH(QStringList, expected);
    InviteeRules::CaseInvitees input;
    input.route = routeFromString(route).value();
    input.facts.decisionType = decisionTypeFromString(decision);
    QString error;
    QVERIFY(PlanSections::fromStrings(sections, &input.facts.sections, &error));
    input.schoolNamed = schoolNamed;
    for (const QString& text : invitees)
        input.invitees << invitee(text);
    const QList<ValidationProblem> problems = InviteeRules::check(input, step);
    QCOMPARE(summary(problems), expected);
    for (const ValidationProblem& problem : problems)
        QVERIFY2(problem.message.size() > 20, qPrintable(problem.message));
}

void TestInviteeRules::independence_data()
{
    QTest::addColumn<QString>("link"); // "council:1", "organisation:7", "contact:3", "person:5"
    QTest::addColumn<bool>("warns");
    QTest::newRow("the case's council") << "council:1" << true;
    QTest::newRow("another council") << "council:2" << false;
    QTest::newRow("the school") << "organisation:7" << true;
    QTest::newRow("an invitee's organisation") << "organisation:8" << true;
    QTest::newRow("an organisation not on the case") << "organisation:9" << false;
    QTest::newRow("an invitee from the directory") << "contact:3" << true;
    QTest::newRow("a contact not invited") << "contact:4" << false;
    QTest::newRow("the parent") << "person:5" << true;
    QTest::newRow("someone else") << "person:6" << false;
}

void TestInviteeRules::independence()
{
    QFETCH(QString, link);
    QFETCH(bool, warns);
    InviteeRules::CaseParties parties;
    parties.councilId = 1;
    parties.organisationIds = {7, 8};
    parties.contactIds = {3};
    parties.personIds = {10, 5};
    ConflictOfInterest conflict;
    conflict.userId = 2;
    conflict.nature = QStringLiteral("worked there until 2024");
    conflict.linkedName = QStringLiteral("Larkfield Primary School");
    const qint64 id = link.section(QLatin1Char(':'), 1).toLongLong();
    const QString kind = link.section(QLatin1Char(':'), 0, 0);
    if (kind == QLatin1String("council"))
        conflict.councilId = id;
    else if (kind == QLatin1String("organisation"))
        conflict.organisationId = id;
    else if (kind == QLatin1String("contact"))
        conflict.contactId = id;
    else
        conflict.personId = id;
    const QList<ValidationProblem> problems = InviteeRules::checkIndependence({conflict}, parties);
    QCOMPARE(problems.size(), warns ? 1 : 0);
    if (warns) {
        QCOMPARE(problems.first().field, QStringLiteral("mediator.independence"));
        QCOMPARE(problems.first().severity, ValidationProblem::Severity::Warning);
        QVERIFY(problems.first().message.contains(QStringLiteral("worked there until 2024")));
        QVERIFY(problems.first().message.contains(QStringLiteral("Larkfield Primary School")));
    }
    // No links, no warnings.
    QVERIFY(InviteeRules::checkIndependence({}, parties).isEmpty());
}

void TestInviteeRules::statusStrings()
{
    for (InviteeStatus status : allInviteeStatuses())
        QCOMPARE(inviteeStatusFromString(inviteeStatusToString(status)), status);
    QCOMPARE(allInviteeStatuses().size(), 6);
    QVERIFY(!inviteeStatusFromString(QStringLiteral("maybe")));
    for (OrganisationKind kind : allOrganisationKinds())
        QCOMPARE(organisationKindFromString(organisationKindToString(kind)), kind);
    QCOMPARE(allOrganisationKinds().size(), 10);
}

void TestInviteeRules::usualRole()
{
    Contact contact;
    QCOMPARE(InviteeRules::usualRole(contact), std::nullopt);
    // Marked a decision-maker in the directory, with no role: what the picker shows.
    contact.isDecisionMaker = true;
    QCOMPARE(InviteeRules::usualRole(contact), std::optional(InviteeRole::CouncilDecisionMaker));
    // The directory's role wins.
    contact.role = InviteeRole::CouncilSendOfficer;
    QCOMPARE(InviteeRules::usualRole(contact), std::optional(InviteeRole::CouncilSendOfficer));
}

void TestInviteeRules::familyInviteeRole()
{
    QCOMPARE(InviteeRules::familyInviteeRole(ReferrerKind::Parent, true),
             std::optional(InviteeRole::ParentCarer));
    QCOMPARE(InviteeRules::familyInviteeRole(ReferrerKind::Professional, true),
             std::optional(InviteeRole::ParentCarer));
    QCOMPARE(InviteeRules::familyInviteeRole(ReferrerKind::YoungPerson, true),
             std::optional(InviteeRole::YoungPerson));
    QCOMPARE(InviteeRules::familyInviteeRole(ReferrerKind::YoungPerson, false),
             std::optional(InviteeRole::YoungPerson));
    QCOMPARE(InviteeRules::familyInviteeRole(ReferrerKind::Professional, false), std::nullopt);
}

void TestInviteeRules::stillToInviteIsNamedWhenHolding()
{
    InviteeRules::CaseInvitees input;
    input.facts.decisionType = DecisionType::RefusalToAssess;
    Invitee dm = invitee(QStringLiteral("council_decision_maker/to_invite"));
    dm.displayName = QStringLiteral("Kwame Achterberg");
    input.invitees = {invitee(QStringLiteral("parent_carer/confirmed")), dm};
    const QList<ValidationProblem> problems = InviteeRules::check(input, InviteeRules::Step::MarkMeetingHeld);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().severity, ValidationProblem::Severity::Error);
    QVERIFY2(problems.first().message.contains(QStringLiteral("Kwame Achterberg")) &&
                 problems.first().message.contains(QStringLiteral("still to be invited")),
             qPrintable(problems.first().message));
}

void TestInviteeRules::askedToNewMeeting_data()
{
    QTest::addColumn<bool>("fromIntake"); // one of the case's own people
    QTest::addColumn<InviteeRole>("role");
    QTest::addColumn<InviteeStatus>("status");
    QTest::addColumn<bool>("asked");
    using R = InviteeRole;
    using S = InviteeStatus;
    QTest::newRow("parent from intake, not yet invited") << true << R::ParentCarer << S::ToInvite << true;
    QTest::newRow("young person from intake") << true << R::YoungPerson << S::ToInvite << true;
    QTest::newRow("parent from intake who declined") << true << R::ParentCarer << S::Declined << false;
    QTest::newRow("parent added by hand, not yet invited") << false << R::ParentCarer << S::ToInvite << false;
    QTest::newRow("the child, one of the case's people") << true << R::Child << S::ToInvite << false;
    QTest::newRow("SENCO invited") << false << R::SchoolRepresentative << S::Invited << true;
    QTest::newRow("SENCO confirmed") << false << R::SchoolRepresentative << S::Confirmed << true;
    QTest::newRow("SENCO not yet invited") << false << R::SchoolRepresentative << S::ToInvite << false;
}

void TestInviteeRules::askedToNewMeeting()
{
    QFETCH(bool, fromIntake);
    QFETCH(InviteeRole, role);
    QFETCH(InviteeStatus, status);
    QFETCH(bool, asked);
    Invitee invitee;
    invitee.displayName = QStringLiteral("Someone");
    if (fromIntake)
        invitee.personId = 7;
    invitee.role = role;
    invitee.status = status;
    QCOMPARE(InviteeRules::askedToNewMeeting(invitee), asked);
}

QTEST_GUILESS_MAIN(TestInviteeRules)
#include "tst_inviteerules.moc"

void TestInviteeRules::stepForMove_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("step"); // -1: no check; else InviteeRules::Step
    using Step = InviteeRules::Step;
    QTest::newRow("mediation held") << "mediation"
                                    << "meeting_held" << int(Step::MarkMeetingHeld);
    QTest::newRow("mediation arranged") << "mediation"
                                        << "meeting_arranged" << -1;
    QTest::newRow("mediation closed") << "mediation"
                                      << "closed" << -1;
    QTest::newRow("dr booked") << "disagreement_resolution"
                               << "meeting_booked" << int(Step::BookMeeting);
    QTest::newRow("dr all willing") << "disagreement_resolution"
                                    << "all_willing" << -1;
    QTest::newRow("dr outcome") << "disagreement_resolution"
                                << "outcome_recorded" << -1;
}

void TestInviteeRules::stepForMove()
{
    QFETCH(QString, route);
    QFETCH(QString, to);
    QFETCH(int, step);
    const auto stage = caseStageFromString(to);
    QVERIFY(stage);
    const auto result = InviteeRules::stepForMove(routeFromString(route).value(), *stage);
    QCOMPARE(result ? int(*result) : -1, step);
}
