#include "store/access/AuditTriggers.h"

#include "store/access/AuditChain.h"
#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/StoreQuery.h"

#include <QSqlQuery>
#include <algorithm>

namespace {

struct Column
{
    QString name;
    bool binary = false;
    int keyPosition = 0; // 1-based position in the primary key, 0 if not in it
};

QString quoted(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

QString literal(const QString& text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("''")) +
           QLatin1Char('\'');
}

// A column's value as the trail keeps it: text, a PDF by its size.
QString valueOf(const QString& row, const Column& column)
{
    const QString ref = row + QLatin1Char('.') + quoted(column.name);
    if (column.binary)
        return QStringLiteral("CASE WHEN %1 IS NULL THEN NULL ELSE '(' || length(%1) || ' bytes)' END")
            .arg(ref);
    return QStringLiteral("CAST(%1 AS TEXT)").arg(ref);
}

QString jsonOf(const QString& table, const QString& row, const QList<Column>& columns)
{
    // json_object takes at most 127 arguments: a wide table is built in parts.
    constexpr int kColumnsPerPart = 50;
    QStringList objects;
    QStringList parts;
    for (const Column& column : columns) {
        if (AuditTriggers::isWithheld(table, column.name))
            continue;
        parts << literal(column.name)
              << (column.binary ? valueOf(row, column) : row + QLatin1Char('.') + quoted(column.name));
        if (parts.size() == 2 * kColumnsPerPart) {
            objects << QStringLiteral("json_object(%1)").arg(parts.join(QLatin1String(", ")));
            parts.clear();
        }
    }
    if (!parts.isEmpty() || objects.isEmpty())
        objects << QStringLiteral("json_object(%1)").arg(parts.join(QLatin1String(", ")));
    // Patching an empty object leaves out the NULL columns, as PostgreSQL's
    // jsonb_strip_nulls does.
    QString json = QStringLiteral("'{}'");
    for (const QString& object : objects)
        json = QStringLiteral("json_patch(%1, %2)").arg(json, object);
    return json;
}

QString keyOf(const QString& row, const QList<Column>& columns)
{
    QList<Column> key;
    for (const Column& column : columns)
        if (column.keyPosition > 0)
            key << column;
    std::sort(key.begin(), key.end(),
              [](const Column& a, const Column& b) { return a.keyPosition < b.keyPosition; });
    if (key.isEmpty())
        return QStringLiteral("CAST(%1.rowid AS TEXT)").arg(row);
    QStringList parts;
    for (const Column& column : key)
        parts << valueOf(row, column);
    return parts.join(QLatin1String(" || '/' || "));
}

// Who and when, as the first columns of every audit row. A change made with
// nobody signed in (a database still being set up, a sign-in's own lockout
// counter) is attributed to that, never left without an actor.
const QString kActorColumns = QStringLiteral(
    "strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT user_id FROM session_actor LIMIT 1), "
    "COALESCE((SELECT username FROM users WHERE id = (SELECT user_id FROM session_actor LIMIT 1)), "
    "'(not signed in)')");

QStringList triggersFor(const QString& table, const QList<Column>& columns)
{
    const QString name = quoted(table);
    const QString insertColumns = QStringLiteral(
        "INSERT INTO audit_log (at, actor_id, actor_name, action, table_name, record_id, field, "
        "old_value, new_value, redacted) ");
    // After `event` on the table: who and when, the table, the record's key
    // (of `row`) and then `values` (field, old and new value, redacted).
    const auto trigger = [&](const QString& event, const QString& row, const QString& values) {
        const QString action = event.toLower();
        return QStringLiteral(
                   "CREATE TEMP TRIGGER %1 AFTER %2 ON main.%3 BEGIN %4 SELECT %5, '%6', %7, %8, %9; END")
            .arg(quoted(QStringLiteral("audit_%1_").arg(action) + table), event, name, insertColumns,
                 kActorColumns, action, literal(table), keyOf(row, columns), values);
    };
    QStringList statements;
    statements << trigger(
        QStringLiteral("INSERT"), QStringLiteral("NEW"),
        QStringLiteral("NULL, NULL, %1, 0").arg(jsonOf(table, QStringLiteral("NEW"), columns)));
    statements << trigger(
        QStringLiteral("DELETE"), QStringLiteral("OLD"),
        QStringLiteral("NULL, %1, NULL, 0").arg(jsonOf(table, QStringLiteral("OLD"), columns)));
    // One row per changed column, from one statement.
    QStringList changes;
    for (const Column& column : columns) {
        const QString oldRef = QStringLiteral("OLD.") + quoted(column.name);
        const QString newRef = QStringLiteral("NEW.") + quoted(column.name);
        const bool withheld = AuditTriggers::isWithheld(table, column.name);
        changes
            << QStringLiteral(
                   "SELECT %1 AS field, %2 AS old_value, %3 AS new_value, %4 AS redacted WHERE %5 IS NOT %6")
                   .arg(literal(column.name),
                        withheld ? QStringLiteral("NULL") : valueOf(QStringLiteral("OLD"), column),
                        withheld ? QStringLiteral("NULL") : valueOf(QStringLiteral("NEW"), column),
                        withheld ? QStringLiteral("1") : QStringLiteral("0"), oldRef, newRef);
    }
    statements << trigger(QStringLiteral("UPDATE"), QStringLiteral("NEW"),
                          QStringLiteral("c.field, c.old_value, c.new_value, c.redacted FROM (%1) AS c")
                              .arg(changes.join(QLatin1String(" UNION ALL "))));
    return statements;
}

} // namespace

