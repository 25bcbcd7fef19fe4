#include "store/access/AuditRepository.h"

#include "store/access/AccessGuard.h"
#include "store/infrastructure/SqlColumns.h"
#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StoreQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

bool isPostgres(const QSqlDatabase& db)
{
    return SqlDialect::forDriver(db.driverName()).engine() == SqlDialect::Engine::Postgres;
}

// SQLite keeps the time as ISO text in UTC with milliseconds, as the triggers write it.
QString sqliteTime(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString postgresArray(const QStringList& items)
{
    QStringList quoted;
    for (QString item : items) {
        item.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('"'), QLatin1String("\\\""));
        quoted << QLatin1Char('"') + item + QLatin1Char('"');
    }
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

std::optional<QString> optionalText(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toString();
}

QString jsonString(const QString& text)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

} // namespace

AuditRepository::AuditRepository(QSqlDatabase db) : m_db(std::move(db)) {}

StoreError AuditRepository::record(const QString& action, const QString& table, const QString& recordId,
                                   const QString& detail)
{
    if (!eventActions().contains(action))
        return StoreError::invalid(QStringLiteral("'%1' is not an audit event.").arg(action));
    StoreQuery query(m_db);
    if (isPostgres(m_db)) {
        query.prepare(QStringLiteral("SELECT cg_audit_record(?, ?, ?, ?)"));
    } else {
        query.prepare(QStringLiteral(
            "INSERT INTO audit_log (at, actor_id, actor_name, action, table_name, record_id, new_value) "
            "SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), a.user_id, COALESCE(u.username, '(not signed "
            "in)'), ?, ?, ?, ? "
            "FROM (SELECT (SELECT user_id FROM temp.session_actor LIMIT 1) AS user_id) a "
            "LEFT JOIN users u ON u.id = a.user_id"));
    }
    query.bind(action, table, SqlValues::text(recordId), SqlValues::text(detail));
    if (StoreError error = query.exec(QStringLiteral("Could not add to the audit trail")))
        return error;
    return {};
}

StoreError AuditRepository::recordCaseImport(const QString& fileName, const QString& sha256, int cases,
                                             int updated)
{
    // One JSON object, as the row triggers write their values.
    const QString detail = QStringLiteral("{\"file\":%1,\"sha256\":\"%2\",\"cases\":%3,\"updated\":%4}")
                               .arg(jsonString(fileName), sha256)
                               .arg(cases)
                               .arg(updated);
    return record(QStringLiteral("import"), QStringLiteral("cases"), QString(), detail);
}

StoreError AuditRepository::recordCaseOpened(qint64 caseId)
{
    return record(QStringLiteral("open"), QStringLiteral("cases"), QString::number(caseId));
}

StoreError AuditRepository::recordCertificatePrinted(qint64 certificateId, const QString& number)
{
    return record(QStringLiteral("print"), QStringLiteral("certificates"), QString::number(certificateId),
                  number);
}

StoreError AuditRepository::recordCertificateExported(qint64 certificateId, const QString& number)
{
    return record(QStringLiteral("export"), QStringLiteral("certificates"), QString::number(certificateId),
                  number);
}

