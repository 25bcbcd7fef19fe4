#include "store/infrastructure/RowVersion.h"

#include "domain/DateText.h"
#include "domain/OfficeTime.h"
#include "store/access/SessionActor.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StoreQuery.h"

#include <QDateTime>

QString RowVersion::stampAssignments()
{
    return QStringLiteral("row_version = row_version + 1, changed_by = ?, changed_at = ?");
}

StoreError RowVersion::bindStamp(const QSqlDatabase& db, StoreQuery& query)
{
    qint64 actorId = 0;
    if (StoreError error = SessionActor::current(db, &actorId))
        return error;
    query.bind(SqlValues::id(actorId), SqlValues::now());
    return {};
}

StoreError RowVersion::update(const QSqlDatabase& db, const Loaded& loaded, const QString& assignments,
                              const std::function<void(StoreQuery&)>& bind, const QString& context)
{
    StoreQuery query(db, QStringLiteral("UPDATE %1 SET %2, %3 WHERE id = ? AND row_version = ?")
                             .arg(loaded.table, assignments, stampAssignments()));
    bind(query);
    if (StoreError error = bindStamp(db, query))
        return error;
    query.bind(loaded.id, loaded.version);
    if (StoreError error = query.exec(context))
        return error;
    if (query.numRowsAffected() > 0)
        return {};
    return refusal(db, loaded, context);
}

StoreError RowVersion::changedElsewhere(const QString& noun, const QString& changedBy,
                                        const QVariant& changedAt)
{
    // Stored as UTC; SQLite hands the text back without a zone.
    QDateTime at = changedAt.toDateTime();
    if (at.isValid() && at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC);
    const QString who = changedBy.isEmpty() ? QStringLiteral("Someone else") : changedBy;
    const QString when =
        at.isValid() ? QStringLiteral(" on %1").arg(DateText::shortDateTime(OfficeTime::local(at.toUTC())))
                     : QString();
    return StoreError(StoreError::Kind::Conflict,
                      QStringLiteral("%1 changed this %2%3, after you opened it. Your changes have not been "
                                     "saved: reload it to see theirs, then make yours again.")
                          .arg(who, noun, when));
}

StoreError RowVersion::refusal(const QSqlDatabase& db, const Loaded& loaded, const QString& context)
{
    StoreQuery query(db, QStringLiteral("SELECT u.display_name, r.changed_at FROM %1 r "
                                        "LEFT JOIN users u ON u.id = r.changed_by WHERE r.id = ?")
                             .arg(loaded.table));
    query.bind(loaded.id);
    if (StoreError error = query.exec(context))
        return error;
    if (!query.next())
        return StoreError(
            StoreError::Kind::NotFound,
            QStringLiteral("Someone else removed this %1 after you opened it.").arg(loaded.noun));
    return changedElsewhere(loaded.noun, query.value(0).toString(), query.value(1));
}
