#pragma once

#include <QSqlError>
#include <QString>
#include <QStringList>

// What went wrong in the store, in words a caseworker can act on. The store
// returns these and never shows a dialog; the GUI and CLI decide how to say it.
// [[nodiscard]]: a write whose error is dropped fails silently, so the
// compiler refuses every call that ignores one.
class [[nodiscard]] StoreError
{
public:
    enum class Kind
    {
        None,
        NotADatabase,      // the file is not an SQLite database at all
        Corrupt,           // an SQLite file that fails to read
        NewerSchema,       // written by a newer Common Ground
        NetworkFilesystem, // an SQLite file on SMB/CIFS or NFS
        ConnectionFailed,  // could not open or connect
        Query,             // a statement failed
        Busy,              // another desk held the database too long
        Constraint,        // the data broke a rule of the schema
        Io,                // reading or writing a file failed
        Invalid,           // the input breaks a rule; the message says what to fix
        NotFound,          // no such record
        Conflict,          // another desk changed the record first
        Forbidden,         // the acting user's role does not allow it
    };

    StoreError() = default;
    StoreError(Kind kind, QString message) : m_kind(kind), m_message(std::move(message)) {}

    // The context ("Could not store the bank holidays") and a plain sentence
    // saying what happened and what to do. The driver's own words ("Parameter
    // count mismatch") are no help to a caseworker: they go to detail(), for
    // a log or a bug report, and reach the message only when they are the
    // schema's own sentences (a trigger's RAISE, written for people).
    static StoreError fromSql(const QSqlError& error, const QString& context);
    // Input that breaks a rule: the message says what to fix. A list is one
    // problem a line.
    static StoreError invalid(const QString& message) { return StoreError(Kind::Invalid, message); }
    static StoreError invalid(const QStringList& problems)
    {
        return StoreError(Kind::Invalid, problems.join(QLatin1Char('\n')));
    }

    // Success reads as ok(); `if (const StoreError error = ...)` reads as
    // "if it failed", which is what the explicit bool means.
    bool ok() const { return m_kind == Kind::None; }
    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    // "!error" reads as success but looks like failure; ok() says it plainly.
    bool operator!() const = delete;
    Kind kind() const { return m_kind; }
    const QString& message() const { return m_message; }
    // What the database driver said, for logs; empty for the store's own errors.
    const QString& detail() const { return m_detail; }

private:
    Kind m_kind = Kind::None;
    QString m_message;
    QString m_detail;
};
