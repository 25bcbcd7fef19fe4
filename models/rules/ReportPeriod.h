#pragma once

#include <QDate>
#include <QList>
#include <QString>

// The period a report covers: whole days from `from` to `to`, both included
// (rules/README.md section 7, "Figures"). A month, a quarter (January to
// March is the first), a financial year (1 April to 31 March, named by the
// year it starts in), a calendar year, or any range.
class ReportPeriod
{
public:
    ReportPeriod() = default;
    ReportPeriod(const QDate& from, const QDate& to) : m_from(from), m_to(to) {}

    static ReportPeriod month(int year, int month);
    static ReportPeriod quarter(int year, int quarter); // 1 to 4
    static ReportPeriod financialYear(int startYear);   // 2026: 1 April 2026 to 31 March 2027
    static ReportPeriod calendarYear(int year);
    // The financial year a day falls in (2027-02-10: the year that started 2026-04-01).
    static ReportPeriod financialYearOf(const QDate& day);
    // The calendar month and the quarter a day falls in (2026-11-17: November; October to December).
    static ReportPeriod monthOf(const QDate& day);
    static ReportPeriod quarterOf(const QDate& day);

    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    // Both dates real and from not after to.
    bool isValid() const;
    // Empty when valid; otherwise what to fix.
    QString problem() const;
    bool contains(const QDate& day) const { return isValid() && day >= m_from && day <= m_to; }
    // The calendar months the period touches, each cut to the period (for charts by month).
    QList<ReportPeriod> months() const;
    // "2026-04-01 to 2027-03-31".
    QString label() const;
    bool operator==(const ReportPeriod&) const = default;

private:
    QDate m_from;
    QDate m_to;
};
