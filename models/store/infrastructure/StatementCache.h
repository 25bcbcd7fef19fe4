#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <optional>

// Statements prepared once for a run of many writes on one connection.
//
// Preparing a statement that writes to a table with triggers (the audit,
// search and seal triggers of cases, people, activities ...) makes SQLite
// compile every trigger again: for a case import of 10,000 rows that was more
// than half its time. While a Scope is open on a connection, prepared() hands
// back the same prepared statement for the same SQL text; without one it
// prepares the caller's own query as before. So a repository method has one
// path, used alike for one case from a dialog and for thousands from a file.
//
// A statement handed out is reset by its next exec(); a caller that reads
// rows finishes (or reads all of) them before calling code that could ask for
// the same SQL text again. Connections belong to one thread each, and so do
// the scopes.
class StatementCache
{
public:
    class Scope
    {
    public:
        explicit Scope(const QSqlDatabase& db);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        QString m_connection;
        bool m_outermost = false;
    };

    // `sql` prepared: the cached statement while a Scope is open on `db`,
    // otherwise `*local` (which the caller owns; made only then, so that a
    // cached statement costs no new query object). prepare() errors show on
    // exec().
    static QSqlQuery& prepared(const QSqlDatabase& db, std::optional<QSqlQuery>* local, const QString& sql);
    // Whether a Scope is open on `db` (for tests).
    static bool isActive(const QSqlDatabase& db);
};
