#include "rules/BankHolidayCalendar.h"

#include "rules/BankHolidayFile.h"
#include "rules/StandardBankHolidays.h"

#include <QFile>
#include <algorithm>

BankHolidayCalendar::BankHolidayCalendar(QMap<QDate, QString> holidays) : m_holidays(std::move(holidays))
{
    for (auto it = m_holidays.cbegin(); it != m_holidays.cend(); ++it) {
        if (m_years.isEmpty() || m_years.last() != it.key().year())
            m_years << it.key().year(); // keys are sorted, so years arrive in order
    }
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

QString BankHolidayCalendar::coverageDescription() const
{
    if (m_years.isEmpty())
        return QStringLiteral("no year");
    QStringList ranges;
    qsizetype start = 0;
    for (qsizetype i = 1; i <= m_years.size(); ++i) {
        if (i == m_years.size() || m_years.at(i) != m_years.at(i - 1) + 1) {
            ranges << (start == i - 1
                           ? QString::number(m_years.at(start))
                           : QStringLiteral("%1 to %2").arg(m_years.at(start)).arg(m_years.at(i - 1)));
            start = i;
        }
    }
    return ranges.join(QStringLiteral(", "));
}

QMap<QDate, QString> BankHolidayCalendar::holidaysIn(int year) const
{
    if (!covers(year))
        return StandardBankHolidays::forYear(year);
    QMap<QDate, QString> days;
    for (auto it = m_holidays.lowerBound(QDate(year, 1, 1));
         it != m_holidays.cend() && it.key().year() == year; ++it)
        days.insert(it.key(), it.value());
    return days;
}

QString BankHolidayCalendar::holidayOn(const QDate& date) const
{
    if (covers(date.year()))
        return m_holidays.value(date);
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
