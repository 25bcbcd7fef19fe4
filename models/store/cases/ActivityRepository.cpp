#include "store/cases/ActivityRepository.h"

#include "store/access/AccessGuard.h"
#include "store/cases/CaseTaskRepository.h"
#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StoreQuery.h"
#include "store/infrastructure/WriteTransaction.h"

#include <QSqlQuery>
#include <algorithm>

ActivityRepository::ActivityRepository(QSqlDatabase db) : m_db(std::move(db)) {}

StoreError ActivityRepository::add(Activity* activity)
{
    // A timeline entry is an edit of the case: the roles that edit cases, on cases they see.
    if (StoreError error = AccessGuard(m_db).require(Action::EditCases))
        return error;
    if (StoreError error = AccessGuard(m_db).requireVisibleCase(activity->caseId))
        return error;
    return WriteTransaction::run(m_db, [&]() -> StoreError { return insertInTransaction(m_db, activity); });
}

StoreError ActivityRepository::insertInTransaction(QSqlDatabase db, Activity* activity)
{
    if (activity->summary.trimmed().isEmpty())
        return StoreError::invalid(QStringLiteral("Give a short summary of what happened."));
    if (!activity->occurredAt.isValid())
        return StoreError::invalid(QStringLiteral("Give the date and time it happened."));
    StoreQuery query(
        db,
        QStringLiteral("INSERT INTO activities (case_id, occurred_at, kind, author_id, summary, body, "
                       "confidential, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)") +
            SqlDialect::forDriver(db.driverName()).returningIdClause(),
        StoreQuery::cached);
    query.bind(activity->caseId, activity->occurredAt.toUTC(), activityKindToString(activity->kind),
               SqlValues::id(activity->authorId), activity->summary.trimmed(),
               SqlValues::text(activity->body), activity->confidential ? 1 : 0, SqlValues::now());
    if (StoreError error = query.execInsert(QStringLiteral("Could not add to the timeline"), &activity->id))
        return error;
    return {};
}

StoreError ActivityRepository::addNow(qint64 caseId, ActivityKind kind, std::optional<qint64> authorId,
                                      const QString& summary, const QString& body)
{
    Activity activity;
    activity.caseId = caseId;
    activity.occurredAt = QDateTime::currentDateTimeUtc();
    activity.kind = kind;
    activity.authorId = authorId;
    activity.summary = summary;
    activity.body = body;
    return add(&activity);
}

StoreError ActivityRepository::listForCase(qint64 caseId, QList<Activity>* activities) const
{
    activities->clear();
    StoreQuery query(
        m_db,
        QStringLiteral("SELECT a.id, a.occurred_at, a.kind, a.author_id, u.display_name, a.summary, a.body, "
                       "a.confidential FROM activities a LEFT JOIN users u ON u.id = a.author_id "
                       "WHERE a.case_id = ? ORDER BY a.occurred_at DESC, a.id DESC"));
    query.bind(caseId);
    if (StoreError error = query.exec(QStringLiteral("Could not read the timeline")))
        return error;
    while (query.next()) {
        Activity activity;
        activity.id = query.value(0).toLongLong();
        activity.caseId = caseId;
        activity.occurredAt = query.value(1).toDateTime();
        activity.kind = activityKindFromString(query.value(2).toString()).value_or(ActivityKind::Note);
        activity.authorId = SqlValues::optionalId(query.value(3));
        activity.authorName = query.value(4).toString();
        activity.summary = query.value(5).toString();
        activity.body = query.value(6).toString();
        activity.confidential = query.value(7).toInt() == 1;
        activities->append(activity);
    }
    return {};
}

StoreError ActivityRepository::listTimeline(qint64 caseId, QList<Activity>* entries) const
{
    if (StoreError error = listForCase(caseId, entries))
        return error;
    QList<Activity> tasks;
    if (StoreError error = CaseTaskRepository(m_db).timelineEntries(caseId, &tasks))
        return error;
    entries->append(tasks);
    // Newest first, as listForCase orders its own (a task's entry, with a
    // negative id, after an activity of the same moment).
    std::stable_sort(entries->begin(), entries->end(), [](const Activity& a, const Activity& b) {
        if (a.occurredAt != b.occurredAt)
            return a.occurredAt > b.occurredAt;
        return a.id > b.id;
    });
    return {};
}
