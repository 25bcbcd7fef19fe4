#pragma once

#include "rules/BankHolidayCalendar.h"
#include "rules/Deadline.h"

#include <QDate>
#include <QString>

// Notice of a mediation meeting (rules/README.md section 3, "Notice of the
// meeting"): the family is told the date and place at least 5 working days
// before it, unless they agree to shorter notice. An invitation letter or
// email sent to the family counts as notice.
namespace MeetingNotice {

struct Check
{
    Deadline latest;           // the latest day to send notice, with its working
    bool passed = false;       // that day is before today and no notice is recorded
    bool sentLate = false;     // notice was recorded after that day
    bool needsConsent = false; // passed or sent late, and no consent recorded
    QString warning;           // what to do about it; empty when nothing is needed
    QString summary;           // one line for the booking dialog
};

// `noticeSent` null while no notice is recorded. Nothing is checked for an
// invalid meeting day.
Check check(const BankHolidayCalendar& calendar, const QDate& meetingDay, const QDate& today,
            const QDate& noticeSent, bool shorterNoticeAgreed);

} // namespace MeetingNotice
