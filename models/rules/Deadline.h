#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class DateTrace;

// One computed deadline with everything a supervisor needs to check it by
// hand: the rule that gives it, the date it runs from, each step taken, and
// whether it rests on bank holidays computed rather than published.
class Deadline
{
public:
    Deadline() = default; // invalid: the inputs could not give a date
    Deadline(QString rule, QDate startDate, QString startEvent, QDate date, const DateTrace& trace,
             QString calendarCoverage);

    bool isValid() const { return m_date.isValid(); }
    const QDate& date() const { return m_date; }
    const QString& rule() const { return m_rule; }
    const QDate& startDate() const { return m_startDate; }
    // What the start date is, in words: "the date the decision notice was sent".
    const QString& startEvent() const { return m_startEvent; }
    const QStringList& steps() const { return m_steps; }
    bool isProvisional() const { return !m_uncoveredYears.isEmpty(); }
    // Why the date is provisional; empty when it is not. A projected year
    // (rules/README.md section 4) says so and that importing an announced
    // calendar ends it.
    QString provisionalReason() const;
    // The whole working as plain lines: rule, start, steps, provisional or not.
    QStringList explanation() const;

private:
    QString m_rule;
    QDate m_startDate;
    QString m_startEvent;
    QDate m_date;
    QStringList m_steps;
    QList<int> m_uncoveredYears; // provisional: not covered, or projected
    QList<int> m_projectedYears; // of those, the ones covered by projection
    QString m_calendarCoverage;
};
