#include "rules/StandardBankHolidays.h"

namespace StandardBankHolidays {
namespace {
QDate firstMonday(int year, int month)
{
    QDate day(year, month, 1);
    while (day.dayOfWeek() != Qt::Monday)
        day = day.addDays(1);
    return day;
}

QDate lastMonday(int year, int month)
{
    QDate day(year, month, QDate(year, month, 1).daysInMonth());
    while (day.dayOfWeek() != Qt::Monday)
        day = day.addDays(-1);
    return day;
}

bool isWeekend(const QDate& date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}
} // namespace

QDate easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QMap<QDate, QString> forYear(int year)
{
    QMap<QDate, QString> days;
    QDate newYear(year, 1, 1);
    while (isWeekend(newYear))
        newYear = newYear.addDays(1);
    days.insert(newYear, QStringLiteral("New Year\u2019s Day"));

    const QDate easter = easterSunday(year);
    days.insert(easter.addDays(-2), QStringLiteral("Good Friday"));
    days.insert(easter.addDays(1), QStringLiteral("Easter Monday"));
    days.insert(firstMonday(year, 5), QStringLiteral("Early May bank holiday"));
    days.insert(lastMonday(year, 5), QStringLiteral("Spring bank holiday"));
    days.insert(lastMonday(year, 8), QStringLiteral("Summer bank holiday"));

    // Christmas Day and Boxing Day each take the next weekday not already a
    // holiday: 25 Dec on a Friday gives Mon 28; on a Saturday, Mon 27 and
    // Tue 28; on a Sunday, Boxing Day Mon 26 and Christmas Tue 27.
    QDate christmas(year, 12, 25);
    QDate boxingDay(year, 12, 26);
    if (christmas.dayOfWeek() == Qt::Sunday) {
        christmas = QDate(year, 12, 27);
    } else if (christmas.dayOfWeek() == Qt::Saturday) {
        christmas = QDate(year, 12, 27);
        boxingDay = QDate(year, 12, 28);
    } else if (boxingDay.dayOfWeek() == Qt::Saturday) {
        boxingDay = QDate(year, 12, 28);
    }
    days.insert(christmas, QStringLiteral("Christmas Day"));
    days.insert(boxingDay, QStringLiteral("Boxing Day"));
    return days;
}

} // namespace StandardBankHolidays
