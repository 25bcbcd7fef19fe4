#include "rules/DeadlineCalculator.h"

#include "rules/DateArithmetic.h"
#include "rules/DateTrace.h"
#include "rules/IsoDate.h"

#include <QLocale>

namespace {
// "Mon 2 Mar 2026 + 2 calendar months = Sat 2 May 2026", saying so when the
// month is too short for the day-number.
QString monthsStep(const QString& what, const QDate& from, int months, const QDate& result)
{
    const QString period =
        months == 1 ? QStringLiteral("1 calendar month") : QStringLiteral("%1 calendar months").arg(months);
    QString step = QStringLiteral("%1 %2 + %3 = %4")
                       .arg(what, IsoDate::describe(from), period, IsoDate::describe(result));
    if (result.day() != from.day())
        step += QStringLiteral(" (%1 has no day %2, so the last day of that month)")
                    .arg(QLocale::c().toString(result, QStringLiteral("MMMM yyyy")))
                    .arg(from.day());
    else
        step += QStringLiteral(" (the same day-number)");
    return step + QLatin1Char('.');
}
} // namespace

Deadline DeadlineCalculator::contactBy(const QDate& decisionNoticeSent) const
{
    if (!decisionNoticeSent.isValid())
        return {};
    DateTrace trace;
    const QDate date = DateArithmetic::addCalendarMonths(decisionNoticeSent, 2);
    trace.addStep(monthsStep(QStringLiteral("Decision notice sent"), decisionNoticeSent, 2, date));
    trace.addStep(
        QStringLiteral("A period in calendar months: the date is not moved for weekends or bank holidays."));
    return Deadline(QStringLiteral("Contact the mediation adviser within 2 months of the decision notice "
                                   "(SEND Regulations 2014, reg 33)"),
                    decisionNoticeSent, QStringLiteral("the date the decision notice was sent"), date, trace,
                    coverage());
}

Deadline DeadlineCalculator::workingDaysDeadline(const QString& rule, const QDate& start,
                                                 const QString& startEvent, int n) const
{
    if (!start.isValid() || n < 0)
        return {};
    DateTrace trace;
    const QDate date = m_workingDays.addWorkingDays(start, n, &trace);
    return Deadline(rule, start, startEvent, date, trace, coverage());
}

Deadline DeadlineCalculator::workingDaysAfter(const QDate& from, int workingDays) const
{
    return workingDaysDeadline(
        QStringLiteral("%1 working days after a date; the date itself is not counted").arg(workingDays), from,
        QStringLiteral("the date counted from"), workingDays);
}

Deadline DeadlineCalculator::referralActionBy(const QDate& referralReceived, int workingDays) const
{
    return workingDaysDeadline(
        QStringLiteral("Referral actioned within %1 working days (the council's contract)").arg(workingDays),
        referralReceived, QStringLiteral("the date the referral was received"), workingDays);
}

Deadline DeadlineCalculator::meetingBy(const QDate& clockStarted, MeetingRoute route) const
{
    return thirtyDays(QStringLiteral("Mediation meeting held within %1 calendar days of %2 (%3)")
                          .arg(kMeetingCalendarDays)
                          .arg(meetingRouteStartDescription(route), meetingRouteLaw(route)),
                      clockStarted, meetingRouteStartDescription(route));
}

Deadline DeadlineCalculator::contractMeetingBy(const QDate& clockStarted, MeetingClockStart startEvent) const
{
    return thirtyDays(QStringLiteral("Contract target: meeting within %1 days of %2 (the council's contract; "
                                     "a service level, not the statutory deadline)")
                          .arg(kMeetingCalendarDays)
                          .arg(meetingClockStartDescription(startEvent)),
                      clockStarted, meetingClockStartDescription(startEvent));
}

Deadline DeadlineCalculator::thirtyDays(const QString& rule, const QDate& clockStarted,
                                        const QString& startEvent) const
{
    if (!clockStarted.isValid())
        return {};
    DateTrace trace;
    const QDate date = DateArithmetic::addCalendarDays(clockStarted, kMeetingCalendarDays);
    trace.addStep(QStringLiteral("Day 1 is %1, the day after the start; weekends and bank holidays count.")
                      .arg(IsoDate::describe(clockStarted.addDays(1))));
    trace.addStep(QStringLiteral("Day %1, the last day on which the meeting is in time, is %2.")
                      .arg(kMeetingCalendarDays)
                      .arg(IsoDate::describe(date)));
    return Deadline(rule, clockStarted, startEvent, date, trace, coverage());
}

