#pragma once

#include "store/access/SessionActor.h"
#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/StoreQuery.h"

#include <QSqlDatabase>
#include <QSqlQuery>

// A demo user acts on the connection while the generator does what only
// that role may (the administrator sets the provider's details, the
// supervisor issues certificates), and whoever acted before acts again
// afterwards (the certificates, the tasks). SQLite only: on PostgreSQL the
// login always acts.
class DemoActor
{
public:
    DemoActor(QSqlDatabase db, const char* username) : m_db(std::move(db))
    {
        if (SqlDialect::forDriver(m_db.driverName()).engine() == SqlDialect::Engine::Postgres)
            return;
        if (SessionActor::current(m_db, &m_previous))
            return;
        StoreQuery query(m_db, QStringLiteral("SELECT id FROM users WHERE active = 1 AND username = ?"));
        query.bind(QString::fromLatin1(username));
        // Without the demo user, whoever is signed in acts.
        if (query.sql().exec() && query.next())
            m_acting = SessionActor::set(m_db, query.value(0).toLongLong()).ok();
    }
    ~DemoActor()
    {
        if (!m_acting)
            return;
        // A destructor cannot report: if this fails the connection keeps the
        // demo user, and the next sign-in sets the actor again.
        const StoreError error =
            m_previous != 0 ? SessionActor::set(m_db, m_previous) : SessionActor::clear(m_db);
        static_cast<void>(error);
    }
    DemoActor(const DemoActor&) = delete;
    DemoActor& operator=(const DemoActor&) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_previous = 0;
    bool m_acting = false;
};
