#include "rules/BankHolidayCoverage.h"

#include "rules/StandardBankHolidays.h"

namespace BankHolidayCoverage {

namespace {
int countBetween(const QMap<QDate, QString>& holidays, const QDate& first, const QDate& last)
{
    int count = 0;
    for (auto it = holidays.lowerBound(first); it != holidays.cend() && it.key() <= last; ++it)
        ++count;
    return count;
}
} // namespace

QStringList missing(int year, const QMap<QDate, QString>& holidays)
{
    QStringList absent;
    const QDate easter = StandardBankHolidays::easterSunday(year);
    if (countBetween(holidays, QDate(year, 1, 1), QDate(year, 1, 3)) < 1)
        absent << QStringLiteral("New Year\u2019s Day");
    if (!holidays.contains(easter.addDays(-2)))
        absent << QStringLiteral("Good Friday");
    if (!holidays.contains(easter.addDays(1)))
        absent << QStringLiteral("Easter Monday");
    if (countBetween(holidays, QDate(year, 5, 1), QDate(year, 5, 10)) < 1)
        absent << QStringLiteral("the early May bank holiday");
    if (countBetween(holidays, QDate(year, 5, 25), QDate(year, 6, 7)) < 1)
        absent << QStringLiteral("the spring bank holiday");
    if (countBetween(holidays, QDate(year, 8, 25), QDate(year, 8, 31)) < 1)
        absent << QStringLiteral("the summer bank holiday");
    const int christmas = countBetween(holidays, QDate(year, 12, 25), QDate(year, 12, 28));
    if (christmas < 1)
        absent << QStringLiteral("Christmas Day") << QStringLiteral("Boxing Day");
    else if (christmas < 2)
        absent << QStringLiteral("one of Christmas Day and Boxing Day");
    return absent;
}

bool isFullYear(int year, const QMap<QDate, QString>& holidays)
{
    return missing(year, holidays).isEmpty();
}

} // namespace BankHolidayCoverage
