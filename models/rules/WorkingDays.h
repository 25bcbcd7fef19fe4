#pragma once

#include "rules/BankHolidayCalendar.h"

#include <QDate>

class DateTrace;

// Counting in working days on a calendar (rules/README.md section 4).
class WorkingDays
{
public:
    explicit WorkingDays(BankHolidayCalendar calendar) : m_calendar(std::move(calendar)) {}

    const BankHolidayCalendar& calendar() const { return m_calendar; }
    bool isWorkingDay(const QDate& date, DateTrace* trace = nullptr) const;

    // The N-th working day after the date; the date itself does not count,
    // whether or not it is a working day. N = 0 gives the date itself; a
    // negative N or an invalid date gives a null QDate. Each day passed over
    // is written to the trace.
    QDate addWorkingDays(const QDate& from, int n, DateTrace* trace = nullptr) const;
    // The N-th working day before the date, counting back; the date itself
    // does not count (notice of a meeting, section 3). N = 0 gives the date
    // itself; a negative N or an invalid date gives a null QDate.
    QDate workingDaysBefore(const QDate& date, int n, DateTrace* trace = nullptr) const;
    // The first working day strictly after the date.
    QDate nextWorkingDayAfter(const QDate& date, DateTrace* trace = nullptr) const;

private:
    BankHolidayCalendar m_calendar;
};
