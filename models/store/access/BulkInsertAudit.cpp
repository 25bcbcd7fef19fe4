#include "store/access/BulkInsertAudit.h"

#include "store/access/AuditTriggers.h"
#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/StoreQuery.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace {
const QString kContext = QStringLiteral("Could not record the bulk load in the audit trail");

QString quoted(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}
} // namespace

BulkInsertAudit::BulkInsertAudit(QSqlDatabase db, QStringList tables)
    : m_db(std::move(db)), m_tables(std::move(tables)),
      m_sqlite(SqlDialect::forDriver(m_db.driverName()).engine() == SqlDialect::Engine::Sqlite)
{}

BulkInsertAudit::~BulkInsertAudit()
{
    if (!m_started)
        return;
    // A destructor cannot report: should this fail, the connection goes on
    // without the per-row insert audit of these tables until it is opened
    // again (Database::open installs every trigger).
    const StoreError error = AuditTriggers::install(m_db);
    static_cast<void>(error);
}

StoreError BulkInsertAudit::start()
{
    if (!m_sqlite)
        return {};
    StoreQuery query(m_db);
    m_started = true;
    // Table names come from the caller's list, never from input.
    for (const QString& table : std::as_const(m_tables)) {
        if (StoreError error = query.execDirect(QStringLiteral("DROP TRIGGER IF EXISTS temp.") +
                                                    quoted(AuditTriggers::insertTriggerName(table)),
                                                kContext))
            return error;
    }
    return {};
}

StoreError BulkInsertAudit::beginBatch()
{
    if (!m_sqlite)
        return {};
    StoreQuery query(m_db);
    for (const QString& table : std::as_const(m_tables)) {
        if (StoreError error = query.execDirectOne(
                QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM %1").arg(quoted(table)), kContext))
            return error;
        m_lastRowid.insert(table, query.value(0).toLongLong());
        query.finish();
    }
    return {};
}

StoreError BulkInsertAudit::recordBatch()
{
    if (!m_sqlite)
        return {};
    StoreQuery record(
        m_db,
        QStringLiteral("INSERT INTO audit_log (at, actor_id, actor_name, action, table_name, record_id, "
                       "new_value) SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), a.user_id, "
                       "COALESCE(u.username, '(not signed in)'), 'bulk_insert', ?, ?, ? "
                       "FROM (SELECT (SELECT user_id FROM temp.session_actor LIMIT 1) AS user_id) a "
                       "LEFT JOIN users u ON u.id = a.user_id"));
    for (const QString& table : std::as_const(m_tables)) {
        StoreQuery query(m_db);
        query.setForwardOnly(true);
        QStringList columns;
        if (StoreError error =
                query.execDirect(QStringLiteral("PRAGMA main.table_info(%1)").arg(quoted(table)), kContext))
            return error;
        while (query.next()) {
            const QString column = quoted(query.value(1).toString());
            columns << (query.value(2).toString().compare(QLatin1String("BLOB"), Qt::CaseInsensitive) == 0
                            ? QStringLiteral("hex(%1)").arg(column)
                            : column);
        }
        query.finish();
        // The rows as inserted, in rowid order, one JSON array of the columns a line.
        query.prepare(QStringLiteral("SELECT rowid, json_array(%1) FROM %2 WHERE rowid > ? ORDER BY rowid")
                          .arg(columns.join(QLatin1String(", ")), quoted(table)));
        query.bind(m_lastRowid.value(table));
        if (StoreError error = query.exec(kContext))
            return error;
        QCryptographicHash digest(QCryptographicHash::Sha256);
        qint64 rows = 0;
        qint64 first = 0;
        qint64 last = 0;
        while (query.next()) {
            last = query.value(0).toLongLong();
            if (rows++ == 0)
                first = last;
            digest.addData(query.value(1).toString().toUtf8());
            digest.addData(QByteArrayView("\n"));
        }
        query.finish();
        if (rows == 0)
            continue;
        record.bind(table, QStringLiteral("%1-%2").arg(first).arg(last),
                    QStringLiteral("{\"rows\":%1,\"first_rowid\":%2,\"last_rowid\":%3,\"sha256\":\"%4\"}")
                        .arg(rows)
                        .arg(first)
                        .arg(last)
                        .arg(QString::fromLatin1(digest.result().toHex())));
        if (StoreError error = record.exec(kContext))
            return error;
    }
    return {};
}
