#pragma once

#include <QDate>
#include <QString>

// Who arranges the mediation, which fixes what starts the statutory 30 days
// (rules/README.md section 3, "The 30 days by route").
enum class MeetingRoute
{
    CouncilArranged, // the council arranges it: from the council being told the family wishes to mediate
    HealthOnlyIcb, // health-only, arranged by the integrated care board: from the council telling the ICB the
                   // issues
};

// In words, for explanations: "the council being told the family wishes to mediate".
QString meetingRouteStartDescription(MeetingRoute route);
// The law it comes from, for a deadline's rule line.
QString meetingRouteLaw(MeetingRoute route);

// The dates a case records for the statutory 30 days. A null councilTold
// means "the day the family asked the provider" (the mediation-requested
// date), the default.
struct ThirtyDayStart
{
    QDate councilTold; // the council was told the family wishes to mediate
    bool healthOnlyIcb = false;
    QDate icbTold; // the council told the ICB the issues (health-only)

    MeetingRoute route() const
    {
        return healthOnlyIcb ? MeetingRoute::HealthOnlyIcb : MeetingRoute::CouncilArranged;
    }
    bool operator==(const ThirtyDayStart&) const = default;
};
