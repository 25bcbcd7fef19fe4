#include "rules/ReportPeriod.h"

#include "rules/IsoDate.h"

#include <algorithm>

ReportPeriod ReportPeriod::month(int year, int month)
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return {};
    return {first, first.addMonths(1).addDays(-1)};
}

ReportPeriod ReportPeriod::quarter(int year, int quarter)
{
    if (quarter < 1 || quarter > 4)
        return {};
    const QDate first(year, (quarter - 1) * 3 + 1, 1);
    if (!first.isValid())
        return {};
    return {first, first.addMonths(3).addDays(-1)};
}

ReportPeriod ReportPeriod::financialYear(int startYear)
{
    const QDate first(startYear, 4, 1);
    if (!first.isValid())
        return {};
    return {first, QDate(startYear + 1, 3, 31)};
}

ReportPeriod ReportPeriod::calendarYear(int year)
{
    const QDate first(year, 1, 1);
    if (!first.isValid())
        return {};
    return {first, QDate(year, 12, 31)};
}

ReportPeriod ReportPeriod::financialYearOf(const QDate& day)
{
    if (!day.isValid())
        return {};
    return financialYear(day.month() >= 4 ? day.year() : day.year() - 1);
}

ReportPeriod ReportPeriod::monthOf(const QDate& day)
{
    return day.isValid() ? month(day.year(), day.month()) : ReportPeriod();
}

ReportPeriod ReportPeriod::quarterOf(const QDate& day)
{
    return day.isValid() ? quarter(day.year(), (day.month() - 1) / 3 + 1) : ReportPeriod();
}

bool ReportPeriod::isValid() const
{
    return problem().isEmpty();
}

QString ReportPeriod::problem() const
{
    if (!m_from.isValid() || !m_to.isValid())
        return QStringLiteral("Give the first and the last day of the period.");
    if (m_from > m_to)
        return QStringLiteral("The period starts (%1) after it ends (%2).")
            .arg(IsoDate::format(m_from), IsoDate::format(m_to));
    return {};
}

QList<ReportPeriod> ReportPeriod::months() const
{
    QList<ReportPeriod> out;
    if (!isValid())
        return out;
    for (QDate first(m_from.year(), m_from.month(), 1); first <= m_to; first = first.addMonths(1))
        out.append({std::max(first, m_from), std::min(first.addMonths(1).addDays(-1), m_to)});
    return out;
}

QString ReportPeriod::label() const
{
    return QStringLiteral("%1 to %2").arg(IsoDate::format(m_from), IsoDate::format(m_to));
}
