#include "domain/TravelExpense.h"

#include "domain/EnumTable.h"

#include <QRegularExpression>

namespace {
constexpr auto kModes = enumTable<TravelMode>(
    "TravelExpense", {
                         {TravelMode::CarMileage, "car", QT_TRANSLATE_NOOP("TravelExpense", "Car (mileage)")},
                         {TravelMode::PublicTransport, "public_transport",
                          QT_TRANSLATE_NOOP("TravelExpense", "Public transport")},
                         {TravelMode::Taxi, "taxi", QT_TRANSLATE_NOOP("TravelExpense", "Taxi")},
                         {TravelMode::Other, "other", QT_TRANSLATE_NOOP("TravelExpense", "Other")},
                     });
} // namespace

QList<TravelMode> allTravelModes()
{
    return kModes.values();
}

QString travelModeToString(TravelMode mode)
{
    return kModes.key(mode);
}

std::optional<TravelMode> travelModeFromString(const QString& text)
{
    return kModes.fromKey(text);
}

QString travelModeTitle(TravelMode mode)
{
    return kModes.title(mode);
}

QString penceToDecimal(qint64 pence)
{
    const QString sign = pence < 0 ? QStringLiteral("-") : QString();
    const qint64 whole = pence < 0 ? -pence : pence;
    return sign + QString::number(whole / 100) + QLatin1Char('.') +
           QStringLiteral("%1").arg(whole % 100, 2, 10, QLatin1Char('0'));
}

QString penceToPounds(qint64 pence)
{
    if (pence < 0)
        return QStringLiteral("-£") + penceToDecimal(-pence);
    return QStringLiteral("£") + penceToDecimal(pence);
}

std::optional<qint64> penceFromDecimal(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^£?([0-9]{1,9})(?:\\.([0-9]{1,2}))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    QString fraction = match.captured(2);
    while (fraction.size() < 2)
        fraction += QLatin1Char('0');
    return match.captured(1).toLongLong() * 100 + fraction.toLongLong();
}

QString milesToText(int tenths)
{
    if (tenths % 10 == 0)
        return QString::number(tenths / 10);
    return QStringLiteral("%1.%2").arg(tenths / 10).arg(tenths % 10);
}

std::optional<int> milesFromText(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,5})(?:\\.([0-9]))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt() * 10 + (match.captured(2).isEmpty() ? 0 : match.captured(2).toInt());
}
