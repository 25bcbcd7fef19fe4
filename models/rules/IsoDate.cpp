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

} // namespace IsoDate
