#pragma once

#include <QString>

// Where the cases live: an embedded SQLite file, or a shared PostgreSQL
// database. The password is held in memory only and never written to settings;
// libpq's pgpass file is used when it is empty.
class ConnectionSettings
{
public:
    enum class Engine
    {
        Sqlite,
        Postgres
    };

    static ConnectionSettings sqlite(const QString& path);
    static ConnectionSettings postgres(const QString& host, int port, const QString& databaseName,
                                       const QString& user);
    // libpq keyword=value form: "host=/run/pg port=5432 dbname=cases user=alex".
    // Returns an invalid settings object and sets *error on bad input.
    static ConnectionSettings fromConnInfo(const QString& connInfo, QString* error);
    // The file in the user's data folder used when nothing else is chosen.
    static QString defaultSqlitePath();
    // The demo database beside it (`commonground --demo`): synthetic cases,
    // kept apart from the real file so the two never mix.
    static QString demoSqlitePath();

    bool isValid() const;
    Engine engine() const { return m_engine; }
    const QString& sqlitePath() const { return m_sqlitePath; }
    const QString& host() const { return m_host; }
    int port() const { return m_port; }
    const QString& databaseName() const { return m_databaseName; }
    const QString& user() const { return m_user; }
    const QString& password() const { return m_password; }
    void setPassword(const QString& password) { m_password = password; }

    // For the status bar and messages: a path, or user@host:port/database. Never the password.
    QString describe() const;
    // The same without the password, in conninfo form, for settings files.
    QString toConnInfo() const;

private:
    Engine m_engine = Engine::Sqlite;
    QString m_sqlitePath;
    QString m_host;
    int m_port = 5432;
    QString m_databaseName;
    QString m_user;
    QString m_password;
};
