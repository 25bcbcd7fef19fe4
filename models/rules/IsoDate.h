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

// The dates Common Ground works with, 1900-01-01 to 2199-12-31: wide enough
// for any case, narrow enough that every date it computes is written with
// four digits and every month and working-day sum stays a real date.
QDate firstSupported();
QDate lastSupported();
bool isSupported(const QDate& date);
// "from 1900-01-01 to 2199-12-31", for messages.
QString supportedRange();
} // namespace IsoDate
