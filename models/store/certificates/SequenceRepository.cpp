#include "store/certificates/SequenceRepository.h"

#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/StoreQuery.h"
#include "store/infrastructure/WriteTransaction.h"

#include <QSqlQuery>

SequenceRepository::SequenceRepository(QSqlDatabase db) : m_db(std::move(db)) {}

StoreError SequenceRepository::next(const QString& name, qint64* value)
{
    return WriteTransaction::run(m_db, [&]() -> StoreError {
        const SqlDialect& dialect = SqlDialect::forDriver(m_db.driverName());
        const QString context = QStringLiteral("Could not take the next number of %1").arg(name);
        // Make sure the row exists (two desks creating it at once must not clash),
        // then read and write it back: safe because the row is locked (FOR UPDATE)
        // or the whole database is (BEGIN IMMEDIATE) until the transaction ends.
        StoreQuery ensure(
            m_db,
            QStringLiteral("INSERT INTO counters (name, value) VALUES (?, 0) ON CONFLICT (name) DO NOTHING"),
            StoreQuery::cached);
        ensure.bind(name);
        if (StoreError error = ensure.exec(context))
            return error;
        StoreQuery read(
            m_db, QStringLiteral("SELECT value FROM counters WHERE name = ?") + dialect.forUpdateClause(),
            StoreQuery::cached);
        read.bind(name);
        if (StoreError error = read.execOne(context))
            return error;
        const qint64 current = read.value(0).toLongLong();
        read.finish();
        StoreQuery write(m_db, QStringLiteral("UPDATE counters SET value = ? WHERE name = ?"),
                         StoreQuery::cached);
        write.bind(current + 1, name);
        if (StoreError error = write.exec(context))
            return error;
        *value = current + 1;
        return {};
    });
}
