#include "store/cases/CaseTaskRepository.h"

#include "domain/DateText.h"
#include "rules/TaskRules.h"
#include "store/access/AccessGuard.h"
#include "store/access/SessionActor.h"
#include "store/infrastructure/RowVersion.h"
#include "store/infrastructure/SqlColumns.h"
#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StoreQuery.h"

#include <QSqlQuery>

namespace {
const QString kSelect = QStringLiteral(
    "SELECT t.id, t.case_id, c.reference, t.title, t.assigned_to, ua.display_name, t.due_date, t.done_at, "
    "t.done_by, ud.display_name, t.created_by, uc.display_name, t.created_at, t.row_version "
    "FROM case_tasks t JOIN cases c ON c.id = t.case_id "
    "LEFT JOIN users ua ON ua.id = t.assigned_to LEFT JOIN users ud ON ud.id = t.done_by "
    "LEFT JOIN users uc ON uc.id = t.created_by ");
// Open first, then the soonest due (a task without a day after those with one).
const QString kCaseOrder = QStringLiteral(" ORDER BY CASE WHEN t.done_at IS NULL THEN 0 ELSE 1 END, CASE "
                                          "WHEN t.due_date IS NULL THEN 1 ELSE 0 END, "
                                          "t.due_date, t.title, t.id");
const QString kDueOrder =
    QStringLiteral(" ORDER BY CASE WHEN t.due_date IS NULL THEN 1 ELSE 0 END, t.due_date, c.reference, t.id");

// Stored as UTC; SQLite hands the text back without a zone.
QDateTime utc(const QVariant& value)
{
    QDateTime at = value.toDateTime();
    if (at.isValid() && at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC);
    return at;
}

CaseTask fromRow(const QSqlQuery& query)
{
    using T = CaseTask;
    T t = SqlColumns::read<T>(query, &T::id, &T::caseId, &T::caseReference, &T::title, &T::assignedToId,
                              &T::assignedToName, &T::dueDate, SqlColumns::skip, &T::doneById, &T::doneByName,
                              &T::createdById, &T::createdByName, SqlColumns::skip, &T::rowVersion);
    t.doneAt = utc(query.value(7));
    t.createdAt = utc(query.value(12));
    return t;
}

QString notFound(qint64 id)
{
    return QStringLiteral("There is no task %1.").arg(id);
}

StoreError checked(const CaseTask& task)
{
    const QString problem = TaskRules::problem(task);
    return problem.isEmpty() ? StoreError() : StoreError::invalid(problem);
}
} // namespace

CaseTaskRepository::CaseTaskRepository(QSqlDatabase db) : m_db(std::move(db)) {}

StoreError CaseTaskRepository::add(CaseTask* task)
{
    if (StoreError error = checked(*task))
        return error;
    qint64 id = 0;
    const auto insert = [&]() -> StoreError {
        qint64 actor = 0;
        if (StoreError error = SessionActor::current(m_db, &actor))
            return error;
        StoreQuery query(m_db,
                         QStringLiteral("INSERT INTO case_tasks (case_id, title, assigned_to, due_date, "
                                        "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)") +
                             SqlDialect::forDriver(m_db.driverName()).returningIdClause());
        query.bind(task->caseId, task->title.trimmed(), SqlValues::id(task->assignedToId),
                   SqlValues::date(task->dueDate), SqlValues::id(actor), SqlValues::now());
        return query.execInsert(QStringLiteral("Could not add the task"), &id);
    };
    if (StoreError error = AccessGuard(m_db).writeCase(Action::EditCases, task->caseId, insert))
        return error;
    // Read back, so that the caller has the names and the stored times.
    return find(id, task);
}

StoreError CaseTaskRepository::update(const CaseTask& task)
{
    if (StoreError error = checked(task))
        return error;
    CaseTask stored;
    if (StoreError error = find(task.id, &stored))
        return error;
    const bool done = task.isDone();
    return AccessGuard(m_db).writeCase(Action::EditCases, stored.caseId, [&]() -> StoreError {
        qint64 actor = 0;
        if (StoreError error = SessionActor::current(m_db, &actor))
            return error;
        // Done keeps the first time it was marked done; undone clears it.
        return RowVersion::update(
            m_db, {QStringLiteral("case_tasks"), QStringLiteral("task"), task.id, task.rowVersion},
            QStringLiteral("title = ?, assigned_to = ?, due_date = ?, "
                           "done_at = CASE WHEN ? = 1 THEN COALESCE(done_at, ?) END, "
                           "done_by = CASE WHEN ? = 1 THEN COALESCE(done_by, ?) END"),
            [&](StoreQuery& query) {
                query.bind(task.title.trimmed(), SqlValues::id(task.assignedToId),
                           SqlValues::date(task.dueDate), done ? 1 : 0, SqlValues::now(), done ? 1 : 0,
                           SqlValues::id(actor));
            },
            QStringLiteral("Could not save the task"));
    });
}

