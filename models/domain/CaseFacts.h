#pragma once

#include "domain/DecisionType.h"
#include "domain/PlanSections.h"

#include <QDate>
#include <optional>

// What the rules need to know about one case to advise its route, the
// certificate due and the invitees the law requires. Dates that have not
// happened yet are null.
struct CaseFacts
{
    // The appealable council decision, if there is one (CFA s.51).
    std::optional<DecisionType> decisionType;
    // The plan sections in dispute when the decision is about plan content.
    PlanSections sections;
    QDate decisionNoticeDate;
    // The family told the adviser it does not want mediation (Part 1 trigger).
    QDate notPursuingDate;
    // The mediation meeting ended (Part 2 trigger).
    QDate mediationEndedDate;
    // The service learned the meeting cannot be held within 30 days (Part 3 trigger).
    QDate cannotMeetInTimeDate;
};
