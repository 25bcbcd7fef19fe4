#pragma once

#include "domain/MeetingClockStart.h"

#include <QString>

// A commissioning council and the settings its contract gives (rules/README.md
// sections 3 and 7: what starts the 30 days, the referral service level,
// retention).
struct Council
{
    qint64 id = 0;
    QString name;
    QString code;
    MeetingClockStart meetingClockStart = MeetingClockStart::MediationRequested;
    int referralActionWorkingDays = 5;
    int retentionYears = 6;
};
