#pragma once

#include <QString>
#include <QStringList>

// The command line split into the options every command shares (where the
// database is, who signs in, --help, --version) and the command with its own arguments.
// Shared options may stand before or after the command name.
class CommandLine
{
public:
    static CommandLine parse(const QStringList& arguments);

    bool isValid() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    bool wantsHelp() const { return m_help; }
    bool wantsVersion() const { return m_version; }
    const QString& databasePath() const { return m_databasePath; }
    const QString& postgresConnInfo() const { return m_postgres; }
    // --user NAME: who signs in to a database that has users (SQLite).
    const QString& user() const { return m_user; }
    // The command name, empty when none was given.
    const QString& command() const { return m_command; }
    // The command's own arguments, with the program name in front so that a
    // QCommandLineParser can take them as they are.
    const QStringList& commandArguments() const { return m_commandArguments; }

private:
    QString m_error;
    bool m_help = false;
    bool m_version = false;
    QString m_databasePath;
    QString m_postgres;
    QString m_user;
    QString m_command;
    QStringList m_commandArguments;
};
