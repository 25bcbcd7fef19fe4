#pragma once

#include <QDate>
#include <QString>

// The one rule for the dates of a meeting, for booking, moving and recording
// it held: a meeting may be on record in the past (it was arranged by phone
// and entered later), with a warning, but never before the case's enquiry;
// it is held on its own date, never before it nor after today.
namespace MeetingDateRule {

struct Result
{
    QString refusal; // empty when the date may be saved
    QString warning; // empty when nothing needs saying
};

// A meeting on `meetingDate` (office time) for a case whose enquiry was on `enquiryDate`.
Result checkBooking(const QDate& meetingDate, const QDate& enquiryDate, const QDate& today);
// Recorded held on `heldDate` for a meeting booked from `startDate` to
// `endDate` (office time; the same day unless it ran past midnight).
Result checkHeld(const QDate& heldDate, const QDate& startDate, const QDate& endDate,
                 const QDate& enquiryDate, const QDate& today);

} // namespace MeetingDateRule
