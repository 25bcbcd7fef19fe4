#include "store/cases/SchoolDirectory.h"

#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StatementCache.h"

#include <QSqlQuery>

QString SchoolDirectory::key(const QString& name)
{
    return name.trimmed().toLower();
}

StoreError SchoolDirectory::index(QSqlDatabase db, QHash<QString, qint64>* schools)
{
    schools->clear();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // The lowest id first, as the look-up in the database takes it.
    if (!query.exec(QStringLiteral("SELECT id, name FROM organisations WHERE kind IN ('school', "
                                   "'early_years', 'college') ORDER BY id")))
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not read the schools"));
    while (query.next()) {
        const QString found = key(query.value(1).toString());
        if (!schools->contains(found))
            schools->insert(found, query.value(0).toLongLong());
    }
    return {};
}

// The school or setting named on a referral, from the directory, or added
// to it when it is new.
// With `schools` (the directory's schools by normalised name, as
// SchoolDirectory::index reads them), the look-up is in it and a school
// added goes into it: `lower(name)` cannot use the name index, so each
// look-up in the database scans every organisation.
StoreError SchoolDirectory::findOrAdd(QSqlDatabase db, const QString& name, qint64 councilId,
                                      std::optional<qint64>* id, QHash<QString, qint64>* schools)
{
    id->reset();
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (schools) {
        const auto found = schools->constFind(key(trimmed));
        if (found != schools->cend()) {
            *id = found.value();
            return {};
        }
    } else {
        std::optional<QSqlQuery> localFind;
        QSqlQuery& find = StatementCache::prepared(
            db, &localFind,
            QStringLiteral("SELECT id FROM organisations WHERE lower(name) = lower(?) AND kind IN "
                           "('school', 'early_years', 'college') ORDER BY id LIMIT 1"));
        find.addBindValue(trimmed);
        if (!find.exec())
            return StoreError::fromSql(find.lastError(), QStringLiteral("Could not look up the school"));
        if (find.next()) {
            *id = find.value(0).toLongLong();
            find.finish();
            return {};
        }
    }
    std::optional<QSqlQuery> localInsert;
    QSqlQuery& query = StatementCache::prepared(
        db, &localInsert,
        QStringLiteral(
            "INSERT INTO organisations (name, kind, council_id, created_at) VALUES (?, 'school', ?, ?)") +
            SqlDialect::forDriver(db.driverName()).returningIdClause());
    query.addBindValue(trimmed);
    query.addBindValue(councilId);
    query.addBindValue(SqlValues::now());
    qint64 newId = 0;
    if (!SqlDialect::forDriver(db.driverName()).execInsert(query, &newId))
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not add the school"));
    *id = newId;
    if (schools)
        schools->insert(key(trimmed), newId);
    return {};
}
