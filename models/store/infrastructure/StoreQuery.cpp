#include "store/infrastructure/StoreQuery.h"

#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/StatementCache.h"
#include "store/infrastructure/WriteTransaction.h"

#include <QSqlError>

StoreQuery::StoreQuery(const QSqlDatabase& db, const QString& sql)
    : m_dialect(&SqlDialect::forDriver(db.driverName())), m_local(std::in_place, db), m_query(&*m_local)
{
    // A statement that does not prepare fails on exec(), with the driver's error.
    m_query->prepare(sql);
}

StoreQuery::StoreQuery(const QSqlDatabase& db, const QString& sql, Cached)
    : m_dialect(&SqlDialect::forDriver(db.driverName())),
      m_query(&StatementCache::prepared(db, &m_local, sql))
{}

StoreQuery::StoreQuery(const QSqlDatabase& db)
    : m_dialect(&SqlDialect::forDriver(db.driverName())), m_local(std::in_place, db), m_query(&*m_local)
{}

StoreQuery& StoreQuery::bindList(const QVariantList& values)
{
    for (const QVariant& value : values)
        m_query->addBindValue(value);
    return *this;
}

StoreError StoreQuery::exec(const QString& context)
{
    if (!m_query->exec())
        return error(context);
    return {};
}

StoreError StoreQuery::execDirect(const QString& sql, const QString& context)
{
    if (!m_query->exec(sql))
        return error(context);
    return {};
}

StoreError StoreQuery::execDirectOne(const QString& sql, const QString& context)
{
    if (!m_query->exec(sql) || !m_query->next())
        return error(context);
    return {};
}

StoreError StoreQuery::execOne(const QString& context, const QString& notFound)
{
    if (StoreError failed = exec(context))
        return failed;
    if (m_query->next())
        return {};
    if (notFound.isEmpty())
        return error(context);
    return StoreError(StoreError::Kind::NotFound, notFound);
}

StoreError StoreQuery::execAffecting(const QString& context, const QString& notFound)
{
    if (StoreError failed = exec(context))
        return failed;
    if (m_query->numRowsAffected() == 0)
        return StoreError(StoreError::Kind::NotFound, notFound);
    return {};
}

StoreError StoreQuery::execInsert(const QString& context, qint64* id)
{
    if (!m_dialect->execInsert(*m_query, id))
        return error(context);
    return {};
}

StoreError StoreQuery::readValue(const QString& context, QVariant* value)
{
    if (StoreError failed = exec(context))
        return failed;
    *value = m_query->next() ? m_query->value(0) : QVariant();
    return {};
}

StoreError StoreQuery::insertRow(const QSqlDatabase& db, StoreQuery* reuse, const QString& sql,
                                 const std::function<void(StoreQuery&)>& bind, const QString& context,
                                 qint64* id)
{
    StoreQuery local(db);
    StoreQuery& query = reuse ? *reuse : local;
    if (query.m_query->lastQuery().isEmpty())
        query.prepare(sql + query.m_dialect->returningIdClause());
    bind(query);
    return query.execInsert(context, id);
}

StoreError StoreQuery::removeRow(const QSqlDatabase& db, const QString& table, qint64 id,
                                 const QString& context, const QString& notFound)
{
    return WriteTransaction::run(db, [&] {
        StoreQuery query(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
        query.bind(id);
        return query.execAffecting(context, notFound);
    });
}

StoreError StoreQuery::error(const QString& context) const
{
    return StoreError::fromSql(m_query->lastError(), context);
}
