#pragma once

#include <QDate>
#include <QList>
#include <QStringList>

class BankHolidayCalendar;

// The working of a date calculation, line by line, in words a supervisor can
// follow with a calendar; and whether any day it looked at lies in a year
// the bank holiday calendar does not cover, or covers by projection only
// (which makes the result provisional; rules/README.md section 4).
class DateTrace
{
public:
    void addStep(const QString& step) { m_steps << step; }
    // Records that the calculation asked whether this date is a working day.
    void lookedAt(const BankHolidayCalendar& calendar, const QDate& date);

    const QStringList& steps() const { return m_steps; }
    bool isProvisional() const { return !m_uncoveredYears.isEmpty(); }
    // Every year that makes the result provisional: not covered, or projected.
    const QList<int>& uncoveredYears() const { return m_uncoveredYears; }
    // Those of them the calendar covers by projection only (section 4).
    const QList<int>& projectedYears() const { return m_projectedYears; }

private:
    QStringList m_steps;
    QList<int> m_uncoveredYears;
    QList<int> m_projectedYears;
};
