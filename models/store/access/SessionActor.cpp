#include "store/access/SessionActor.h"

#include "store/access/AccessGuard.h"
#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/StoreQuery.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

bool isPostgres(const QSqlDatabase& db)
{
    return SqlDialect::forDriver(db.driverName()).engine() == SqlDialect::Engine::Postgres;
}

} // namespace

StoreError SessionActor::prepareConnection(QSqlDatabase db)
{
    if (isPostgres(db))
        return {};
    StoreQuery query(
        db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS session_actor (user_id INTEGER NOT NULL)"),
        StoreQuery::cached);
    if (StoreError error = query.exec(QStringLiteral("Could not prepare the connection")))
        return error;
    return {};
}

StoreError SessionActor::set(QSqlDatabase db, qint64 userId)
{
    User user;
    if (StoreError error = AccessGuard(db).actor(userId, &user))
        return error;
    if (isPostgres(db)) {
        qint64 login = 0;
        if (StoreError error = current(db, &login))
            return error;
        if (login != userId)
            return StoreError(
                StoreError::Kind::Forbidden,
                QCoreApplication::translate("SessionActor",
                                            "On a shared database you act as the user you connected as."));
        return {};
    }
    if (StoreError error = prepareConnection(db))
        return error;
    StoreQuery query(db);
    if (StoreError error = query.execDirect(QStringLiteral("DELETE FROM temp.session_actor"),
                                            QStringLiteral("Could not record who is signed in")))
        return error;
    query.prepare(QStringLiteral("INSERT INTO temp.session_actor (user_id) VALUES (?)"));
    query.bind(userId);
    if (StoreError error = query.exec(QStringLiteral("Could not record who is signed in")))
        return error;
    return {};
}

StoreError SessionActor::clear(QSqlDatabase db)
{
    if (isPostgres(db))
        return {};
    if (StoreError error = prepareConnection(db))
        return error;
    StoreQuery query(db);
    if (StoreError error = query.execDirect(QStringLiteral("DELETE FROM temp.session_actor"),
                                            QStringLiteral("Could not sign out")))
        return error;
    return {};
}

StoreError SessionActor::current(QSqlDatabase db, qint64* userId)
{
    *userId = 0;
    if (!isPostgres(db)) {
        if (StoreError error = prepareConnection(db))
            return error;
    }
    // session_user, not current_user: the login, even inside SECURITY DEFINER code.
    StoreQuery query(db,
                     isPostgres(db)
                         ? QStringLiteral("SELECT id FROM users WHERE username = session_user AND active = 1")
                         : QStringLiteral("SELECT user_id FROM temp.session_actor"),
                     StoreQuery::cached);
    if (StoreError error = query.exec(QStringLiteral("Could not check who is signed in")))
        return error;
    if (query.next())
        *userId = query.value(0).toLongLong();
    query.finish();
    return {};
}
