#include "rules/WorkingDays.h"

#include "rules/DateTrace.h"
#include "rules/IsoDate.h"

bool WorkingDays::isWorkingDay(const QDate& date, DateTrace* trace) const
{
    if (trace)
        trace->lookedAt(m_calendar, date);
    return m_calendar.isWorkingDay(date);
}

QDate WorkingDays::addWorkingDays(const QDate& from, int n, DateTrace* trace) const
{
    if (!from.isValid() || n < 0)
        return {};
    if (trace)
        trace->addStep(QStringLiteral("Count %1 working day%2 after %3; %3 itself is not counted.")
                           .arg(n)
                           .arg(n == 1 ? QString() : QStringLiteral("s"))
                           .arg(IsoDate::describe(from)));
    QDate day = from;
    int counted = 0;
    while (counted < n) {
        day = day.addDays(1);
        if (isWorkingDay(day, trace)) {
            ++counted;
            if (trace)
                trace->addStep(QStringLiteral("%1: working day %2").arg(IsoDate::describe(day)).arg(counted));
        } else if (trace) {
            trace->addStep(QStringLiteral("%1: not counted (%2)")
                               .arg(IsoDate::describe(day), m_calendar.nonWorkingReason(day)));
        }
    }
    return day;
}

QDate WorkingDays::workingDaysBefore(const QDate& date, int n, DateTrace* trace) const
{
    if (!date.isValid() || n < 0)
        return {};
    if (trace)
        trace->addStep(QStringLiteral("Count back %1 working day%2 before %3; %3 itself is not counted.")
                           .arg(n)
                           .arg(n == 1 ? QString() : QStringLiteral("s"))
                           .arg(IsoDate::describe(date)));
    QDate day = date;
    int counted = 0;
    while (counted < n) {
        day = day.addDays(-1);
        if (isWorkingDay(day, trace)) {
            ++counted;
            if (trace)
                trace->addStep(
                    QStringLiteral("%1: working day %2 before").arg(IsoDate::describe(day)).arg(counted));
        } else if (trace) {
            trace->addStep(QStringLiteral("%1: not counted (%2)")
                               .arg(IsoDate::describe(day), m_calendar.nonWorkingReason(day)));
        }
    }
    return day;
}

QDate WorkingDays::nextWorkingDayAfter(const QDate& date, DateTrace* trace) const
{
    if (!date.isValid())
        return {};
    QDate day = date.addDays(1);
    while (!isWorkingDay(day, trace)) {
        if (trace)
            trace->addStep(QStringLiteral("%1 is not a working day (%2).")
                               .arg(IsoDate::describe(day), m_calendar.nonWorkingReason(day)));
        day = day.addDays(1);
    }
    return day;
}
