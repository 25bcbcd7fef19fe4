#pragma once

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

// When a published list of bank holidays may stand for a whole year. A file
// that lists only some of a year's holidays (a hand-edited file, a download
// cut short) must not make the missing ones working days, so a year counts
// as covered only when it holds every England and Wales bank holiday or its
// substitute:
//
//   New Year's Day      1 to 3 January (the substitute for a weekend)
//   Good Friday         Easter Day - 2, exactly
//   Easter Monday       Easter Day + 1, exactly
//   early May           1 to 10 May (moved to Friday 8 May in 2020)
//   spring              25 May to 7 June (moved to 2 June in 2022)
//   summer              25 to 31 August
//   Christmas, Boxing   two days from 25 to 28 December
//
// The windows allow the moves proclaimed so far; a day added by
// proclamation (a jubilee, a state funeral) is welcome but never required.
namespace BankHolidayCoverage {

// What the year's list lacks, by name ("the summer bank holiday"); empty
// when the year is fully covered. `holidays` may hold other years too.
QStringList missing(int year, const QMap<QDate, QString>& holidays);
bool isFullYear(int year, const QMap<QDate, QString>& holidays);

} // namespace BankHolidayCoverage
