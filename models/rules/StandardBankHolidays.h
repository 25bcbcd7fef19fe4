#pragma once

#include <QDate>
#include <QMap>
#include <QString>

// England and Wales bank holidays as the standing rules make them, for years
// the published calendar does not cover yet. A proclamation can move or add
// a day at any time (2020, 2022, 2023), so anything computed here is only
// provisional.
namespace StandardBankHolidays {
// Easter Day in the Gregorian calendar (the anonymous Gregorian algorithm).
QDate easterSunday(int year);
// Date -> title, with the usual substitute days when a holiday falls at a
// weekend: New Year's Day, Good Friday, Easter Monday, the early May, spring
// and summer bank holidays, Christmas Day and Boxing Day.
QMap<QDate, QString> forYear(int year);
} // namespace StandardBankHolidays
