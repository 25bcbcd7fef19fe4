#pragma once

#include "store/infrastructure/ConnectionSettings.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <memory>

// A fresh, empty database for one test, on either engine.
//
// SQLite always: a file in a temporary folder. PostgreSQL when the environment
// variable CG_TEST_PG holds a libpq conninfo for a server the tests may use
// (the test script starts a throwaway cluster); each TestDatabase creates its
// own database there and drops it afterwards. With CG_TEST_PG_REQUIRED=1 a
// missing server fails the test instead of skipping it.
class TestDatabase
{
public:
    explicit TestDatabase(const QString& engine);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    // Adds the column "engine" and a row per engine to a _data() table.
    static void addEngineRows();
    static bool postgresRequired();

    // Makes the user `username` the one acting on `db`, as after sign-in:
    // SQLite records it on the connection (SessionActor); on PostgreSQL,
    // where the login always acts, that users row is renamed to the login.
    // Empty on success, else why not.
    static QString actAs(QSqlDatabase db, const QString& username);

    bool isAvailable() const { return m_available; }
    const QString& unavailableReason() const { return m_reason; }
    const ConnectionSettings& settings() const { return m_settings; }
    bool isSqlite() const { return m_settings.engine() == ConnectionSettings::Engine::Sqlite; }
    QString directory() const { return m_dir ? m_dir->path() : QString(); }

private:
    bool m_available = false;
    QString m_reason;
    ConnectionSettings m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_postgresAdmin; // conninfo of the server, for the drop
};

// Skips (or, when PostgreSQL is required, fails) a test whose engine is not here.
#define CG_REQUIRE_ENGINE(testDatabase)                                                                      \
    do {                                                                                                     \
        if (!(testDatabase).isAvailable()) {                                                                 \
            if (TestDatabase::postgresRequired())                                                            \
                QFAIL(qPrintable((testDatabase).unavailableReason()));                                       \
            QSKIP(qPrintable((testDatabase).unavailableReason()));                                           \
        }                                                                                                    \
    } while (false)
