#include "rules/DateArithmetic.h"

#include <algorithm>

namespace DateArithmetic {

QDate addCalendarMonths(const QDate& date, int months)
{
    if (!date.isValid())
        return {};
    // Work in whole months from year 0 so that negative periods divide cleanly.
    const int monthIndex = date.year() * 12 + (date.month() - 1) + months;
    const int year = monthIndex / 12;
    const int month = monthIndex % 12 + 1;
    const int lastDay = QDate(year, month, 1).daysInMonth();
    return QDate(year, month, std::min(date.day(), lastDay));
}

QDate addCalendarDays(const QDate& date, int days)
{
    return date.isValid() ? date.addDays(days) : QDate();
}

} // namespace DateArithmetic
