#include "domain/MeetingRoute.h"

#include "domain/EnumTable.h"

namespace {
// Never stored (ThirtyDayStart keeps a flag); the words go into the rules'
// explanations, which are in English.
constexpr auto kStarts = enumTable<MeetingRoute>(
    "MeetingRoute",
    {
        {MeetingRoute::CouncilArranged, nullptr, "the council being told the family wishes to mediate"},
        {MeetingRoute::HealthOnlyIcb, nullptr, "the council telling the ICB the issues (health-only)"},
    });
constexpr auto kLaws = enumTable<MeetingRoute>(
    "MeetingRoute", {
                        {MeetingRoute::CouncilArranged, nullptr,
                         "CFA s.53 and the SEND Regulations 2014, Part 6: the statutory deadline"},
                        {MeetingRoute::HealthOnlyIcb, nullptr,
                         "CFA s.54 and the SEND Regulations 2014, Part 6: the statutory deadline"},
                    });
} // namespace

QString meetingRouteStartDescription(MeetingRoute route)
{
    return kStarts.englishTitle(route);
}

QString meetingRouteLaw(MeetingRoute route)
{
    return kLaws.englishTitle(route);
}
