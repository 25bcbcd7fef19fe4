#pragma once

#include <QDate>

// Calendar periods (rules/README.md section 4). Neither looks at working days.
namespace DateArithmetic {
// Calendar months by the corresponding-date rule: the same day-number N
// months later, or the last day of that month when it has no such day
// (31 Jan + 1 month = 28 or 29 Feb). Negative N counts back.
QDate addCalendarMonths(const QDate& date, int months);
// Plain calendar days: day N is the last day of an N-day period.
QDate addCalendarDays(const QDate& date, int days);
} // namespace DateArithmetic
