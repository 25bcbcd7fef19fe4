#pragma once

#include "domain/Activity.h"
#include "domain/CaseTask.h"
#include "store/infrastructure/StoreError.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <optional>

// The tasks on a case (schema 27, case_tasks; issue 17 point 4): what is to
// be done, for whom, by when, and whether it is done. Adding, editing and
// marking done are case edits (Action::EditCases: a mediator only on their
// own cases); an edit is versioned (RowVersion), so a save over another
// desk's newer change is refused naming who and when. The lists across cases
// (the dashboard's, the reminder's) see only the cases the actor sees, as
// the case list does (AccessGuard::assignedCondition). Every write joins a
// write transaction open on the connection.
class CaseTaskRepository
{
public:
    explicit CaseTaskRepository(QSqlDatabase db);

    // Adds `task` (its title, case, person and due day) as open; sets every
    // field of it as stored. Refused with TaskRules::problem's sentence.
    StoreError add(CaseTask* task);
    // Saves the title, person, due day and done (a task done now is stamped
    // with the time and the actor; undone clears both), against the row
    // version `task` was read with.
    StoreError update(const CaseTask& task);
    // Marks a task done (now, by the actor) or open again. Not versioned: it
    // is one fact, and marking done what another desk marked done changes
    // nothing.
    StoreError setDone(qint64 id, bool done);

    StoreError find(qint64 id, CaseTask* task) const;
    // The case's tasks, open first, then by due day (none last) and title.
    StoreError listForCase(qint64 caseId, QList<CaseTask>* tasks) const;
    // The open tasks for `userId` on the cases the actor sees, soonest due
    // first (none last).
    StoreError openTasksFor(qint64 userId, QList<CaseTask>* tasks) const;
    // The open tasks due before `today` on the cases the actor sees, most
    // overdue first; with `person`, those on the person's cases (their
    // caseworker or mediator, as the dashboard's "Show cases of") and those
    // for the person.
    StoreError overdueTasks(const QDate& today, std::optional<qint64> person, QList<CaseTask>* tasks) const;

    // The case's timeline entries of its tasks (ActivityKind::Task): one
    // when each was added, and one when each was done. They are read from
    // case_tasks rather than written to activities, whose kind the schema
    // checks against its list (changing that CHECK means rebuilding the
    // table on SQLite), and so that marking a task open again takes its
    // "done" entry away rather than leaving a stale one. The id of an entry
    // is the task's, negated, so that it is never taken for an activity's.
    StoreError timelineEntries(qint64 caseId, QList<Activity>* entries) const;

private:
    StoreError list(const QString& where, const QVariantList& binds, const QString& order,
                    QList<CaseTask>* tasks, bool scoped) const;

    QSqlDatabase m_db;
};
