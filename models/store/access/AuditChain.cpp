#include "store/access/AuditChain.h"

#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/StoreQuery.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>

namespace {

const QString kContext = QStringLiteral("Could not check the audit trail");

bool isSqlite(const QSqlDatabase& db)
{
    return SqlDialect::forDriver(db.driverName()).engine() == SqlDialect::Engine::Sqlite;
}

QByteArray sha256Hex(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// cg_sha256(text): the lower-case hex SHA-256 of the text's UTF-8 bytes.
void sha256Function(sqlite3_context* context, int, sqlite3_value** values)
{
    if (sqlite3_value_type(values[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(values[0]));
    const int bytes = sqlite3_value_bytes(values[0]);
    const QByteArray hex = sha256Hex(QByteArray::fromRawData(text, bytes));
    sqlite3_result_text(context, hex.constData(), static_cast<int>(hex.size()), SQLITE_TRANSIENT);
}

StoreError registerFunction(QSqlDatabase db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return StoreError(StoreError::Kind::Query, kContext + QStringLiteral(": no SQLite handle"));
    sqlite3* connection = *static_cast<sqlite3* const*>(handle.data());
    if (!connection ||
        sqlite3_create_function_v2(connection, "cg_sha256", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                   sha256Function, nullptr, nullptr, nullptr) != SQLITE_OK)
        return StoreError(StoreError::Kind::Query, kContext + QStringLiteral(": cannot add cg_sha256"));
    return {};
}

// The row's content as hashed: the same expression at sealing and checking.
const QString kContent =
    QStringLiteral("cg_sha256(json_array(id, at, actor_id, actor_name, action, table_name, record_id, "
                   "field, old_value, new_value, redacted))");

StoreError hasChainColumns(QSqlDatabase db, bool* has)
{
    *has = false;
    StoreQuery query(db);
    if (StoreError error =
            query.execDirectOne(QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('audit_log') "
                                               "WHERE name IN ('content_hash', 'chain_hash')"),
                                kContext))
        return error;
    *has = query.value(0).toInt() == 2;
    return {};
}

// Whether the chain applies to this connection (SQLite from schema 13), and
// when it does, cg_sha256() registered on it: what install() and verify()
// both need first. *applies is set before the registration, which may fail.
StoreError prepareChain(QSqlDatabase db, bool* applies)
{
    *applies = false;
    if (!isSqlite(db))
        return {};
    if (StoreError error = hasChainColumns(db, applies))
        return error;
    if (!*applies)
        return {}; // before schema 13
    return registerFunction(db);
}

// The last value the trail recorded for `column` of each record of `table`
// (from the row written at insert, or a change of that field), or a null
// QVariant where the last such row was redacted.
StoreError lastRecorded(QSqlDatabase db, const QString& table, const QString& column,
                        QHash<QString, QVariant>* values)
{
    values->clear();
    StoreQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT record_id, redacted, CASE WHEN action = 'insert' THEN json_extract(new_value, '$.' || ?) "
        "ELSE new_value END FROM audit_log WHERE table_name = ? AND chain_hash IS NOT NULL "
        "AND ((action = 'insert' AND (redacted = 1 OR json_valid(new_value))) "
        "OR (action = 'update' AND field = ?)) ORDER BY id"));
    query.bind(column, table, column);
    if (StoreError error = query.exec(kContext))
        return error;
    while (query.next()) {
        const bool redacted = query.value(1).toInt() != 0;
        values->insert(query.value(0).toString(),
                       redacted ? QVariant() : QVariant(query.value(2).toString()));
    }
    return {};
}

// Compares the current value of `column` in `table` with the trail's last
// record of it; adds a problem for each disagreement.
StoreError compareWithTrail(QSqlDatabase db, const QString& table, const QString& column,
                            const QString& label, const QString& where, QStringList* problems)
{
    QHash<QString, QVariant> recorded;
    if (StoreError error = lastRecorded(db, table, column, &recorded))
        return error;
    StoreQuery query(db);
    query.setForwardOnly(true);
    // Names come from this file, never from input. A record made before the
    // trail began (an older schema) has nothing to be compared with.
    if (StoreError error = query.execDirect(
            QStringLiteral("SELECT CAST(id AS TEXT), CAST(%1 AS TEXT), %2, "
                           "created_at > (SELECT MIN(at) FROM audit_log) FROM %3 WHERE %4 ORDER BY id")
                .arg(column, label, table, where),
            kContext))
        return error;
    while (query.next()) {
        const QString id = query.value(0).toString();
        const auto it = recorded.constFind(id);
        if (it == recorded.constEnd()) {
            if (query.value(3).toInt() == 1)
                problems->append(QStringLiteral("%1 %2 (%3) has no record in the audit trail")
                                     .arg(table, id, query.value(2).toString()));
            continue;
        }
        if (it->isNull())
            continue; // redacted when its case was anonymised: nothing to compare
        if (it->toString() != query.value(1).toString())
            problems->append(QStringLiteral("%1 %2 (%3): %4 is '%5' but the audit trail last recorded '%6'")
                                 .arg(table, id, query.value(2).toString(), column, query.value(1).toString(),
                                      it->toString()));
    }
    return {};
}

} // namespace

