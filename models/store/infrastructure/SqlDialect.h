#pragma once

#include <QString>
#include <QStringList>

class QSqlError;
class QSqlQuery;

// Every difference between SQLite and PostgreSQL that the store needs, in one
// place, chosen by the Qt driver name ("QSQLITE" or "QPSQL"). Repositories
// write portable SQL and ask this class for the rest.
class SqlDialect
{
public:
    enum class Engine
    {
        Sqlite,
        Postgres
    };

    static const SqlDialect& forDriver(const QString& driverName);

    Engine engine() const { return m_engine; }
    // "sqlite" or "postgres": the suffix of engine-specific migration files.
    QString name() const;

    // The statement that opens a write transaction. SQLite's plain BEGIN is
    // deferred: when another connection writes first, the later upgrade to a
    // write lock fails at once with SQLITE_BUSY_SNAPSHOT and the busy timeout
    // never applies. BEGIN IMMEDIATE takes the write lock up front and waits.
    QString beginWriteStatement() const;
    // Run just before a write transaction's COMMIT so other desks hear of it
    // (ChangeNotifier): PostgreSQL's NOTIFY, delivered only if the commit
    // succeeds; empty on SQLite, whose desks poll instead.
    QString announceChangeStatement() const;
    // Appended to a SELECT that is read in order to be written back.
    QString forUpdateClause() const;
    // Run on every new connection (pragmas, session settings).
    QStringList connectionSetupStatements() const;
    // Fills the @ID@, @DATE@, @TIMESTAMP@ and @BLOB@ tokens of a migration.
    QString expandSchemaTokens(QString sql) const;
    // Whether a statement failed because another connection held a lock.
    bool isBusy(const QSqlError& error) const;
    // Appended to an INSERT whose new id is wanted. SQLite implements
    // RETURNING with a statement savepoint per row, which made bulk loads
    // many times slower; there the connection's last rowid serves instead.
    QString returningIdClause() const;
    // Runs a prepared INSERT (written with returningIdClause()) and reads the new id.
    bool execInsert(QSqlQuery& query, qint64* id) const;
    // Whether a table exists (used before the schema_version table is there).
    QString tableExistsQuery() const;

private:
    explicit SqlDialect(Engine engine) : m_engine(engine) {}
    Engine m_engine;
};
