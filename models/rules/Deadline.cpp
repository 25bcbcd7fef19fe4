#include "rules/Deadline.h"

#include "rules/DateTrace.h"
#include "rules/IsoDate.h"

Deadline::Deadline(QString rule, QDate startDate, QString startEvent, QDate date, const DateTrace& trace,
                   QString calendarCoverage)
    : m_rule(std::move(rule)), m_startDate(startDate), m_startEvent(std::move(startEvent)), m_date(date),
      m_steps(trace.steps()), m_uncoveredYears(trace.uncoveredYears()),
      m_projectedYears(trace.projectedYears()), m_calendarCoverage(std::move(calendarCoverage))
{}

QString Deadline::provisionalReason() const
{
    if (m_uncoveredYears.isEmpty())
        return {};
    QStringList uncovered;
    QStringList projected;
    for (int year : m_uncoveredYears)
        (m_projectedYears.contains(year) ? projected : uncovered) << QString::number(year);
    QStringList reasons;
    if (!uncovered.isEmpty())
        reasons << QStringLiteral("the bank holiday calendar covers %1, not %2; bank holidays there were "
                                  "computed from the standard rules and a proclamation may still change them")
                       .arg(m_calendarCoverage, uncovered.join(QStringLiteral(", ")));
    if (!projected.isEmpty())
        reasons << QStringLiteral("the bank holidays of %1 are projected from the standard rules, not yet "
                                  "announced by the government; import the announced calendar when it is "
                                  "published")
                       .arg(projected.join(QStringLiteral(", ")));
    return reasons.join(QStringLiteral("; "));
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
