#include "CliContext.h"

#include "CliCommand.h"
#include "CommandLine.h"

CliContext::CliContext(const CommandLine& line, QTextStream& out, QTextStream& err)
    : m_arguments(line.commandArguments()), m_commandName(line.command()), m_databasePath(line.databasePath()),
      m_postgres(line.postgresConnInfo()), m_out(out), m_err(err)
{
}

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
    return m_database.get();
}

int CliContext::fail(const QString& message, int exitCode)
{
    m_err << "commonground-cli: " << message << Qt::endl;
    return exitCode;
}

int CliContext::usageError(const QString& message)
{
    m_err << "commonground-cli: " << message << Qt::endl;
    if (!m_commandName.isEmpty())
        m_err << "Try 'commonground-cli " << m_commandName << " --help'." << Qt::endl;
    return CliCommand::ExitUsage;
}
