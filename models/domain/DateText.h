#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// The one home of how dates read to people: a short style on screen ("Wed 9
// Dec 2026") and a long style in letters and certificates ("Wednesday 9
// December 2026"). English names whatever the desk's locale, because the
// statutory documents are in English. ISO dates belong to files and the CLI
// (rules/IsoDate), never here. An invalid date gives an empty string.
namespace DateText {
// "Wed 9 Dec 2026".
QString shortDate(const QDate& date);
// "Wednesday 9 December 2026".
QString longDate(const QDate& date);
// "9 December 2015": the long style without the weekday, for a date of
// birth (the day of the week someone was born on means nothing on a certificate).
QString longDateOfBirth(const QDate& date);
// "Wed 9 Dec 2026 14:05", in the time zone of the value given.
QString shortDateTime(const QDateTime& at);
// "14:05".
QString time(const QTime& time);
// The short style as a QDateEdit display format.
QString shortFormat();
} // namespace DateText
