#include "rules/MeetingStageRules.h"

#include "rules/StageMachine.h"

namespace MeetingStageRules {

std::optional<CaseStage> stageAfter(MeetingKind kind, MeetingEvent event, Route route, CaseStage current,
                                    bool otherMeetings, bool part3DutyStands)
{
    using S = CaseStage;
    const bool mediation = kind == MeetingKind::Mediation && route == Route::Mediation;
    const bool resolution =
        kind == MeetingKind::DisagreementResolution && route == Route::DisagreementResolution;
    if (!mediation && !resolution)
        return std::nullopt; // calls, or a meeting of the other route, move nothing
    std::optional<S> to;
    switch (event) {
    case MeetingEvent::Booked:
        to = mediation ? S::MeetingArranged : S::MeetingBooked;
        break;
    case MeetingEvent::Held:
        to = mediation ? S::MeetingHeld : S::OutcomeRecorded;
        break;
    case MeetingEvent::CannotBeHeldInTime:
        if (mediation) {
            to = S::NoMeetingInTime;
            break;
        }
        [[fallthrough]]; // no 30-day duty on disagreement resolution: as cancelled
    case MeetingEvent::Cancelled:
        // Back to waiting for a meeting, only from the stage the booking made
        // and only when no other meeting still stands.
        if (otherMeetings)
            return std::nullopt;
        // Once the Part 3 duty has arisen it stands: the case does not go
        // back to waiting for a meeting (rules reference section 3, step 6).
        if (mediation && current == S::MeetingArranged)
            return part3DutyStands ? S::NoMeetingInTime : S::MediationRequested;
        if (resolution && current == S::MeetingBooked)
            return S::AllWilling;
        return std::nullopt;
    }
    // Forward moves follow the stage machine: a case already past this point
    // (a second meeting, an adjourned one) stays where it is.
    if (!to || !StageMachine::movesFrom(route, current).contains(*to))
        return std::nullopt;
    return to;
}

bool isForward(MeetingEvent event, CaseStage to)
{
    // "No meeting within 30 days" is dated (the Part 3 trigger), whatever led there.
    return event == MeetingEvent::Booked || event == MeetingEvent::Held || to == CaseStage::NoMeetingInTime;
}

} // namespace MeetingStageRules
