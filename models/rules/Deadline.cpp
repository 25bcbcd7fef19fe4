#include "rules/Deadline.h"

#include "rules/DateTrace.h"
#include "rules/IsoDate.h"

Deadline::Deadline(QString rule, QDate startDate, QString startEvent, QDate date, const DateTrace& trace,
                   QString calendarCoverage)
    : m_rule(std::move(rule)), m_startDate(startDate), m_startEvent(std::move(startEvent)), m_date(date),
      m_steps(trace.steps()), m_uncoveredYears(trace.uncoveredYears()),
      m_calendarCoverage(std::move(calendarCoverage))
{}

QString Deadline::provisionalReason() const
{
    if (m_uncoveredYears.isEmpty())
        return {};
    QStringList years;
    for (int year : m_uncoveredYears)
        years << QString::number(year);
    return QStringLiteral(
               "the bank holiday calendar covers %1, not %2; bank holidays there were computed from "
               "the standard rules and a proclamation may still change them")
        .arg(m_calendarCoverage, years.join(QStringLiteral(", ")));
}

QStringList Deadline::explanation() const
{
    QStringList lines;
    lines << QStringLiteral("Rule: ") + m_rule;
    lines << QStringLiteral("Start: %1 (%2), %3")
                 .arg(IsoDate::format(m_startDate), IsoDate::describe(m_startDate), m_startEvent);
    for (qsizetype i = 0; i < m_steps.size(); ++i)
        lines << QStringLiteral("Step %1: %2").arg(i + 1).arg(m_steps.at(i));
    lines << QStringLiteral("Result: %1 (%2)").arg(IsoDate::format(m_date), IsoDate::describe(m_date));
    lines << (isProvisional() ? QStringLiteral("Provisional: yes, ") + provisionalReason()
                              : QStringLiteral("Provisional: no (bank holiday calendar covers %1)")
                                    .arg(m_calendarCoverage));
    return lines;
}
