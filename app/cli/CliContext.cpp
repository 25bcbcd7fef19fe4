#include "CliContext.h"

#include "CliCommand.h"
#include "CommandLine.h"
#include "platform/Terminal.h"
#include "store/access/AccountRepository.h"
#include "store/access/SessionActor.h"
#include "store/infrastructure/SqlDialect.h"

#include <QDateTime>

namespace {
const char* const kPasswordVariable = "COMMONGROUND_PASSWORD";

// The password for --user: from the environment, or typed at a terminal
// without echo. Never from the command line, where other users see it.
bool readPassword(const QString& user, QTextStream& err, QString* password)
{
    if (qEnvironmentVariableIsSet(kPasswordVariable)) {
        *password = qEnvironmentVariable(kPasswordVariable);
        return true;
    }
    if (!Terminal::inputIsInteractive())
        return false;
    err << "Password for " << user << ": " << Qt::flush;
    *password = Terminal::readHiddenLine();
    err << Qt::endl;
    return true;
}
} // namespace

CliContext::CliContext(const CommandLine& line, QTextStream& out, QTextStream& err)
    : m_arguments(line.commandArguments()), m_commandName(line.command()),
      m_databasePath(line.databasePath()), m_postgres(line.postgresConnInfo()), m_user(line.user()),
      m_out(out), m_err(err)
{}

CliContext::~CliContext() = default;

bool CliContext::databaseGiven() const
{
    return !m_databasePath.isEmpty() || !m_postgres.isEmpty();
}

ConnectionSettings CliContext::connectionSettings(QString* error) const
{
    if (!m_postgres.isEmpty())
        return ConnectionSettings::fromConnInfo(m_postgres, error);
    return ConnectionSettings::sqlite(m_databasePath.isEmpty() ? ConnectionSettings::defaultSqlitePath()
                                                               : m_databasePath);
}

Database* CliContext::openDatabase(Database::OpenOptions options)
{
    if (m_database && m_database->isOpen())
        return m_database.get();
    QString error;
    ConnectionSettings settings = connectionSettings(&error);
    if (!settings.isValid()) {
        usageError(QStringLiteral("--postgres: ") + error);
        return nullptr;
    }
    m_database = std::make_unique<Database>(settings);
    if (StoreError openError = m_database->open(options)) {
        fail(openError.message());
        m_database.reset();
        return nullptr;
    }
    if (StoreError signInError = signIn(m_database.get())) {
        fail(signInError.message());
        m_database.reset();
        return nullptr;
    }
    return m_database.get();
}

StoreError CliContext::signIn(Database* database)
{
    if (m_user.isEmpty())
        return {};
    QSqlDatabase db = database->connection();
    AccountRepository accounts(db);
    if (SqlDialect::forDriver(db.driverName()).engine() == SqlDialect::Engine::Postgres) {
        User login;
        if (StoreError error = accounts.databaseLogin(&login))
            return error;
        if (login.username != m_user)
            return StoreError(
                StoreError::Kind::Forbidden,
                QStringLiteral("on PostgreSQL you act as the login you connect as (%1); leave "
                               "out --user or connect as %2")
                    .arg(login.username.isEmpty() ? QStringLiteral("not a user") : login.username, m_user));
        m_signedIn = true;
        return {};
    }
    QString password;
    if (!readPassword(m_user, m_err, &password))
        return StoreError::invalid(
            QStringLiteral("give the password for %1 in the environment variable %2 (or run "
                           "at a terminal to be asked for it)")
                .arg(m_user, QLatin1String(kPasswordVariable)));
    SignInResult result;
    if (StoreError error = accounts.signIn(m_user, password, QDateTime::currentDateTimeUtc(), &result))
        return error;
    switch (result.outcome) {
    case SignInResult::Outcome::SignedIn:
        break;
    case SignInResult::Outcome::Locked:
        return StoreError(
            StoreError::Kind::Forbidden,
            QStringLiteral("too many wrong passwords: %1 is locked until %2")
                .arg(m_user, result.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm"))));
    case SignInResult::Outcome::Refused:
        return StoreError(StoreError::Kind::Forbidden,
                          QStringLiteral("That password is not right, or %1 is not an active user of this "
                                         "database.")
                              .arg(m_user));
    }
    if (StoreError error = SessionActor::set(db, result.user.id))
        return error;
    m_signedIn = true;
    return {};
}

int CliContext::fail(const QString& message, int exitCode)
{
    m_err << "commonground-cli: " << message << Qt::endl;
    return exitCode;
}

int CliContext::fail(const StoreError& error, int exitCode)
{
    fail(error.message(), exitCode);
    if (error.kind() == StoreError::Kind::Forbidden && !m_signedIn && m_database)
        m_err << "This database has users: pass --user NAME, with the password in the environment variable "
              << kPasswordVariable << "." << Qt::endl;
    return exitCode;
}

int CliContext::usageError(const QString& message)
{
    m_err << "commonground-cli: " << message << Qt::endl;
    if (!m_commandName.isEmpty())
        m_err << "Try 'commonground-cli " << m_commandName << " --help'." << Qt::endl;
    return CliCommand::ExitUsage;
}
