#include "rules/MeetingDateRule.h"

#include "rules/IsoDate.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("MeetingDateRule", text);
}
} // namespace

namespace MeetingDateRule {

Result checkBooking(const QDate& meetingDate, const QDate& enquiryDate, const QDate& today)
{
    Result result;
    if (!meetingDate.isValid())
        return result; // MeetingRules::problems asks for the date
    if (enquiryDate.isValid() && meetingDate < enquiryDate)
        result.refusal =
            tr("The meeting cannot be before the case's enquiry on %1.").arg(IsoDate::describe(enquiryDate));
    else if (today.isValid() && meetingDate < today)
        result.warning = tr("%1 is in the past: this records a meeting already arranged; check the date.")
                             .arg(IsoDate::describe(meetingDate));
    return result;
}

Result checkHeld(const QDate& heldDate, const QDate& startDate, const QDate& endDate,
                 const QDate& enquiryDate, const QDate& today)
{
    Result result;
    if (!heldDate.isValid()) {
        result.refusal = tr("Give the date the meeting was held.");
        return result;
    }
    const QDate last = endDate.isValid() ? endDate : startDate;
    if (enquiryDate.isValid() && heldDate < enquiryDate)
        result.refusal = tr("The meeting cannot have been held before the case's enquiry on %1.")
                             .arg(IsoDate::describe(enquiryDate));
    else if (today.isValid() && heldDate > today)
        result.refusal = tr("The meeting cannot have been held after today.");
    else if (startDate.isValid() && (heldDate < startDate || heldDate > last))
        result.refusal = tr("The meeting is booked for %1; if it took place on another day, move it to "
                            "that day first.")
                             .arg(IsoDate::describe(startDate));
    return result;
}

} // namespace MeetingDateRule
