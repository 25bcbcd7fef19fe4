#pragma once

#include "domain/CaseFacts.h"
#include "domain/CaseStage.h"
#include "domain/ConflictOfInterest.h"
#include "domain/Contact.h"
#include "domain/Invitee.h"
#include "domain/Referral.h"
#include "domain/Route.h"
#include "rules/ReferralValidator.h"

#include <QList>

// The checks on a case's invitee list (issue 5, rules/README.md sections 1, 3 and 6).
// Pure functions of their inputs, like every rule.
namespace InviteeRules {

// What the caseworker is about to do: each step is stricter than the last.
enum class Step
{
    Review,          // looking at the list: everything is a warning
    BookMeeting,     // DR needs every other party's willingness first
    MarkMeetingHeld, // mediation needs the council's decision-maker invited
};

// The step a stage move takes, when the invitee list must allow it: a
// mediation meeting marked held (MarkMeetingHeld), a disagreement resolution
// meeting booked (BookMeeting). None for every other move.
std::optional<Step> stepForMove(Route route, CaseStage to);

struct CaseInvitees
{
    Route route = Route::Mediation;
    CaseFacts facts;          // the decision and the plan sections in dispute
    bool schoolNamed = false; // the case names a school or setting
    QList<Invitee> invitees;
};

// Problems with the list, each keyed by a stable field name:
// - "invitees.council_decision_maker": mediation without a council
//   decision-maker invited (CertificateRules::requiredInvitees; reg 34 the
//   council must send someone with authority). An error when marking the
//   meeting held, a warning before. Before the meeting, a decision-maker on
//   the list counts unless they declined; marking it held needs one who was
//   sent the invitation (invited, confirmed or attended).
// - "invitees.health_representative": health needs or provision (C, G) in
//   dispute and no health representative invited: a warning.
// - "invitees.school_representative": a school-provision disagreement and no
//   school representative invited (flagged as a warning). That is mediation
//   about plan content with section F (special educational provision) or I
//   (placement) in dispute, or disagreement resolution on a case that names a
//   school or setting (DR is about how a setting carries out its duties or
//   the provision it makes).
// - "invitees.willingness": disagreement resolution with no other party, a
//   party whose willingness is not recorded, or one who is unwilling. An
//   error when booking or holding the meeting. Other parties are the school,
//   council, health and social care invitees; not the family, its supporters,
//   advocates, SENDIASS adviser or interpreter.
// - "invitees.supporter": reg 38 (rules/README.md section 3, "Who may
//   attend"): more than one invitee attending as the family's supporter
//   (basisOf; declined and did-not-attend do not count). A warning while
//   reviewing, an error when booking or holding the meeting; the store
//   refuses to save a second one (secondSupporterProblem).
// - "invitees.consent": reg 38 consents for an invitee who is confirmed or
//   attended, by their basis (basisOf): the child or young person needs the
//   parent's and the mediator's; anyone else needs all parties' consent or,
//   failing that, the mediator's. A party or the supporter needs none. An
//   error when holding the meeting, a warning before.
QList<ValidationProblem> check(const CaseInvitees& input, Step step);

// Reg 38: the basis an invitee in this role attends on when nobody has
// chosen (policy, rules/README.md section 3): a party (isParty: the parent
// or young person, the council's people, and the school, health or social
// care when they are parties) attends as a party; the child as the child;
// the supporter, advocate and SENDIASS adviser as the family's supporter;
// everyone else (the school, health and social care when not parties, the
// interpreter) as anyone else, with consent.
AttendanceBasis roleBasis(InviteeRole role, const CaseInvitees& input);
// The default for someone being added to input.invitees: roleBasis, except
// that a supporter-like role becomes "anyone else" when the family already
// has its one supporter.
AttendanceBasis defaultBasis(InviteeRole role, const CaseInvitees& input);
// The basis recorded, else roleBasis (rows saved before schema 20).
AttendanceBasis basisOf(const Invitee& invitee, const CaseInvitees& input);
// Whether the invitee counts towards the one supporter: on the list and
// not declined or absent.
bool countsAsAttending(const Invitee& invitee);
// Reg 38: why `candidate` (new, or an edit of one on input.invitees, matched
// by id) may not be saved as the family's supporter because another invitee
// already is; empty when it may.
QString secondSupporterProblem(const Invitee& candidate, const CaseInvitees& input);

// Whether an invitee in this role is a party to the case (reg 38): the family
// and the council always; the health body when health is in dispute (or any
// DR); the school and social care in DR.
bool isParty(InviteeRole role, const CaseInvitees& input);

// The role a directory contact takes when invited "in their usual role":
// the role the directory gives them, else council decision-maker for one
// marked as such (what the picker shows); none when the directory says
// neither, and the role must be chosen.
std::optional<InviteeRole> usualRole(const Contact& contact);

// Who of the family taken at intake is on the invitee list from the start:
// the young person who brought the case, else the parent named on it; none
// when neither (a referral from a professional without the parent's name).
std::optional<InviteeRole> familyInviteeRole(ReferrerKind referrer, bool parentNamed);

// Whether a new meeting asks this invitee from the start (rules reference
// section 3, "Who may attend"): everyone invited, and the parent or young
// person taken at intake (one of the case's own people, a party to every
// meeting) unless they declined.
bool askedToNewMeeting(const Invitee& invitee);

// Who or what is on a case, for the independence check.
struct CaseParties
{
    qint64 councilId = 0;
    QList<qint64> organisationIds; // the school and invitees' organisations
    QList<qint64> contactIds;      // invitees from the directory
    QList<qint64> personIds;       // the child, the parent and invitees who are people
};

// Independence (rules/README.md section 1): one warning ("mediator.independence")
// per recorded link of the mediator to the case's council, or to any
// organisation, directory contact or person on the case.
QList<ValidationProblem> checkIndependence(const QList<ConflictOfInterest>& mediatorLinks,
                                           const CaseParties& parties);

} // namespace InviteeRules
