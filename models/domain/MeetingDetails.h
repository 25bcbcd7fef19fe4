#pragma once

#include <QDateTime>
#include <QString>

// What an invitation says about a booked meeting: when, how (in person at a
// venue, online on a platform, by phone) and where.
struct MeetingDetails
{
    QDateTime startsAt; // UTC
    QDateTime endsAt;   // UTC
    QString mode;       // "in_person", "online" or "phone" (meetings.mode)
    QString platform;   // online: "Microsoft Teams"
    QString link;       // online: the joining link
    QString venueName;
    QString venueAddress;
    QString venuePostcode;
};