Deadline DeadlineCalculator::certificateDueBy(CertificatePart part, const QDate& trigger) const
{
    QString startEvent;
    switch (part) {
    case CertificatePart::Part1:
        // Reg 34: told that the family does not want mediation, or recorded that
        // it did not pursue it (rules reference section 3).
        startEvent = QStringLiteral("the date the family was recorded as not pursuing mediation");
        break;
    case CertificatePart::Part2:
        startEvent = QStringLiteral("the date the mediation ended");
        break;
    case CertificatePart::Part3:
        startEvent = QStringLiteral("the date the service learned the meeting cannot be held within 30 days");
        break;
    }
    return workingDaysDeadline(QStringLiteral("%1 certificate issued within %2 working days of %3")
                                   .arg(certificatePartName(part))
                                   .arg(kCertificateWorkingDays)
                                   .arg(startEvent),
                               trigger, startEvent, kCertificateWorkingDays);
}

Deadline DeadlineCalculator::meetingNoticeBy(const QDate& meetingDay) const
{
    // rules/README.md section 3, "Notice of the meeting".
    if (!meetingDay.isValid())
        return {};
    DateTrace trace;
    const QDate date = m_workingDays.workingDaysBefore(meetingDay, kMeetingNoticeWorkingDays, &trace);
    trace.addStep(QStringLiteral("Notice sent on or before %1 gives the family %2 working days; later notice "
                                 "needs the family's consent to shorter notice.")
                      .arg(IsoDate::describe(date))
                      .arg(kMeetingNoticeWorkingDays));
    return Deadline(
        QStringLiteral("The family is told the date and place of the mediation meeting at least %1 "
                       "working days before it, unless they agree to shorter notice (SEND Code of "
                       "Practice, chapter 11)")
            .arg(kMeetingNoticeWorkingDays),
        meetingDay, QStringLiteral("the day of the meeting"), date, trace, coverage());
}

Deadline DeadlineCalculator::appealDeadline(const QDate& decisionNoticeSent,
                                            const QDate& certificateIssued) const
{
    if (!decisionNoticeSent.isValid())
        return {};
    DateTrace trace;
    const QDate fromDecision = DateArithmetic::addCalendarMonths(decisionNoticeSent, 2);
    trace.addStep(monthsStep(QStringLiteral("Decision notice sent"), decisionNoticeSent, 2, fromDecision));
    QDate latest = fromDecision;
    if (certificateIssued.isValid()) {
        const QDate fromCertificate = DateArithmetic::addCalendarMonths(certificateIssued, 1);
        trace.addStep(monthsStep(QStringLiteral("Mediation certificate issued"), certificateIssued, 1,
                                 fromCertificate));
        latest = std::max(fromDecision, fromCertificate);
        trace.addStep(QStringLiteral("Rule 20: the later of the two is %1.").arg(IsoDate::describe(latest)));
    } else {
        trace.addStep(
            QStringLiteral("Rule 20: no mediation certificate date, so the period from the decision "
                           "notice alone applies: %1.")
                .arg(IsoDate::describe(latest)));
    }

    QDate date;
    const bool christmas =
        (latest.month() == 12 && latest.day() >= 25) || (latest.month() == 1 && latest.day() == 1);
    if (christmas) {
        const int year = latest.month() == 12 ? latest.year() + 1 : latest.year();
        const QDate newYearsDay(year, 1, 1);
        trace.addStep(
            QStringLiteral("Rule 12: %1 falls between 25 December and 1 January inclusive, so the appeal "
                           "is in time on the first working day after %2.")
                .arg(IsoDate::describe(latest), IsoDate::describe(newYearsDay)));
        date = m_workingDays.nextWorkingDayAfter(newYearsDay, &trace);
    } else if (latest.month() == 8) {
        const QDate endOfAugust(latest.year(), 8, 31);
        trace.addStep(
            QStringLiteral("Rule 12: %1 falls in August, so the appeal is in time on the first working "
                           "day after %2.")
                .arg(IsoDate::describe(latest), IsoDate::describe(endOfAugust)));
        date = m_workingDays.nextWorkingDayAfter(endOfAugust, &trace);
    } else if (!m_workingDays.isWorkingDay(latest, &trace)) {
        trace.addStep(
            QStringLiteral("Rule 12: %1 is not a working day (%2), so the appeal is in time on the next "
                           "working day.")
                .arg(IsoDate::describe(latest), m_workingDays.calendar().nonWorkingReason(latest)));
        date = m_workingDays.nextWorkingDayAfter(latest, &trace);
    } else {
        trace.addStep(
            QStringLiteral("Rule 12: %1 is a working day outside 25 December to 1 January and outside "
                           "August, so it stands.")
                .arg(IsoDate::describe(latest)));
        date = latest;
    }
    if (date != latest)
        trace.addStep(QStringLiteral("The appeal deadline is %1.").arg(IsoDate::describe(date)));
    return Deadline(QStringLiteral("Appeal to the First-tier Tribunal (SEND): Tribunal Procedure (First-tier "
                                   "Tribunal) (HESC) Rules 2008, rules 20 and 12"),
                    decisionNoticeSent, QStringLiteral("the date the decision notice was sent"), date, trace,
                    coverage());
}
