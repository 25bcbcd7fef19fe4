#include "store/certificates/SequenceRepository.h"

#include "store/infrastructure/SqlDialect.h"
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
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO counters (name, value) VALUES (?, 0) ON CONFLICT (name) DO NOTHING"));
    query.addBindValue(name);
    if (!query.exec())
        return StoreError::fromSql(query.lastError(), context);
    query.prepare(QStringLiteral("SELECT value FROM counters WHERE name = ?") + dialect.forUpdateClause());
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return StoreError::fromSql(query.lastError(), context);
    const qint64 current = query.value(0).toLongLong();
    query.finish();
    query.prepare(QStringLiteral("UPDATE counters SET value = ? WHERE name = ?"));
    query.addBindValue(current + 1);
    query.addBindValue(name);
    if (!query.exec())
        return StoreError::fromSql(query.lastError(), context);
    *value = current + 1;
    return transaction.commit();
}
