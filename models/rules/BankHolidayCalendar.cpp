#include "rules/BankHolidayCalendar.h"

#include "rules/BankHolidayCoverage.h"
#include "rules/BankHolidayFile.h"
#include "rules/StandardBankHolidays.h"

#include <QFile>
#include <algorithm>

BankHolidayCalendar::BankHolidayCalendar(QMap<QDate, QString> holidays, QList<int> projectedYears)
    : m_holidays(std::move(holidays))
{
    int last = 0;
    for (auto it = m_holidays.cbegin(); it != m_holidays.cend(); ++it) {
        const int year = it.key().year();
        if (year == last)
            continue;
        last = year; // keys are sorted, so years arrive in order
        if (BankHolidayCoverage::isFullYear(year, m_holidays))
            m_years << year;
    }
    std::sort(projectedYears.begin(), projectedYears.end());
    for (const int year : std::as_const(projectedYears))
        if (covers(year) && (m_projected.isEmpty() || m_projected.constLast() != year))
            m_projected << year;
}

namespace {
// "2018 to 2027, 2029": sorted years as ranges.
QString describeYears(const QList<int>& years)
{
    if (years.isEmpty())
        return QStringLiteral("no year");
    QStringList ranges;
    qsizetype start = 0;
    for (qsizetype i = 1; i <= years.size(); ++i) {
        if (i == years.size() || years.at(i) != years.at(i - 1) + 1) {
            ranges << (start == i - 1 ? QString::number(years.at(start))
                                      : QStringLiteral("%1 to %2").arg(years.at(start)).arg(years.at(i - 1)));
            start = i;
        }
    }
    return ranges.join(QStringLiteral(", "));
}
} // namespace

BankHolidayCalendar BankHolidayCalendar::mergedWith(const BankHolidayCalendar& newer) const
{
    QMap<QDate, QString> merged = m_holidays;
    merged.detach(); // its own copy before iterators into it are taken
    for (const int year : newer.coveredYears()) {
        merged.erase(std::as_const(merged).lowerBound(QDate(year, 1, 1)),
                     std::as_const(merged).upperBound(QDate(year, 12, 31)));
    }
    for (auto it = newer.m_holidays.cbegin(); it != newer.m_holidays.cend(); ++it)
        merged.insert(it.key(), it.value());
    QList<int> projected;
    for (const int year : m_projected)
        if (!newer.covers(year))
            projected << year;
    projected << newer.m_projected;
    return BankHolidayCalendar(std::move(merged), std::move(projected));
}

QList<int> BankHolidayCalendar::partialYears() const
{
    QList<int> years;
    for (auto it = m_holidays.cbegin(); it != m_holidays.cend(); ++it) {
        const int year = it.key().year();
        if (!covers(year) && (years.isEmpty() || years.last() != year))
            years << year;
    }
    return years;
}

const BankHolidayCalendar& BankHolidayCalendar::shipped()
{
    static const BankHolidayCalendar calendar = [] {
        QFile file(QStringLiteral(":/bank-holidays.json"));
        BankHolidayCalendar parsed;
        BankHolidayFile::Error error;
        // The shipped file is tested; should it ever fail, an empty calendar
        // makes every date provisional rather than silently wrong.
        if (!file.open(QIODevice::ReadOnly) || !BankHolidayFile::parse(file.readAll(), &parsed, &error))
            qWarning("The bank holiday calendar shipped with Common Ground could not be read: %s",
                     qPrintable(error.toString()));
        return parsed;
    }();
    return calendar;
}

bool BankHolidayCalendar::covers(int year) const
{
    return std::binary_search(m_years.cbegin(), m_years.cend(), year);
}

QList<int> BankHolidayCalendar::coveredYears() const
{
    return m_years;
}

bool BankHolidayCalendar::isProjected(int year) const
{
    return std::binary_search(m_projected.cbegin(), m_projected.cend(), year);
}

QString BankHolidayCalendar::coverageDescription() const
{
    const QString covered = describeYears(m_years);
    if (m_projected.isEmpty())
        return covered;
    return QStringLiteral("%1 (%2 projected)").arg(covered, describeYears(m_projected));
}

QString BankHolidayCalendar::announcedDescription() const
{
    QList<int> announced;
    for (const int year : m_years)
        if (!isProjected(year))
            announced << year;
    return describeYears(announced);
}

QMap<QDate, QString> BankHolidayCalendar::holidaysIn(int year) const
{
    QMap<QDate, QString> days = covers(year) ? QMap<QDate, QString>() : StandardBankHolidays::forYear(year);
    for (auto it = m_holidays.lowerBound(QDate(year, 1, 1));
         it != m_holidays.cend() && it.key().year() == year; ++it)
        days.insert(it.key(), it.value());
    return days;
}

QString BankHolidayCalendar::holidayOn(const QDate& date) const
{
    if (const auto it = m_holidays.constFind(date); it != m_holidays.cend())
        return it.value();
    if (covers(date.year()))
        return {};
    return StandardBankHolidays::forYear(date.year()).value(date);
}

bool BankHolidayCalendar::isWorkingDay(const QDate& date) const
{
    return nonWorkingReason(date).isEmpty();
}

QString BankHolidayCalendar::nonWorkingReason(const QDate& date) const
{
    if (date.dayOfWeek() == Qt::Saturday)
        return QStringLiteral("Saturday");
    if (date.dayOfWeek() == Qt::Sunday)
        return QStringLiteral("Sunday");
    const QString holiday = holidayOn(date);
    if (!holiday.isEmpty())
        return QStringLiteral("bank holiday: ") + holiday;
    // Christmas Day and Good Friday are never working days, bank holidays or
    // not, so an imported file that leaves them out cannot make them one.
    if (date.month() == 12 && date.day() == 25)
        return QStringLiteral("Christmas Day");
    if (date == StandardBankHolidays::easterSunday(date.year()).addDays(-2))
        return QStringLiteral("Good Friday");
    return {};
}