QString AuditTriggers::insertTriggerName(const QString& table)
{
    return QStringLiteral("audit_insert_") + table;
}

QStringList AuditTriggers::auditedTables()
{
    return {QStringLiteral("activities"),
            QStringLiteral("bank_holidays"),
            QStringLiteral("case_documents"),
            QStringLiteral("case_plan_sections"),
            QStringLiteral("case_tasks"),
            QStringLiteral("cases"),
            QStringLiteral("certificates"),
            QStringLiteral("conflicts_of_interest"),
            QStringLiteral("contacts"),
            QStringLiteral("councils"),
            QStringLiteral("invitee_contacts"),
            QStringLiteral("invitees"),
            QStringLiteral("meeting_actions"),
            QStringLiteral("meeting_changes"),
            QStringLiteral("meeting_copies"),
            QStringLiteral("meeting_invitees"),
            QStringLiteral("meeting_mediators"),
            QStringLiteral("meetings"),
            QStringLiteral("organisations"),
            QStringLiteral("people"),
            QStringLiteral("settings"),
            QStringLiteral("travel_expenses"),
            QStringLiteral("users"),
            QStringLiteral("venues")};
}

bool AuditTriggers::isUnaudited(const QString& table)
{
    static const QStringList names = {QStringLiteral("audit_log"), QStringLiteral("schema_version"),
                                      QStringLiteral("counters"), QStringLiteral("case_search"),
                                      QStringLiteral("contact_search")};
    return names.contains(table) || table.startsWith(QLatin1String("sqlite_")) ||
           table.startsWith(QLatin1String("case_search_")) ||
           table.startsWith(QLatin1String("contact_search_"));
}

bool AuditTriggers::isWithheld(const QString& table, const QString& column)
{
    return table == QLatin1String("users") &&
           (column == QLatin1String("password_hash") || column == QLatin1String("failed_attempts") ||
            column == QLatin1String("locked_until"));
}

StoreError AuditTriggers::install(QSqlDatabase db)
{
    if (SqlDialect::forDriver(db.driverName()).engine() != SqlDialect::Engine::Sqlite)
        return {};
    const QString context = QStringLiteral("Could not prepare the audit trail");
    StoreQuery query(db);
    if (StoreError error = query.execDirect(
            QStringLiteral("SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = 'audit_log'"),
            context))
        return error;
    if (!query.next())
        return {}; // an older schema, opened without upgrading
    query.finish();

    // Drop what an earlier install made: the columns may have changed since.
    QStringList old;
    if (StoreError error = query.execDirect(
            QStringLiteral("SELECT name FROM sqlite_temp_master WHERE type = 'trigger' AND name LIKE "
                           "'audit\\_%' ESCAPE '\\'"),
            context))
        return error;
    while (query.next())
        old << query.value(0).toString();
    query.finish();
    for (const QString& name : old) {
        if (StoreError error = query.execDirect(QStringLiteral("DROP TRIGGER temp.") + quoted(name), context))
            return error;
    }

    for (const QString& table : auditedTables()) {
        QList<Column> columns;
        // Table names come from the list above, never from input.
        if (StoreError error =
                query.execDirect(QStringLiteral("PRAGMA main.table_info(%1)").arg(quoted(table)), context))
            return error;
        while (query.next()) {
            Column column;
            column.name = query.value(1).toString();
            column.binary =
                query.value(2).toString().compare(QLatin1String("BLOB"), Qt::CaseInsensitive) == 0;
            column.keyPosition = query.value(5).toInt();
            columns << column;
        }
        query.finish();
        if (columns.isEmpty())
            continue; // not in this schema (yet)
        for (const QString& statement : triggersFor(table, columns)) {
            if (StoreError error = query.execDirect(statement, context))
                return error;
        }
    }
    // The chain's seal on audit_log itself (schema 13 on).
    return AuditChain::install(db);
}
