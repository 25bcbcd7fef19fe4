#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>
#include <optional>

// Binding values that may be absent: a typed null, so that both engines
// store NULL rather than an empty string.
namespace SqlValues {

inline QVariant date(const QDate& value)
{
    return value.isValid() ? QVariant(value) : QVariant(QMetaType::fromType<QDate>());
}

inline QVariant text(const QString& value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(trimmed);
}

inline QVariant id(std::optional<qint64> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

inline QVariant id(qint64 value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType::fromType<qint64>());
}

// Timestamps are always UTC.
inline QVariant now()
{
    return QDateTime::currentDateTimeUtc();
}

inline std::optional<qint64> optionalId(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

} // namespace SqlValues
