#include "domain/DateText.h"

#include <QLocale>

namespace {
// The C locale gives English day and month names and no locale surprises.
const QLocale& english()
{
    static const QLocale locale = QLocale::c();
    return locale;
}
} // namespace

namespace DateText {

QString shortFormat()
{
    return QStringLiteral("ddd d MMM yyyy");
}

QString shortDate(const QDate& date)
{
    return date.isValid() ? english().toString(date, shortFormat()) : QString();
}

QString longDate(const QDate& date)
{
    return date.isValid() ? english().toString(date, QStringLiteral("dddd d MMMM yyyy")) : QString();
}

QString longDateOfBirth(const QDate& date)
{
    return date.isValid() ? english().toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

QString time(const QTime& time)
{
    return time.isValid() ? english().toString(time, QStringLiteral("HH:mm")) : QString();
}

QString shortDateTime(const QDateTime& at)
{
    if (!at.isValid())
        return {};
    return shortDate(at.date()) + QLatin1Char(' ') + time(at.time());
}

} // namespace DateText
