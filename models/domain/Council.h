#pragma once

#include "domain/MeetingClockStart.h"

#include <QString>

// A commissioning council and the settings its contract gives (rules/README.md
// sections 3 and 7: what starts the contract's 30-day target, the referral service level,
// retention).
struct Council
{
    qint64 id = 0;
    QString name;
    QString code;
    // The contract target's start (not the statutory 30 days).
    MeetingClockStart meetingClockStart = MeetingClockStart::MediationRequested;
    int referralActionWorkingDays = 5;
    int retentionYears = 6;
    qint64 rowVersion = 0; // as read, for noticing another desk's save
};