QStringList AuditChain::guardTriggers()
{
    return {QStringLiteral("audit_log_no_update"),
            QStringLiteral("audit_log_no_delete"),
            QStringLiteral("audit_log_no_forged_seal"),
            QStringLiteral("certificates_issued_complete_insert"),
            QStringLiteral("certificates_issued_complete_update"),
            QStringLiteral("certificates_issued_immutable"),
            QStringLiteral("certificates_issued_kept")};
}

StoreError AuditChain::install(QSqlDatabase db)
{
    bool applies = false;
    if (StoreError error = prepareChain(db, &applies))
        return error;
    if (!applies)
        return {};
    StoreQuery query(db);
    // Each row chains to the last sealed row before it. Rows written past the
    // program stay unsealed and are skipped, so that verify() names them
    // without every later row failing too.
    const QString seal =
        QStringLiteral("UPDATE audit_log SET content_hash = %1, chain_hash = cg_sha256("
                       "COALESCE((SELECT p.chain_hash FROM audit_log p WHERE p.id < audit_log.id "
                       "AND p.chain_hash IS NOT NULL ORDER BY p.id DESC LIMIT 1), '') || %1)")
            .arg(kContent);
    const QString prepareContext = QStringLiteral("Could not prepare the audit trail");
    if (StoreError error =
            query.execDirect(QStringLiteral("DROP TRIGGER IF EXISTS temp.chain_seal"), prepareContext))
        return error;
    if (StoreError error = query.execDirect(
            QStringLiteral("CREATE TEMP TRIGGER chain_seal AFTER INSERT ON main.audit_log BEGIN ") + seal +
                QStringLiteral(" WHERE id = NEW.id; END"),
            prepareContext))
        return error;

    // An upgraded file: its rows from before schema 13 are sealed once, in
    // order. Afterwards an unsealed row can only have come from elsewhere.
    if (StoreError error = query.execDirectOne(
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM audit_log WHERE chain_hash IS NOT NULL), "
                           "EXISTS (SELECT 1 FROM audit_log WHERE chain_hash IS NULL)"),
            kContext))
        return error;
    const bool anySealed = query.value(0).toBool();
    const bool anyUnsealed = query.value(1).toBool();
    query.finish();
    if (anySealed || !anyUnsealed)
        return {};
    QList<qint64> ids;
    if (StoreError error = query.execDirect(QStringLiteral("SELECT id FROM audit_log ORDER BY id"), kContext))
        return error;
    while (query.next())
        ids << query.value(0).toLongLong();
    query.finish();
    const QString context = QStringLiteral("Could not seal the audit trail after the upgrade");
    if (StoreError error = query.execDirect(QStringLiteral("SAVEPOINT audit_chain_legacy"), context))
        return error;
    StoreQuery one(db, seal + QStringLiteral(" WHERE id = ?"));
    for (qint64 id : ids) {
        one.bindValue(0, id);
        if (StoreError error = one.exec(context)) {
            // Undoing the savepoint cannot fail in a way worth more than the error itself.
            query.sql().exec(QStringLiteral("ROLLBACK TO audit_chain_legacy"));
            query.sql().exec(QStringLiteral("RELEASE audit_chain_legacy"));
            return error;
        }
    }
    if (StoreError error = query.execDirect(QStringLiteral("RELEASE audit_chain_legacy"), context))
        return error;
    return {};
}

