#include "rules/IsoDate.h"

#include "domain/DateText.h"

#include <QRegularExpression>

namespace IsoDate {

QDate parse(const QString& text)
{
    // QDate::fromString alone accepts signs and surrounding spaces; the
    // pattern keeps out anything but four, two and two digits.
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    // Invalid (null) when the day does not exist in that month.
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

QString format(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString describe(const QDate& date)
{
    return DateText::shortDate(date);
}

QDate firstSupported()
{
    return QDate(1900, 1, 1);
}

QDate lastSupported()
{
    return QDate(2199, 12, 31);
}

bool isSupported(const QDate& date)
{
    return date.isValid() && date >= firstSupported() && date <= lastSupported();
}

QString supportedRange()
{
    return QStringLiteral("from %1 to %2").arg(format(firstSupported()), format(lastSupported()));
}

} // namespace IsoDate
