#pragma once

#include "domain/Activity.h"
#include "store/infrastructure/StoreError.h"

#include <QList>
#include <QSqlDatabase>

// A case's timeline: calls, emails, letters, notes and stage changes.
class ActivityRepository
{
public:
    explicit ActivityRepository(QSqlDatabase db);

    // Sets activity->id. Inside a caller's WriteTransaction it joins it (a
    // stage change and its entry are saved together or not at all).
    StoreError add(Activity* activity);
    // add() without its access checks, into the caller's open transaction:
    // for a caller that checked EditCases and the case itself (CaseImport,
    // on cases it has just made). add() is this with the checks around it.
    static StoreError insertInTransaction(QSqlDatabase db, Activity* activity);
    // add() of an entry dated now, for what a repository has just done to
    // the case (a stage move, an appeal, a certificate).
    StoreError addNow(qint64 caseId, ActivityKind kind, std::optional<qint64> authorId,
                      const QString& summary, const QString& body = QString());
    // Newest first.
    StoreError listForCase(qint64 caseId, QList<Activity>* activities) const;
    // The timeline as the case's screen shows it: listForCase and the
    // entries of the case's tasks (CaseTaskRepository::timelineEntries),
    // newest first.
    StoreError listTimeline(qint64 caseId, QList<Activity>* entries) const;

private:
    QSqlDatabase m_db;
};
