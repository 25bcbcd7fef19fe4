#pragma once

#include "rules/BankHolidayCalendar.h"

#include <QCommandLineParser>
#include <QDate>
#include <QString>
#include <functional>

class CliContext;
class Deadline;
class DeadlineCalculator;

// What the date commands share: reading a DATE argument strictly, choosing
// the calendar, and printing a deadline (the ISO date first, for scripts).
namespace DateCommandSupport {

// The calendar to count on: the database's when --database or --postgres was
// given (never creating or upgrading one), else the one shipped with the
// program. *source says which, for --explain. On failure prints why.
bool loadCalendar(CliContext& context, BankHolidayCalendar* calendar, QString* source);

// A YYYY-MM-DD date that exists and is inside IsoDate's supported range, or
// a null QDate after printing a usage error that names the argument
// ("--decision-sent").
QDate parseDate(CliContext& context, const QString& argumentName, const QString& text);

// The value of a DATE option, checked like parseDate, or fallback when the
// option is not given. Returns false after printing a usage error naming the
// option; every dated option of every command is read through this, so no
// command accepts a year the rules cannot count in.
bool optionDate(CliContext& context, const QCommandLineParser& parser, const QCommandLineOption& option,
                const QDate& fallback, QDate* date);

// The date on the first line; with explain, the rule, start, steps and
// whether it is provisional; without, a second line only when provisional.
// Returns the exit code: a result outside the supported range prints nothing
// on stdout and is a usage error (2).
int printDeadline(CliContext& context, const Deadline& deadline, bool explain, const QString& calendarSource);

// What every deadline command ends with: `count` on the calendar
// loadCalendar chooses, printed as printDeadline prints it. Returns the exit
// code (1 when the calendar cannot be read).
int countAndPrint(CliContext& context, bool explain,
                  const std::function<Deadline(const DeadlineCalculator&)>& count);

} // namespace DateCommandSupport
