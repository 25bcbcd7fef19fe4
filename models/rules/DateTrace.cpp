#include "rules/DateTrace.h"

#include "rules/BankHolidayCalendar.h"

void DateTrace::lookedAt(const BankHolidayCalendar& calendar, const QDate& date)
{
    const int year = date.year();
    if (!calendar.isProvisional(date) || m_uncoveredYears.contains(year))
        return;
    m_uncoveredYears << year;
    if (calendar.isProjected(year))
        m_projectedYears << year;
}
