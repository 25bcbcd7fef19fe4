#pragma once

#include "store/infrastructure/ConnectionSettings.h"
#include "store/infrastructure/StoreError.h"

#include <QSqlDatabase>
#include <QStringList>

class SqlDialect;

// One open connection to the cases, on SQLite or PostgreSQL. A connection
// belongs to the thread that opened it: another thread opens its own Database.
//
// open() refuses, and leaves untouched, a file that is not a database, is
// damaged, sits on a network drive, or was written by a newer Common Ground.
// An older schema is upgraded; an SQLite file is first copied aside.
class Database
{
public:
    struct OpenOptions
    {
        bool create = true;  // make a new, empty database if there is none
        bool migrate = true; // upgrade an older schema to this program's version
    };

    explicit Database(ConnectionSettings settings);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    StoreError open(OpenOptions options);
    StoreError open() { return open(OpenOptions{}); }
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    const SqlDialect& dialect() const;
    const ConnectionSettings& settings() const { return m_settings; }
    // The schema version found (after any upgrade) when it was opened.
    int schemaVersion() const { return m_schemaVersion; }
    static int supportedSchemaVersion();
    // Where the copy made before the last upgrade went (empty if none).
    const QString& preMigrationCopy() const { return m_preMigrationCopy; }

    // Problems found by a full integrity check; empty when all is well.
    StoreError checkIntegrity(QStringList* problems) const;

private:
    StoreError openConnection();
    StoreError prepareSqlitePath(bool create);
    StoreError copyAsideBeforeUpgrade(int fromVersion);
    // PostgreSQL: Forbidden, naming the owner, when this login cannot upgrade.
    StoreError requireSchemaOwner(int supported);

    ConnectionSettings m_settings;
    QString m_connectionName;
    int m_schemaVersion = 0;
    QString m_preMigrationCopy;
};
