#pragma once

#include "store/infrastructure/SqlValues.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <optional>
#include <type_traits>

// Reading a row into a record: its columns, in the order the SELECT names
// them, into the members named in the same order. Each member's type says how
// its column reads, written here once for every repository: a null id or
// number is std::nullopt, a flag is any non-zero value (an INTEGER on SQLite,
// a boolean on PostgreSQL). A column whose value needs more than its type (an
// enum's key, a time that needs its zone) is `skip`ped and read by the caller.
namespace SqlColumns {

// A column passed over, for the caller to read.
struct Skip
{
};
inline constexpr Skip skip{};

template <typename Type> Type as(const QVariant& value)
{
    if constexpr (std::is_same_v<Type, QString>)
        return value.toString();
    else if constexpr (std::is_same_v<Type, qint64>)
        return value.toLongLong();
    else if constexpr (std::is_same_v<Type, int>)
        return value.toInt();
    else if constexpr (std::is_same_v<Type, bool>)
        return value.toInt() != 0;
    else if constexpr (std::is_same_v<Type, QDate>)
        return value.toDate();
    else if constexpr (std::is_same_v<Type, QDateTime>)
        return value.toDateTime();
    else if constexpr (std::is_same_v<Type, std::optional<qint64>>)
        return SqlValues::optionalId(value);
    else if constexpr (std::is_same_v<Type, std::optional<int>>)
        return value.isNull() ? Type() : Type(value.toInt());
    else
        static_assert(sizeof(Type) == 0, "a column of this type is read by its caller: skip it");
}

template <typename Row, typename Type> void readColumn(const QVariant& value, Row* row, Type Row::*member)
{
    row->*member = as<Type>(value);
}

template <typename Row> void readColumn(const QVariant&, Row*, Skip) {}

// The columns from `first` on into `row`'s members (or skip), one each.
template <typename Row, typename... Members>
void readFrom(const QSqlQuery& query, int first, Row* row, Members... members)
{
    int column = first;
    (readColumn(query.value(column++), row, members), ...);
}

// The row's columns from the first on into a new record.
template <typename Row, typename... Members> Row read(const QSqlQuery& query, Members... members)
{
    Row row;
    readFrom(query, 0, &row, members...);
    return row;
}

} // namespace SqlColumns
