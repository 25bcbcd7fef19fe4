#include "rules/InviteeRules.h"

#include "rules/CertificateRules.h"

#include <QCoreApplication>

namespace InviteeRules {
namespace {
using Severity = ValidationProblem::Severity;

QString tr(const char* text)
{
    return QCoreApplication::translate("InviteeRules", text);
}

bool hasInvited(const QList<Invitee>& invitees, InviteeRole role)
{
    for (const Invitee& invitee : invitees) {
        if (invitee.role == role && invitee.isInvited())
            return true;
    }
    return false;
}

// On the list and not turned down: what counts before the meeting.
bool hasListed(const QList<Invitee>& invitees, InviteeRole role)
{
    for (const Invitee& invitee : invitees) {
        if (invitee.role == role && invitee.status != InviteeStatus::Declined &&
            invitee.status != InviteeStatus::DidNotAttend)
            return true;
    }
    return false;
}

// The first on the list in `role` still waiting for their invitation.
const Invitee* stillToInvite(const QList<Invitee>& invitees, InviteeRole role)
{
    for (const Invitee& invitee : invitees) {
        if (invitee.role == role && invitee.status == InviteeStatus::ToInvite)
            return &invitee;
    }
    return nullptr;
}

bool healthInDispute(const CaseFacts& facts)
{
    return facts.decisionType == DecisionType::PlanContent && facts.sections.includesHealth();
}

bool schoolProvisionInDispute(const CaseInvitees& input)
{
    if (input.route == Route::DisagreementResolution)
        return input.schoolNamed;
    return input.facts.decisionType == DecisionType::PlanContent &&
           (input.facts.sections.contains(PlanSection::F) || input.facts.sections.contains(PlanSection::I));
}

// The family's own side, who come as of right (reg 38) and are not asked
// whether they are willing.
bool isFamilySide(InviteeRole role)
{
    switch (role) {
    case InviteeRole::ParentCarer:
    case InviteeRole::YoungPerson:
    case InviteeRole::Child:
    case InviteeRole::Supporter:
    case InviteeRole::Advocate:
    case InviteeRole::SendiassAdviser:
    case InviteeRole::Interpreter:
        return true;
    default:
        return false;
    }
}

QString name(const Invitee& invitee)
{
    return invitee.displayName.trimmed().isEmpty() ? tr("an invitee") : invitee.displayName.trimmed();
}
} // namespace

std::optional<Step> stepForMove(Route route, CaseStage to)
{
    if (route == Route::Mediation && to == CaseStage::MeetingHeld)
        return Step::MarkMeetingHeld;
    if (route == Route::DisagreementResolution && to == CaseStage::MeetingBooked)
        return Step::BookMeeting;
    return std::nullopt;
}

bool isParty(InviteeRole role, const CaseInvitees& input)
{
    switch (role) {
    case InviteeRole::ParentCarer:
    case InviteeRole::YoungPerson:
    case InviteeRole::CouncilSendOfficer:
    case InviteeRole::CouncilDecisionMaker:
        return true;
    case InviteeRole::HealthRepresentative:
        return input.route == Route::DisagreementResolution || healthInDispute(input.facts);
    case InviteeRole::SchoolRepresentative:
    case InviteeRole::ClassTeacher:
    case InviteeRole::SocialCareRepresentative:
        return input.route == Route::DisagreementResolution;
    default:
        return false;
    }
}

QList<ValidationProblem> check(const CaseInvitees& input, Step step)
{
    QList<ValidationProblem> problems;
    const bool mediation = input.route == Route::Mediation;

    if (mediation) {
        for (InviteeRole role : CertificateRules::requiredInvitees(input.facts)) {
            if (hasInvited(input.invitees, role))
                continue;
            // Put on the list is invited, for the checks before the meeting;
            // holding it needs the invitation sent.
            if (step != Step::MarkMeetingHeld && hasListed(input.invitees, role))
                continue;
            const Invitee* waiting = stillToInvite(input.invitees, role);
            if (role == InviteeRole::CouncilDecisionMaker && waiting) {
                problems.append({QStringLiteral("invitees.council_decision_maker"),
                                 tr("The meeting cannot be marked held: %1, the council's decision-maker, "
                                    "is still to be invited. Send the invitation and set their status to "
                                    "Invited, or record why the meeting did not go ahead.")
                                     .arg(name(*waiting)),
                                 Severity::Error});
            } else if (role == InviteeRole::CouncilDecisionMaker) {
                problems.append(
                    {QStringLiteral("invitees.council_decision_maker"),
                     step == Step::MarkMeetingHeld
                         ? tr("The meeting cannot be marked held: no council decision-maker with authority "
                              "to "
                              "agree was invited. Invite one, or record why the meeting did not go ahead.")
                         : tr("Invite the council's decision-maker: the council must send someone with "
                              "authority to resolve the issues."),
                     step == Step::MarkMeetingHeld ? Severity::Error : Severity::Warning});
            } else if (role == InviteeRole::HealthRepresentative) {
                problems.append({QStringLiteral("invitees.health_representative"),
                                 tr("Health needs or provision (sections C or G) are in dispute: invite a "
                                    "representative of the integrated care board."),
                                 Severity::Warning});
            }
        }
    }

    if (schoolProvisionInDispute(input) && !hasInvited(input.invitees, InviteeRole::SchoolRepresentative))
        problems.append({QStringLiteral("invitees.school_representative"),
                         mediation
                             ? tr("Special educational provision or placement (sections F or I) is in "
                                  "dispute: invite the SENCO or another school representative.")
                             : tr("The disagreement involves the school or setting: invite the SENCO or "
                                  "another school representative."),
                         Severity::Warning});

    if (!mediation) {
        const Severity severity = step == Step::Review ? Severity::Warning : Severity::Error;
        bool anyParty = false;
        for (const Invitee& invitee : input.invitees) {
            if (isFamilySide(invitee.role))
                continue;
            anyParty = true;
            if (!invitee.willing)
                problems.append({QStringLiteral("invitees.willingness"),
                                 tr("Ask %1 whether they are willing to take part, and record the answer, "
                                    "before a meeting is booked.")
                                     .arg(name(invitee)),
                                 severity});
            else if (!*invitee.willing)
                problems.append(
                    {QStringLiteral("invitees.willingness"),
                     tr("%1 is not willing to take part: disagreement resolution is voluntary, so "
                        "no meeting can be booked; close the case with the reason.")
                         .arg(name(invitee)),
                     severity});
        }
        if (!anyParty)
            problems.append({QStringLiteral("invitees.willingness"),
                             tr("Add the other parties (the school, the council, health or social care) and "
                                "record whether each is willing, before a meeting is booked."),
                             severity});
    }

    // Reg 38 (rules/README.md section 3, "Who may attend"): one supporter,
    // and a consent for the child and for anyone else.
    const Severity attendSeverity = step == Step::Review ? Severity::Warning : Severity::Error;
    const Invitee* firstSupporter = nullptr;
    for (const Invitee& invitee : input.invitees) {
        if (!countsAsAttending(invitee) || basisOf(invitee, input) != AttendanceBasis::Supporter)
            continue;
        if (!firstSupporter) {
            firstSupporter = &invitee;
            continue;
        }
        problems.append({QStringLiteral("invitees.supporter"),
                         tr("%1 and %2 are both down as the family's supporter; only one may attend on that "
                            "basis. Record %2 as attending with consent (anyone else), or as not attending.")
                             .arg(name(*firstSupporter), name(invitee)),
                         attendSeverity});
    }

    for (const Invitee& invitee : input.invitees) {
        if (invitee.status != InviteeStatus::Confirmed && invitee.status != InviteeStatus::Attended)
            continue;
        const Severity severity = step == Step::MarkMeetingHeld ? Severity::Error : Severity::Warning;
        const AttendanceBasis basis = basisOf(invitee, input);
        if (basis == AttendanceBasis::Child) {
            if (!invitee.parentConsentDate.isValid() || !invitee.mediatorConsentDate.isValid())
                problems.append(
                    {QStringLiteral("invitees.consent"),
                     tr("%1 (the child or young person) may attend only with the parent's and the "
                        "mediator's consent: record the date of each.")
                         .arg(name(invitee)),
                     severity});
        } else if (basis == AttendanceBasis::Other && !invitee.allPartiesConsentDate.isValid() &&
                   !invitee.mediatorConsentDate.isValid()) {
            problems.append(
                {QStringLiteral("invitees.consent"),
                 tr("%1 is neither a party nor the family's supporter and may attend only with all "
                    "parties' consent or, where they do not agree, the mediator's: record the date "
                    "it was given.")
                     .arg(name(invitee)),
                 severity});
        }
    }
    return problems;
}

AttendanceBasis roleBasis(InviteeRole role, const CaseInvitees& input)
{
    if (isParty(role, input))
        return AttendanceBasis::Party;
    switch (role) {
    case InviteeRole::Child:
        return AttendanceBasis::Child;
    case InviteeRole::Supporter:
    case InviteeRole::Advocate:
    case InviteeRole::SendiassAdviser:
        return AttendanceBasis::Supporter;
    default:
        return AttendanceBasis::Other;
    }
}

AttendanceBasis defaultBasis(InviteeRole role, const CaseInvitees& input)
{
    const AttendanceBasis basis = roleBasis(role, input);
    if (basis != AttendanceBasis::Supporter)
        return basis;
    for (const Invitee& other : input.invitees) {
        if (countsAsAttending(other) && basisOf(other, input) == AttendanceBasis::Supporter)
            return AttendanceBasis::Other;
    }
    return basis;
}

AttendanceBasis basisOf(const Invitee& invitee, const CaseInvitees& input)
{
    return invitee.basis.value_or(roleBasis(invitee.role, input));
}

bool countsAsAttending(const Invitee& invitee)
{
    return invitee.status != InviteeStatus::Declined && invitee.status != InviteeStatus::DidNotAttend;
}

QString secondSupporterProblem(const Invitee& candidate, const CaseInvitees& input)
{
    if (!countsAsAttending(candidate) || basisOf(candidate, input) != AttendanceBasis::Supporter)
        return {};
    for (const Invitee& other : input.invitees) {
        if (other.id == candidate.id && candidate.id != 0)
            continue;
        if (countsAsAttending(other) && basisOf(other, input) == AttendanceBasis::Supporter)
            return tr("%1 is already the family's supporter, and only one supporter may attend (reg 38). "
                      "Record %2 as attending with consent (anyone else), or change %1's basis first.")
                .arg(name(other), name(candidate));
    }
    return {};
}

std::optional<InviteeRole> usualRole(const Contact& contact)
{
    if (contact.role)
        return contact.role;
    if (contact.isDecisionMaker)
        return InviteeRole::CouncilDecisionMaker;
    return std::nullopt;
}

std::optional<InviteeRole> familyInviteeRole(ReferrerKind referrer, bool parentNamed)
{
    if (referrer == ReferrerKind::YoungPerson)
        return InviteeRole::YoungPerson;
    if (parentNamed)
        return InviteeRole::ParentCarer;
    return std::nullopt;
}

bool askedToNewMeeting(const Invitee& invitee)
{
    if (invitee.isInvited())
        return true;
    const bool family = invitee.personId.has_value() && (invitee.role == InviteeRole::ParentCarer ||
                                                         invitee.role == InviteeRole::YoungPerson);
    return family && invitee.status != InviteeStatus::Declined;
}

QList<ValidationProblem> checkIndependence(const QList<ConflictOfInterest>& mediatorLinks,
                                           const CaseParties& parties)
{
    QList<ValidationProblem> problems;
    for (const ConflictOfInterest& link : mediatorLinks) {
        QString what;
        if (link.councilId && *link.councilId == parties.councilId)
            what = tr("the council");
        else if (link.organisationId && parties.organisationIds.contains(*link.organisationId))
            what = tr("an organisation");
        else if (link.contactId && parties.contactIds.contains(*link.contactId))
            what = tr("an invitee");
        else if (link.personId && parties.personIds.contains(*link.personId))
            what = tr("a person");
        else
            continue;
        const QString who = link.linkedName.trimmed().isEmpty()
                                ? what
                                : what + QStringLiteral(" (%1)").arg(link.linkedName.trimmed());
        problems.append({QStringLiteral("mediator.independence"),
                         tr("The mediator has a recorded link to %1 on this case: %2. Mediators must be "
                            "independent of the parties; choose another mediator or record why it does not "
                            "matter.")
                             .arg(who, link.nature.trimmed().isEmpty() ? tr("no detail recorded")
                                                                       : link.nature.trimmed()),
                         Severity::Warning});
    }
    return problems;
}

} // namespace InviteeRules
