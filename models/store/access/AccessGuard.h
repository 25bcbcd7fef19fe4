#pragma once

#include "domain/User.h"
#include "rules/Permissions.h"
#include "store/infrastructure/StoreError.h"
#include "store/infrastructure/WriteTransaction.h"

#include <QSqlDatabase>
#include <QVariantList>

// The store's check that the acting user may do something, for every
// repository that changes or reveals what a role limits. It reads the
// actor's role and active flag from the database each time, so a stale or
// forged User value cannot widen what is allowed.
//
// The overloads without an actor ask SessionActor who is acting on the
// connection. A database where nobody can sign in yet (no active
// administrator with a way to sign in: the first start, 'init', a test
// fixture) is open to whoever holds it, as the file itself is; once there is
// one, every guarded call needs a signed-in actor.
class AccessGuard
{
public:
    explicit AccessGuard(QSqlDatabase db);

    // The connection's actor may do `action`.
    StoreError require(Action action) const;
    // Someone is signed in as an active user (any role): for what every
    // role may do, such as the directory, so that no change is unattributed.
    StoreError requireSignedIn() const;
    // The connection's actor may see a case with these assignments.
    StoreError requireCaseVisible(std::optional<qint64> caseworkerId, std::optional<qint64> mediatorId) const;
    // The same for a stored case, read by id (NotFound when there is none).
    StoreError requireVisibleCase(qint64 caseId) const;
    // The same for the case a record belongs to: `table` is one of the
    // store's own tables with a case_id column (never user input). A record
    // that is not there passes, so that the caller can say NotFound itself.
    StoreError requireVisibleCaseOf(const char* table, qint64 recordId) const;
    // Which cases the connection's actor sees, for lists and counts; when
    // Assigned, `userId` is the actor (0 and All when the database is open).
    StoreError caseScope(CaseScope* scope, qint64* userId) const;
    // The same as SQL for lists and counts over cases aliased `alias`: empty
    // for All, else "(alias.caseworker_id = ? OR alias.mediator_id = ?)"
    // with the actor bound twice into `binds`.
    StoreError assignedCondition(const QString& alias, QString* condition, QVariantList* binds) const;
    // The SQL of assignedCondition for a known user (0: everything).
    static QString assignedCondition(const QString& alias, qint64 userId, QVariantList* binds);
    // Whether nobody can sign in yet (see above).
    StoreError isOpenForSetup(bool* open) const;

    // A guarded write: refused (nothing begun) unless the connection's actor
    // may do `action`, then `work` in one write transaction
    // (WriteTransaction::run).
    template <typename Work> StoreError write(Action action, Work&& work) const
    {
        if (StoreError error = require(action))
            return error;
        return WriteTransaction::run(m_db, std::forward<Work>(work));
    }
    // The same on a stored case the actor must also see (requireVisibleCase).
    template <typename Work> StoreError writeCase(Action action, qint64 caseId, Work&& work) const
    {
        if (StoreError error = require(action))
            return error;
        if (StoreError error = requireVisibleCase(caseId))
            return error;
        return WriteTransaction::run(m_db, std::forward<Work>(work));
    }

    // Kind::Forbidden (with a sentence naming who may) unless the active
    // user `actorId` has a role that allows `action`.
    StoreError require(qint64 actorId, Action action) const;
    // The actor as stored (id 0 and Kind::Forbidden when unknown or inactive).
    StoreError actor(qint64 actorId, User* user) const;
    // Whether the actor may see a case with these assignments.
    StoreError requireCaseVisible(qint64 actorId, std::optional<qint64> caseworkerId,
                                  std::optional<qint64> mediatorId) const;

private:
    QSqlDatabase m_db;
};
