#include "domain/DecisionType.h"
#include "domain/Organisation.h"
#include "rules/InviteeRules.h"

#include <QTest>

Q_DECLARE_METATYPE(InviteeRules::Step)
Q_DECLARE_METATYPE(InviteeRole)
Q_DECLARE_METATYPE(InviteeStatus)

namespace {
// An invitee as "role/status" with optional flags: "w1" or "w0" (willing or
// not), "pc" and "mc" (parent's and mediator's consent), "ac" (all parties'),
// "bp", "bs", "bc", "bo" (the basis recorded: party, supporter, child, other;
// none: the role's default), "#N" (the id).
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
        else if (flag == QLatin1String("bp"))
            result.basis = AttendanceBasis::Party;
        else if (flag == QLatin1String("bs"))
            result.basis = AttendanceBasis::Supporter;
        else if (flag == QLatin1String("bc"))
            result.basis = AttendanceBasis::Child;
        else if (flag == QLatin1String("bo"))
            result.basis = AttendanceBasis::Other;
        else if (flag.startsWith(QLatin1Char('#')))
            result.id = flag.mid(1).toLongLong();
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
    void attendance_data();
    void attendance();
    void defaultBasis_data();
    void defaultBasis();
    void secondSupporter_data();
    void secondSupporter();
    void basisStrings();
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
    QTest::newRow("the supporter needs no consent")
        << med << "refusal_to_assess" << none << false << (familyAndDm + QStringList{"supporter/attended"})
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

// Reg 38 (rules/README.md section 3, "Who may attend"): the basis each
// invitee attends on, one supporter, consents by basis. Each row is a
// mediation about a refusal to assess (no health, no school in dispute)
// with the parent confirmed and the decision-maker invited, plus `extra`.
void TestInviteeRules::attendance_data()
{
    using Step = InviteeRules::Step;
    QTest::addColumn<QString>("route");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<InviteeRules::Step>("step");
    QTest::addColumn<QStringList>("expected");
    const QString med = QStringLiteral("mediation");

    QTest::newRow("one supporter, no consent needed")
        << med << QStringList{"sendiass_adviser/attended"} << Step::MarkMeetingHeld << QStringList{};
    QTest::newRow("supporter, advocate and SENDIASS: two too many")
        << med << QStringList{"supporter/attended", "advocate/attended", "sendiass_adviser/attended"}
        << Step::MarkMeetingHeld << QStringList{"E:invitees.supporter", "E:invitees.supporter"};
    QTest::newRow("two supporters confirmed: a warning while reviewing")
        << med << QStringList{"supporter/confirmed", "advocate/confirmed"} << Step::Review
        << QStringList{"W:invitees.supporter"};
    QTest::newRow("the second as anyone else, all parties consenting")
        << med << QStringList{"supporter/attended", "advocate/attended/bo/ac"} << Step::MarkMeetingHeld
        << QStringList{};
    QTest::newRow("the second as anyone else, no consent")
        << med << QStringList{"supporter/attended", "advocate/attended/bo"} << Step::MarkMeetingHeld
        << QStringList{"E:invitees.consent"};
    QTest::newRow("a second supporter who declined does not count")
        << med << QStringList{"supporter/attended", "sendiass_adviser/declined"} << Step::MarkMeetingHeld
        << QStringList{};
    QTest::newRow("nor one who did not attend")
        << med << QStringList{"supporter/attended", "advocate/did_not_attend"} << Step::MarkMeetingHeld
        << QStringList{};
    QTest::newRow("a recorded supporter basis counts whatever the role")
        << med << QStringList{"supporter/confirmed", "school_representative/confirmed/bs"}
        << Step::MarkMeetingHeld << QStringList{"E:invitees.supporter"};
    QTest::newRow("anyone else with the mediator's consent (parties did not agree)")
        << med << QStringList{"school_representative/attended/mc"} << Step::MarkMeetingHeld << QStringList{};
    QTest::newRow("an interpreter is anyone else: consent needed")
        << med << QStringList{"interpreter/attended"} << Step::MarkMeetingHeld
        << QStringList{"E:invitees.consent"};
    QTest::newRow("an interpreter with all parties' consent")
        << med << QStringList{"interpreter/attended/ac"} << Step::MarkMeetingHeld << QStringList{};
    QTest::newRow("anyone else confirmed without consent: a warning before")
        << med << QStringList{"class_teacher/confirmed"} << Step::Review << QStringList{"W:invitees.consent"};
    QTest::newRow("anyone else only invited: nothing yet")
        << med << QStringList{"class_teacher/invited"} << Step::MarkMeetingHeld << QStringList{};
    QTest::newRow("the child with only the mediator's consent")
        << med << QStringList{"child/attended/mc"} << Step::MarkMeetingHeld
        << QStringList{"E:invitees.consent"};
    QTest::newRow("a SENCO recorded as a party needs no consent")
        << med << QStringList{"school_representative/attended/bp"} << Step::MarkMeetingHeld << QStringList{};
    QTest::newRow("the parent's consent alone does not admit anyone else")
        << med << QStringList{"health_representative/attended/pc"} << Step::MarkMeetingHeld
        << QStringList{"E:invitees.consent"};
    QTest::newRow("DR: the school is a party, no consent")
        << QStringLiteral("disagreement_resolution") << QStringList{"school_representative/attended/w1"}
        << Step::MarkMeetingHeld << QStringList{};
}

void TestInviteeRules::attendance()
{
    QFETCH(QString, route);
    QFETCH(QStringList, extra);
    QFETCH(InviteeRules::Step, step);
    QFETCH(QStringList, expected);
    InviteeRules::CaseInvitees input;
    input.route = routeFromString(route).value();
    input.facts.decisionType =
        input.route == Route::Mediation ? decisionTypeFromString("refusal_to_assess") : std::nullopt;
    input.invitees << invitee(QStringLiteral("parent_carer/confirmed"));
    if (input.route == Route::Mediation)
        input.invitees << invitee(QStringLiteral("council_decision_maker/invited"));
    for (const QString& text : extra)
        input.invitees << invitee(text);
    const QList<ValidationProblem> problems = InviteeRules::check(input, step);
    QCOMPARE(summary(problems), expected);
    for (const ValidationProblem& problem : problems)
        QVERIFY2(problem.message.size() > 20, qPrintable(problem.message));
}

void TestInviteeRules::defaultBasis_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("decision");
    QTest::addColumn<QStringList>("sections");
    QTest::addColumn<QStringList>("listed");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("expected");
    const QString med = QStringLiteral("mediation");
    const QString dr = QStringLiteral("disagreement_resolution");
    const QString rta = QStringLiteral("refusal_to_assess");
    const QStringList none;
    QTest::newRow("parent") << med << rta << none << none << "parent_carer"
                            << "party";
    QTest::newRow("young person") << med << rta << none << none << "young_person"
                                  << "party";
    QTest::newRow("council SEND officer") << med << rta << none << none << "council_send_officer"
                                          << "party";
    QTest::newRow("decision-maker") << med << rta << none << none << "council_decision_maker"
                                    << "party";
    QTest::newRow("child") << med << rta << none << none << "child"
                           << "child";
    QTest::newRow("SENDIASS, the first") << med << rta << none << none << "sendiass_adviser"
                                         << "supporter";
    QTest::newRow("advocate after a supporter")
        << med << rta << none << QStringList{"supporter/confirmed"} << "advocate"
        << "other";
    QTest::newRow("advocate after a supporter who declined")
        << med << rta << none << QStringList{"supporter/declined"} << "advocate"
        << "supporter";
    QTest::newRow("supporter after a SENCO recorded as supporter")
        << med << rta << none << QStringList{"school_representative/invited/bs"} << "supporter"
        << "other";
    QTest::newRow("SENCO at a mediation")
        << med << "plan_content" << QStringList{"F"} << none << "school_representative"
        << "other";
    QTest::newRow("SENCO at DR") << dr << "" << none << none << "school_representative"
                                 << "party";
    QTest::newRow("health, section G in dispute")
        << med << "plan_content" << QStringList{"G"} << none << "health_representative"
        << "party";
    QTest::newRow("health, refusal to assess") << med << rta << none << none << "health_representative"
                                               << "other";
    QTest::newRow("social care at a mediation") << med << rta << none << none << "social_care_representative"
                                                << "other";
    QTest::newRow("interpreter") << med << rta << none << none << "interpreter"
                                 << "other";
}

