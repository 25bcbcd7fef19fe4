#include "rules/MeetingNotice.h"

#include "rules/DeadlineCalculator.h"
#include "rules/IsoDate.h"

MeetingNotice::Check MeetingNotice::check(const BankHolidayCalendar& calendar, const QDate& meetingDay,
                                          const QDate& today, const QDate& noticeSent,
                                          bool shorterNoticeAgreed)
{
    // rules/README.md section 3, "Notice of the meeting".
    Check result;
    if (!meetingDay.isValid())
        return result;
    result.latest = DeadlineCalculator(calendar).meetingNoticeBy(meetingDay);
    const QDate latest = result.latest.date();
    const QString latestText = IsoDate::describe(latest);
    const QString provisional = result.latest.isProvisional() ? QStringLiteral(" (provisional)") : QString();
    if (noticeSent.isValid()) {
        result.sentLate = noticeSent > latest;
        result.summary = QStringLiteral("Notice sent on %1; the latest day was %2%3.")
                             .arg(IsoDate::describe(noticeSent), latestText, provisional);
    } else {
        result.passed = today.isValid() && today > latest;
        result.summary = QStringLiteral("Send notice of the date and place to the family by %1%2.")
                             .arg(latestText, provisional);
    }
    result.needsConsent = (result.passed || result.sentLate) && !shorterNoticeAgreed;
    if ((result.passed || result.sentLate) && shorterNoticeAgreed)
        result.summary += QStringLiteral(" The family agreed to shorter notice.");
    if (result.needsConsent && result.sentLate)
        result.warning =
            QStringLiteral("Notice was sent on %1, after %2, the latest day for %3 working days' "
                           "notice: record the family's consent to shorter notice, or move the "
                           "meeting.")
                .arg(IsoDate::describe(noticeSent), latestText)
                .arg(DeadlineCalculator::kMeetingNoticeWorkingDays);
    else if (result.needsConsent)
        result.warning = QStringLiteral("The latest day to send notice of this meeting (%1) has passed: the "
                                        "family must agree to shorter notice (record their consent), or move "
                                        "the meeting.")
                             .arg(latestText);
    return result;
}
