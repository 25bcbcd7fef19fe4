#pragma once

#include "store/infrastructure/Database.h"

#include <QString>
#include <QStringList>
#include <QTextStream>
#include <memory>

class CommandLine;

// What a command needs from its surroundings: its arguments, the output
// streams, and the database named on the command line (opened on request).
class CliContext
{
public:
    CliContext(const CommandLine& line, QTextStream& out, QTextStream& err);
    ~CliContext();

    // The command's own arguments, the program name first (for QCommandLineParser).
    const QStringList& arguments() const { return m_arguments; }
    const QString& commandName() const { return m_commandName; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Whether --database or --postgres was given; without either, commands
    // use the same SQLite file the GUI opens by default.
    bool databaseGiven() const;
    ConnectionSettings connectionSettings(QString* error) const;
    // Opens the database; on failure prints why and returns nullptr. With
    // --user it signs that user in (SQLite; the password from the
    // environment variable COMMONGROUND_PASSWORD, or asked for on a
    // terminal), and the store checks what they may do. On PostgreSQL the
    // login acts, so --user, when given, must name it.
    Database* openDatabase(Database::OpenOptions options = {});

    // Prints "commonground-cli: <message>" on stderr and returns the exit code.
    int fail(const QString& message, int exitCode = 1);
    // The same for the store's error; a refusal on a database that has users,
    // with nobody signed in, says how to sign in.
    int fail(const StoreError& error, int exitCode = 1);
    // The same for a wrong command line, with a pointer to the help.
    int usageError(const QString& message);

private:
    StoreError signIn(Database* database);

    QStringList m_arguments;
    QString m_commandName;
    QString m_databasePath;
    QString m_postgres;
    QString m_user;
    bool m_signedIn = false;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<Database> m_database;
};
