#pragma once

#include "domain/Meeting.h"
#include "domain/MeetingRecord.h"
#include "rules/BankHolidayCalendar.h"
#include "rules/CaseDeadlines.h"
#include "rules/MeetingNotice.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <QTime>
#include <QTimeZone>
#include <optional>

// The office's working hours (a setting; 09:00 to 17:00 unless changed).
struct OfficeHours
{
    QTime start{9, 0};
    QTime end{17, 0};

    bool isValid() const { return start.isValid() && end.isValid() && start < end; }
};

// Booking rules for meetings (rules/README.md sections 1, 3 and 4): pure, with
// "today" and everything else the rules need passed in.
namespace MeetingRules {

struct BookingContext
{
    // Other meetings that may clash (any case); cancelled ones and the meeting
    // itself are ignored.
    QList<Meeting> others;
    BankHolidayCalendar calendar;
    OfficeHours hours;
    // The case's meeting-by deadline as CaseDeadlines gives it (none on the
    // disagreement resolution route or before mediation was asked for).
    std::optional<CaseDeadline> meetingBy;
    QDate today;
    // The case's enquiry: no meeting before it (MeetingDateRule).
    QDate enquiryDate;
};

struct BookingCheck
{
    QStringList refusals; // the meeting cannot be booked; each says why
    QStringList warnings; // it can, but someone should know
    std::optional<Deadline> meetingBy;
    int daysLeft = 0;           // today to the meeting-by date; negative once passed
    bool afterDeadline = false; // a mediation meeting past the 30 days: Part 3 due
    // A scheduled mediation meeting: the latest day to send the family notice
    // and whether it has passed (section 3, "Notice of the meeting").
    std::optional<MeetingNotice::Check> notice;
    bool canBook() const { return refusals.isEmpty(); }
};

bool overlaps(const Meeting& a, const Meeting& b);
// What must be fixed before a meeting can be saved at all; empty when fine.
QStringList problems(const Meeting& meeting);
// Problems, clashes (refusals), and working-day, office-hours and deadline warnings.
BookingCheck check(const Meeting& meeting, const BookingContext& context);

// Reg 42: the council acts on agreed actions within 2 weeks of the meeting
// unless a different period is agreed in writing. Other parties have no
// statutory period; the same two weeks is offered as a starting point.
QDate defaultActionDue(ActionParty party, const QDate& meetingDate);
inline constexpr int kCouncilActionDays = 14;
// Notes are kept only where everyone agreed; a record with notes and no
// agreement is refused. Empty when the record may be saved.
QStringList recordProblems(const MeetingRecord& record);

} // namespace MeetingRules
