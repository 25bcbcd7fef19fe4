#pragma once

#include "store/infrastructure/StoreError.h"

#include <QSqlDatabase>

// Who is acting on one connection: the user the store's permission checks
// and the audit trail name. It lives with the connection, not in a global,
// so two windows or two threads cannot borrow each other's user.
//
// SQLite: the desktop program records the signed-in user after sign-in, in
// a TEMP table that no other connection or process sees and that dies with
// the connection. PostgreSQL: the actor is always the users row of the login
// role (session_user); it cannot be set to anybody else.
class SessionActor
{
public:
    // Records `userId` (an active user) as the actor. On PostgreSQL it only
    // checks that `userId` is the connected login's row (Forbidden if not).
    static StoreError set(QSqlDatabase db, qint64 userId);
    // Forgets the actor (sign-out, screen lock). No effect on PostgreSQL.
    static StoreError clear(QSqlDatabase db);
    // The acting user's id; 0 when nobody is signed in on this connection.
    static StoreError current(QSqlDatabase db, qint64* userId);
    // Makes sure the per-connection table exists (SQLite), so that TEMP
    // triggers may read it. Database::open() calls it.
    static StoreError prepareConnection(QSqlDatabase db);
};