StoreError CaseTaskRepository::setDone(qint64 id, bool done)
{
    CaseTask stored;
    if (StoreError error = find(id, &stored))
        return error;
    if (stored.isDone() == done)
        return {};
    return AccessGuard(m_db).writeCase(Action::EditCases, stored.caseId, [&]() -> StoreError {
        qint64 actor = 0;
        if (StoreError error = SessionActor::current(m_db, &actor))
            return error;
        StoreQuery query(m_db, QStringLiteral("UPDATE case_tasks SET done_at = ?, done_by = ?, ") +
                                   RowVersion::stampAssignments() + QStringLiteral(" WHERE id = ?"));
        query.bind(done ? SqlValues::now() : QVariant(QMetaType::fromType<QDateTime>()),
                   done ? SqlValues::id(actor) : SqlValues::id(std::nullopt));
        if (StoreError error = RowVersion::bindStamp(m_db, query))
            return error;
        query.bind(id);
        return query.execAffecting(QStringLiteral("Could not mark the task"), notFound(id));
    });
}

StoreError CaseTaskRepository::find(qint64 id, CaseTask* task) const
{
    if (StoreError error = AccessGuard(m_db).requireVisibleCaseOf("case_tasks", id))
        return error;
    StoreQuery query(m_db, kSelect + QStringLiteral("WHERE t.id = ?"));
    query.bind(id);
    return query.readOne(QStringLiteral("Could not read the task"), notFound(id), task, fromRow);
}

StoreError CaseTaskRepository::listForCase(qint64 caseId, QList<CaseTask>* tasks) const
{
    tasks->clear();
    if (StoreError error = AccessGuard(m_db).requireVisibleCase(caseId))
        return error;
    return list(QStringLiteral("t.case_id = ?"), {caseId}, kCaseOrder, tasks, false);
}

StoreError CaseTaskRepository::openTasksFor(qint64 userId, QList<CaseTask>* tasks) const
{
    return list(QStringLiteral("t.done_at IS NULL AND t.assigned_to = ?"), {userId}, kDueOrder, tasks, true);
}

StoreError CaseTaskRepository::overdueTasks(const QDate& today, std::optional<qint64> person,
                                            QList<CaseTask>* tasks) const
{
    QString where = QStringLiteral("t.done_at IS NULL AND t.due_date < ?");
    QVariantList binds{today};
    if (person) {
        // As "Show cases of" narrows the dashboard: the person's cases, and their own tasks elsewhere.
        where += QStringLiteral(" AND (c.caseworker_id = ? OR c.mediator_id = ? OR t.assigned_to = ?)");
        binds << *person << *person << *person;
    }
    return list(where, binds, kDueOrder, tasks, true);
}

StoreError CaseTaskRepository::list(const QString& where, const QVariantList& binds, const QString& order,
                                    QList<CaseTask>* tasks, bool scoped) const
{
    tasks->clear();
    QString condition = where;
    QVariantList all = binds;
    if (scoped) {
        // The case list's rule: a mediator (or a caseworker) sees their cases only.
        QString scope;
        QVariantList scopeBinds;
        if (StoreError error = AccessGuard(m_db).assignedCondition(QStringLiteral("c"), &scope, &scopeBinds))
            return error;
        if (!scope.isEmpty()) {
            condition += QStringLiteral(" AND ") + scope;
            all += scopeBinds;
        }
    }
    StoreQuery query(m_db, kSelect + QStringLiteral("WHERE ") + condition + order);
    query.bindList(all);
    return query.readAll(QStringLiteral("Could not read the tasks"), tasks, fromRow);
}

StoreError CaseTaskRepository::timelineEntries(qint64 caseId, QList<Activity>* entries) const
{
    entries->clear();
    QList<CaseTask> tasks;
    if (StoreError error = listForCase(caseId, &tasks))
        return error;
    for (const CaseTask& task : std::as_const(tasks)) {
        Activity added;
        added.id = -task.id;
        added.caseId = caseId;
        added.kind = ActivityKind::Task;
        added.occurredAt = task.createdAt;
        added.authorId = task.createdById;
        added.authorName = task.createdByName;
        added.summary = task.assignedToName.isEmpty()
                            ? QStringLiteral("Task added: %1").arg(task.title)
                            : QStringLiteral("Task added for %1: %2").arg(task.assignedToName, task.title);
        if (task.dueDate.isValid())
            added.body = QStringLiteral("Due %1").arg(DateText::shortDate(task.dueDate));
        entries->append(added);
        if (!task.isDone())
            continue;
        Activity done = added;
        done.occurredAt = task.doneAt;
        done.authorId = task.doneById;
        done.authorName = task.doneByName;
        done.summary = QStringLiteral("Task done: %1").arg(task.title);
        done.body.clear();
        entries->append(done);
    }
    return {};
}
