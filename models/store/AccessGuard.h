#pragma once

#include "domain/User.h"
#include "rules/Permissions.h"
#include "store/StoreError.h"

#include <QSqlDatabase>

// The store's check that the acting user may do something, for every
// repository that changes or reveals what a role limits. It reads the
// actor's role and active flag from the database each time, so a stale or
// forged User value cannot widen what is allowed.
class AccessGuard
{
public:
    explicit AccessGuard(QSqlDatabase db);

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
