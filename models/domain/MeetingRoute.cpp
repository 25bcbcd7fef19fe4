#include "domain/MeetingRoute.h"

QString meetingRouteStartDescription(MeetingRoute route)
{
    switch (route) {
    case MeetingRoute::CouncilArranged:
        return QStringLiteral("the council being told the family wishes to mediate");
    case MeetingRoute::HealthOnlyIcb:
        return QStringLiteral("the council telling the ICB the issues (health-only)");
    }
    return {};
}

QString meetingRouteLaw(MeetingRoute route)
{
    switch (route) {
    case MeetingRoute::CouncilArranged:
        return QStringLiteral("CFA s.53 and the SEND Regulations 2014, Part 6: the statutory deadline");
    case MeetingRoute::HealthOnlyIcb:
        return QStringLiteral("CFA s.54 and the SEND Regulations 2014, Part 6: the statutory deadline");
    }
    return {};
}