void TestInviteeRules::defaultBasis()
{
    QFETCH(QString, route);
    QFETCH(QString, decision);
    QFETCH(QStringList, sections);
    QFETCH(QStringList, listed);
    QFETCH(QString, role);
    QFETCH(QString, expected);
    InviteeRules::CaseInvitees input;
    input.route = routeFromString(route).value();
    input.facts.decisionType = decisionTypeFromString(decision);
    QString error;
    QVERIFY(PlanSections::fromStrings(sections, &input.facts.sections, &error));
    for (const QString& text : listed)
        input.invitees << invitee(text);
    const InviteeRole chosen = inviteeRoleFromString(role).value();
    QCOMPARE(attendanceBasisToString(InviteeRules::defaultBasis(chosen, input)), expected);
}

void TestInviteeRules::secondSupporter_data()
{
    QTest::addColumn<QStringList>("listed");
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<bool>("refused");
    QTest::newRow("the first supporter")
        << QStringList{"parent_carer/invited/#1"} << "supporter/to_invite/bs" << false;
    QTest::newRow("a second supporter") << QStringList{"parent_carer/invited/#1", "advocate/confirmed/bs/#2"}
                                        << "supporter/to_invite/bs" << true;
    QTest::newRow("a second, the first saved before schema 20 (role default)")
        << QStringList{"sendiass_adviser/invited/#2"} << "supporter/to_invite/bs" << true;
    QTest::newRow("editing the supporter itself")
        << QStringList{"advocate/confirmed/bs/#2"} << "advocate/attended/bs/#2" << false;
    QTest::newRow("the first supporter declined")
        << QStringList{"advocate/declined/bs/#2"} << "supporter/invited/bs/#3" << false;
    QTest::newRow("a second who is declining")
        << QStringList{"advocate/confirmed/bs/#2"} << "supporter/declined/bs/#3" << false;
    QTest::newRow("the second as anyone else")
        << QStringList{"advocate/confirmed/bs/#2"} << "supporter/invited/bo/#3" << false;
}

void TestInviteeRules::secondSupporter()
{
    QFETCH(QStringList, listed);
    QFETCH(QString, candidate);
    QFETCH(bool, refused);
    InviteeRules::CaseInvitees input;
    input.facts.decisionType = decisionTypeFromString("refusal_to_assess");
    for (const QString& text : listed)
        input.invitees << invitee(text);
    const QString problem = InviteeRules::secondSupporterProblem(invitee(candidate), input);
    QCOMPARE(!problem.isEmpty(), refused);
    if (refused)
        QVERIFY2(problem.contains(QStringLiteral("only one supporter")), qPrintable(problem));
}

void TestInviteeRules::basisStrings()
{
    for (AttendanceBasis basis : allAttendanceBases()) {
        QCOMPARE(attendanceBasisFromString(attendanceBasisToString(basis)), basis);
        QVERIFY(!attendanceBasisTitle(basis).isEmpty());
    }
    QCOMPARE(attendanceBasisToString(AttendanceBasis::Other), QStringLiteral("other"));
    QVERIFY(!attendanceBasisFromString(QStringLiteral("lawyer")));
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
