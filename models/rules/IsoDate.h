#pragma once

#include <QDate>
#include <QString>

// Dates as people and files write them: strictly YYYY-MM-DD. Strict because
// a deadline computed from a misread date is worse than a refusal.
namespace IsoDate {
// A real calendar date, or a null QDate for "2026-02-30", "2026-2-3", "monday".
QDate parse(const QString& text);
QString format(const QDate& date);
// "Fri 3 Apr 2026": easy to find on a printed calendar.
QString describe(const QDate& date);
} // namespace IsoDate
