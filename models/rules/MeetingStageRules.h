#pragma once

#include "domain/CaseStage.h"
#include "domain/Meeting.h"

#include <optional>

// What a meeting does to its case (rules.md sections 3 and 6): booking a
// mediation arranges the meeting, holding it starts the Part 2 clock, learning
// that it cannot be held in time starts the Part 3 clock, and cancelling the
// only meeting takes the case back to waiting for one. The same for a
// disagreement resolution meeting and its stages. The store makes the move in
// the same transaction as the meeting.
namespace MeetingStageRules {

enum class MeetingEvent
{
    Booked,
    Held,
    Cancelled,
    CannotBeHeldInTime, // cancelled because it cannot take place within the 30 days
};

// The stage the case moves to, or none when the event leaves it where it is
// (an information call, a case already past that point, another meeting
// still booked or held). `otherMeetings` says whether the case has another
// meeting of the same kind that is scheduled or held. `part3DutyStands`
// says whether the Part 3 duty has arisen on a mediation case: it was
// recorded that no meeting could be held within the 30 days, or the 30 days
// have passed with no meeting held (rules reference section 3, step 6). A
// mediation cancelled then does not take the case back to waiting for a
// meeting: it goes to "no meeting within 30 days", so the Part 3 certificate
// stays due (or stays issued) and is never lost.
std::optional<CaseStage> stageAfter(MeetingKind kind, MeetingEvent event, Route route, CaseStage current,
                                    bool otherMeetings, bool part3DutyStands = false);
// Whether the move stageAfter() gave is forward (checked by the stage machine
// and dated) or a step back that keeps every date (the meeting cancelled).
bool isForward(MeetingEvent event, CaseStage to);

} // namespace MeetingStageRules