StoreError AuditChain::verify(QSqlDatabase db, AuditChainReport* report)
{
    *report = AuditChainReport();
    if (StoreError error = prepareChain(db, &report->applies))
        return error;
    if (!report->applies)
        return {};

    StoreQuery query(db);
    query.setForwardOnly(true);
    // The schema's guards: dropped, they would let anything through unseen.
    QStringList present;
    if (StoreError error =
            query.execDirect(QStringLiteral("SELECT name FROM main.sqlite_master WHERE type = 'trigger' "
                                            "AND sql LIKE '%RAISE(ABORT%'"),
                             kContext))
        return error;
    while (query.next())
        present << query.value(0).toString();
    query.finish();
    QStringList missingGuards;
    for (const QString& name : guardTriggers()) {
        if (!present.contains(name))
            missingGuards << name;
    }

    // Where a redaction is allowed: rows written before the last 'anonymise'
    // row about the same record.
    QHash<QString, qint64> anonymisedFrom;
    if (StoreError error =
            query.execDirect(QStringLiteral("SELECT table_name, record_id, MAX(id) FROM audit_log "
                                            "WHERE action = 'anonymise' AND chain_hash IS NOT NULL "
                                            "GROUP BY table_name, record_id"),
                             kContext))
        return error;
    while (query.next())
        anonymisedFrom.insert(query.value(0).toString() + QLatin1Char('\n') + query.value(1).toString(),
                              query.value(2).toLongLong());
    query.finish();

    if (StoreError error = query.execDirect(
            QStringLiteral("SELECT id, table_name, record_id, redacted, "
                           "old_value IS NULL AND new_value IS NULL, content_hash, chain_hash, %1 "
                           "FROM audit_log ORDER BY id")
                .arg(kContent),
            kContext))
        return error;
    QByteArray previous;
    while (query.next()) {
        ++report->rows;
        const qint64 id = query.value(0).toLongLong();
        const QByteArray content = query.value(5).toString().toLatin1();
        const QByteArray chain = query.value(6).toString().toLatin1();
        const QByteArray actual = query.value(7).toString().toLatin1();
        QString problem;
        if (content.isEmpty() || chain.isEmpty()) {
            problem = QStringLiteral("audit row %1 is not sealed: it was written past Common Ground").arg(id);
        } else {
            if (content != actual) {
                const bool redactionShape = query.value(3).toInt() == 1 && query.value(4).toBool();
                const qint64 anonymisedAt = anonymisedFrom.value(
                    query.value(1).toString() + QLatin1Char('\n') + query.value(2).toString(), 0);
                if (!redactionShape)
                    problem = QStringLiteral("audit row %1 was changed after it was written").arg(id);
                else if (anonymisedAt <= id)
                    problem = QStringLiteral("audit row %1 was blanked, but its record was never anonymised")
                                  .arg(id);
            }
            if (problem.isEmpty() && chain != sha256Hex(previous + content))
                problem = QStringLiteral("audit row %1 does not follow the row before it (a row was removed, "
                                         "inserted or moved)")
                              .arg(id);
            previous = chain;
        }
        if (!problem.isEmpty()) {
            if (report->firstBrokenId == 0)
                report->firstBrokenId = id;
            report->problems << problem;
        }
    }
    query.finish();
    report->head = QString::fromLatin1(previous);

    for (const QString& name : missingGuards)
        report->problems << QStringLiteral("the guard trigger %1 is missing from the schema").arg(name);

    // What the trail says against what the tables hold: a role or an issued
    // certificate changed past the program leaves no trail of its own.
    if (StoreError error =
            compareWithTrail(db, QStringLiteral("users"), QStringLiteral("role"), QStringLiteral("username"),
                             QStringLiteral("1"), &report->problems))
        return error;
    if (StoreError error =
            compareWithTrail(db, QStringLiteral("users"), QStringLiteral("active"),
                             QStringLiteral("username"), QStringLiteral("1"), &report->problems))
        return error;
    const QString issued = QStringLiteral("status <> 'draft'");
    for (const char* column : {"status", "number", "issue_date", "content_sha256", "pdf_sha256"}) {
        if (StoreError error =
                compareWithTrail(db, QStringLiteral("certificates"), QLatin1String(column),
                                 QStringLiteral("COALESCE(number, '')"), issued, &report->problems))
            return error;
    }
    report->problems.removeDuplicates(); // "no record" comes once per column compared
    return {};
}