StoreError AuditRepository::list(const AuditFilter& filter, QList<AuditEntry>* entries) const
{
    entries->clear();
    if (StoreError error = AccessGuard(m_db).require(Action::ViewAudit))
        return error;
    const bool postgres = isPostgres(m_db);
    QStringList where;
    QVariantList binds;
    if (filter.from.isValid()) {
        where << QStringLiteral("at >= ?");
        binds << (postgres ? QVariant(filter.from.toUTC()) : QVariant(sqliteTime(filter.from)));
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("at < ?");
        binds << (postgres ? QVariant(filter.to.toUTC()) : QVariant(sqliteTime(filter.to)));
    }
    const struct
    {
        const char* column;
        QString value;
    } exact[] = {{"actor_name", filter.actorName.trimmed()},
                 {"table_name", filter.table.trimmed()},
                 {"record_id", filter.recordId.trimmed()},
                 {"action", filter.action.trimmed()}};
    for (const auto& e : exact) {
        if (e.value.isEmpty())
            continue;
        where << QStringLiteral("%1 = ?").arg(QLatin1String(e.column));
        binds << e.value;
    }
    if (!filter.text.trimmed().isEmpty()) {
        // instr/strpos: a plain substring, with no LIKE wildcards to escape.
        const QString contains = postgres ? QStringLiteral("strpos(lower(%1), lower(?)) > 0")
                                          : QStringLiteral("instr(lower(%1), lower(?)) > 0");
        QStringList any;
        for (const char* column : {"field", "old_value", "new_value"}) {
            any << contains.arg(QLatin1String(column));
            binds << filter.text.trimmed();
        }
        where << QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }
    QString sql = QStringLiteral("SELECT id, at, actor_id, actor_name, action, table_name, record_id, field, "
                                 "old_value, new_value, redacted FROM audit_log");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));
    sql += filter.newestFirst ? QStringLiteral(" ORDER BY id DESC") : QStringLiteral(" ORDER BY id");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);

    StoreQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    query.bindList(binds);
    if (StoreError error = query.exec(QStringLiteral("Could not read the audit trail")))
        return error;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        const QVariant at = query.value(1);
        entry.at =
            postgres ? at.toDateTime().toUTC() : QDateTime::fromString(at.toString(), Qt::ISODateWithMs);
        if (!entry.at.isValid())
            entry.at = QDateTime::fromString(at.toString(), Qt::ISODate);
        entry.at = entry.at.toUTC();
        using A = AuditEntry;
        SqlColumns::readFrom(query.row(), 2, &entry, &A::actorId, &A::actorName, &A::action, &A::table,
                             &A::recordId, &A::field, SqlColumns::skip, SqlColumns::skip, &A::redacted);
        entry.oldValue = optionalText(query.value(8));
        entry.newValue = optionalText(query.value(9));
        entries->append(entry);
    }
    return {};
}

StoreError AuditRepository::redact(const QString& table, const QList<qint64>& recordIds)
{
    QStringList keys;
    for (qint64 id : recordIds)
        keys << QString::number(id);
    return redact(table, keys);
}

StoreError AuditRepository::redact(const QString& table, const QStringList& recordKeys)
{
    if (recordKeys.isEmpty())
        return {};
    const QString context = QStringLiteral("Could not redact the audit trail");
    StoreQuery query(m_db);
    if (isPostgres(m_db)) {
        query.prepare(QStringLiteral("SELECT cg_audit_redact(?, CAST(? AS TEXT[]))"));
        query.bind(table, postgresArray(recordKeys));
        if (StoreError error = query.exec(context))
            return error;
        return {};
    }
    // In slices, within SQLite's limit on bound values.
    constexpr qsizetype kSlice = 500;
    for (qsizetype start = 0; start < recordKeys.size(); start += kSlice) {
        const QStringList slice = recordKeys.mid(start, kSlice);
        QStringList marks(slice.size(), QStringLiteral("?"));
        query.prepare(QStringLiteral("UPDATE audit_log SET old_value = NULL, new_value = NULL, redacted = 1 "
                                     "WHERE table_name = ? AND redacted = 0 AND record_id IN (%1)")
                          .arg(marks.join(QLatin1Char(','))));
        query.bind(table);
        for (const QString& key : slice)
            query.bind(key);
        if (StoreError error = query.exec(context))
            return error;
    }
    query.prepare(
        QStringLiteral("INSERT INTO audit_log (at, actor_id, actor_name, action, table_name, record_id) "
                       "SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), a.user_id, COALESCE(u.username, '(not "
                       "signed in)'), 'anonymise', ?, ? "
                       "FROM (SELECT (SELECT user_id FROM temp.session_actor LIMIT 1) AS user_id) a "
                       "LEFT JOIN users u ON u.id = a.user_id"));
    for (const QString& key : recordKeys) {
        query.bind(table, key);
        if (StoreError error = query.exec(context))
            return error;
    }
    return {};
}
