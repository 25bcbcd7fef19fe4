#include "store/certificates/SequenceRepository.h"

#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/StatementCache.h"
#include "store/infrastructure/WriteTransaction.h"

#include <QSqlQuery>

SequenceRepository::SequenceRepository(QSqlDatabase db) : m_db(std::move(db)) {}

StoreError SequenceRepository::next(const QString& name, qint64* value)
{
    WriteTransaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    const SqlDialect& dialect = SqlDialect::forDriver(m_db.driverName());
    const QString context = QStringLiteral("Could not take the next number of %1").arg(name);
    // Make sure the row exists (two desks creating it at once must not clash),
    // then read and write it back: safe because the row is locked (FOR UPDATE)
    // or the whole database is (BEGIN IMMEDIATE) until the transaction ends.
    std::optional<QSqlQuery> localEnsure;
    QSqlQuery& ensure = StatementCache::prepared(
        m_db, &localEnsure,
        QStringLiteral("INSERT INTO counters (name, value) VALUES (?, 0) ON CONFLICT (name) DO NOTHING"));
    ensure.addBindValue(name);
    if (!ensure.exec())
        return StoreError::fromSql(ensure.lastError(), context);
    std::optional<QSqlQuery> localRead;
    QSqlQuery& read = StatementCache::prepared(m_db, &localRead,
                                               QStringLiteral("SELECT value FROM counters WHERE name = ?") +
                                                   dialect.forUpdateClause());
    read.addBindValue(name);
    if (!read.exec() || !read.next())
        return StoreError::fromSql(read.lastError(), context);
    const qint64 current = read.value(0).toLongLong();
    read.finish();
    std::optional<QSqlQuery> localWrite;
    QSqlQuery& write = StatementCache::prepared(
        m_db, &localWrite, QStringLiteral("UPDATE counters SET value = ? WHERE name = ?"));
    write.addBindValue(current + 1);
    write.addBindValue(name);
    if (!write.exec())
        return StoreError::fromSql(write.lastError(), context);
    *value = current + 1;
    return transaction.commit();
}
