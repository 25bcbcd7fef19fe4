#include "store/cases/SchoolDirectory.h"

#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StoreQuery.h"

#include <QSqlQuery>

QString SchoolDirectory::key(const QString& name)
{
    return name.trimmed().toLower();
}

StoreError SchoolDirectory::index(QSqlDatabase db, QHash<QString, qint64>* schools)
{
    schools->clear();
    StoreQuery query(db);
    query.setForwardOnly(true);
    // The lowest id first, as the look-up in the database takes it.
    if (StoreError error =
            query.execDirect(QStringLiteral("SELECT id, name FROM organisations WHERE kind IN ('school', "
                                            "'early_years', 'college') ORDER BY id"),
                             QStringLiteral("Could not read the schools")))
        return error;
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
        StoreQuery find(
            db,
            QStringLiteral("SELECT id FROM organisations WHERE lower(name) = lower(?) AND kind IN "
                           "('school', 'early_years', 'college') ORDER BY id LIMIT 1"),
            StoreQuery::cached);
        find.bind(trimmed);
        if (StoreError error = find.exec(QStringLiteral("Could not look up the school")))
            return error;
        if (find.next()) {
            *id = find.value(0).toLongLong();
            find.finish();
            return {};
        }
    }
    StoreQuery query(
        db,
        QStringLiteral(
            "INSERT INTO organisations (name, kind, council_id, created_at) VALUES (?, 'school', ?, ?)") +
            SqlDialect::forDriver(db.driverName()).returningIdClause(),
        StoreQuery::cached);
    query.bind(trimmed, councilId, SqlValues::now());
    qint64 newId = 0;
    if (StoreError error = query.execInsert(QStringLiteral("Could not add the school"), &newId))
        return error;
    *id = newId;
    if (schools)
        schools->insert(key(trimmed), newId);
    return {};
}
