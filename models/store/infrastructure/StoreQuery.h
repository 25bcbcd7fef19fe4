#pragma once

#include "store/infrastructure/StoreError.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
#include <optional>

class SqlDialect;

// One statement of a repository: prepared on its connection, its values bound
// in order, run, and its failure turned into a StoreError that starts with the
// caller's context sentence ("Could not save the venue"), the same way for
// every statement of the store. Each exec...() names a common shape of use:
// run it; run it and expect a row (else NotFound, or the driver's error); run
// it and expect it to change a row; insert and read the new id; read one value;
// read every row into a list. What a shape does not cover reads the rows
// through next() and value() as a QSqlQuery would.
class StoreQuery
{
public:
    // Asks StatementCache for the statement (prepared once while a
    // StatementCache::Scope is open on the connection).
    struct Cached
    {
    };
    static constexpr Cached cached{};

    // `sql` prepared on `db`; its placeholders are bound next, with bind().
    StoreQuery(const QSqlDatabase& db, const QString& sql);
    StoreQuery(const QSqlDatabase& db, const QString& sql, Cached);
    // No statement yet: for execDirect(), statements without placeholders run
    // as they stand (pragmas, savepoints, a fixed SELECT).
    explicit StoreQuery(const QSqlDatabase& db);
    StoreQuery(const StoreQuery&) = delete;
    StoreQuery& operator=(const StoreQuery&) = delete;

    // Prepares another statement on the same query (its binds start again).
    // Whether it prepared; a statement that did not fails on exec() anyway.
    bool prepare(const QString& sql) { return m_query->prepare(sql); }
    // Binds values to the next placeholders, in order.
    template <typename... Values> StoreQuery& bind(const Values&... values)
    {
        (m_query->addBindValue(QVariant(values)), ...);
        return *this;
    }
    StoreQuery& bindList(const QVariantList& values);

    // Runs the statement.
    StoreError exec(const QString& context);
    // Runs `sql` as it stands, unprepared.
    StoreError execDirect(const QString& sql, const QString& context);
    // Runs `sql` as it stands and moves to its first row; no row is the
    // driver's error under `context`.
    StoreError execDirectOne(const QString& sql, const QString& context);
    // Runs it and moves to its first row. No row is NotFound with `notFound`
    // as its message; with no message, it is the driver's error under `context`.
    StoreError execOne(const QString& context, const QString& notFound = QString());
    // Runs it and expects it to change at least one row; none is NotFound.
    StoreError execAffecting(const QString& context, const QString& notFound);
    // Runs an INSERT written with SqlDialect::returningIdClause() and reads the new id.
    StoreError execInsert(const QString& context, qint64* id);
    // Runs it and reads the first column of its first row (a null QVariant
    // when there is no row).
    StoreError readValue(const QString& context, QVariant* value);
    // Runs it and reads its first row, as `read` makes it, into `row`; no row
    // is NotFound with `notFound` as its message. The statement is finished
    // after (a cached one is free again).
    template <typename Row, typename Reader>
    StoreError readOne(const QString& context, const QString& notFound, Row* row, Reader read)
    {
        if (StoreError error = execOne(context, notFound))
            return error;
        *row = read(*m_query);
        m_query->finish();
        return {};
    }
    // Runs it and appends every row, as `read` makes it, to `rows`.
    template <typename Row, typename Reader>
    StoreError readAll(const QString& context, QList<Row>* rows, Reader read)
    {
        if (StoreError error = exec(context))
            return error;
        while (m_query->next())
            rows->append(read(*m_query));
        return {};
    }

    // An INSERT of `sql` (written without SqlDialect::returningIdClause(),
    // which this adds) whose values `bind` binds, and the new id: in `reuse`
    // when given, prepared on its first use so that an import's thousands of
    // rows compile it once, else in a statement of its own.
    static StoreError insertRow(const QSqlDatabase& db, StoreQuery* reuse, const QString& sql,
                                const std::function<void(StoreQuery&)>& bind, const QString& context,
                                qint64* id);
    // Deletes the row `id` of `table` (a name written in the code, never
    // input) in a write transaction of its own; no such row is NotFound.
    static StoreError removeRow(const QSqlDatabase& db, const QString& table, qint64 id,
                                const QString& context, const QString& notFound);

    // The driver's last error under `context`, for a shape the above do not cover.
    StoreError error(const QString& context) const;

    // Binds a value to the placeholder at `index`, replacing what was there
    // (for one statement run many times).
    void bindValue(int index, const QVariant& value) { m_query->bindValue(index, value); }
    void setForwardOnly(bool forward) { m_query->setForwardOnly(forward); }
    bool next() { return m_query->next(); }
    bool isValid() const { return m_query->isValid(); }
    QVariant value(int index) const { return m_query->value(index); }
    QVariant value(const QString& name) const { return m_query->value(name); }
    bool isNull(int index) const { return m_query->isNull(index); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }
    void finish() { m_query->finish(); }
    // The statement itself, for a row reader that takes a QSqlQuery.
    const QSqlQuery& row() const { return *m_query; }
    QSqlQuery& sql() { return *m_query; }

private:
    const SqlDialect* m_dialect;
    std::optional<QSqlQuery> m_local;
    QSqlQuery* m_query = nullptr;
};
