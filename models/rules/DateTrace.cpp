#include "rules/DateTrace.h"

#include "rules/BankHolidayCalendar.h"

void DateTrace::lookedAt(const BankHolidayCalendar& calendar, const QDate& date)
{
    if (calendar.isProvisional(date) && !m_uncoveredYears.contains(date.year()))
        m_uncoveredYears << date.year();
}
