#include "CommandRegistry.h"

#include "commands/AgreementDeadlinesCommand.h"
#include "commands/AppealDeadlineCommand.h"
#include "commands/AuditCommand.h"
#include "commands/BackupCommand.h"
#include "commands/CaseCommand.h"
#include "commands/CasesCommand.h"
#include "commands/CertificateCommand.h"
#include "commands/CertificatesCommand.h"
#include "commands/CheckCommand.h"
#include "commands/ContactsCommand.h"
#include "commands/CouncilsCommand.h"
#include "commands/DemoDataCommand.h"
#include "commands/DocumentsCommand.h"
#include "commands/ExpensesCommand.h"
#include "commands/HolidaysCommand.h"
#include "commands/InitCommand.h"
#include "commands/InviteesCommand.h"
#include "commands/MeetingDeadlineCommand.h"
#include "commands/MeetingNoticeCommand.h"
#include "commands/MeetingsCommand.h"
#include "commands/ProviderCommand.h"
#include "commands/ReportCommand.h"
#include "commands/RestoreCommand.h"
#include "commands/RetentionCommand.h"
#include "commands/SubjectAccessCommand.h"
#include "commands/TasksCommand.h"
#include "commands/WorkingDaysCommand.h"
#include "store/infrastructure/ConnectionSettings.h"

CommandRegistry::CommandRegistry()
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<RestoreCommand>());
    m_commands.push_back(std::make_unique<WorkingDaysCommand>());
    m_commands.push_back(std::make_unique<AppealDeadlineCommand>());
    m_commands.push_back(std::make_unique<MeetingDeadlineCommand>());
    m_commands.push_back(std::make_unique<MeetingNoticeCommand>());
    m_commands.push_back(std::make_unique<AgreementDeadlinesCommand>());
    m_commands.push_back(std::make_unique<HolidaysCommand>());
    m_commands.push_back(std::make_unique<CouncilsCommand>());
    m_commands.push_back(std::make_unique<ContactsCommand>());
    m_commands.push_back(std::make_unique<CertificatesCommand>());
    m_commands.push_back(std::make_unique<CertificateCommand>());
    m_commands.push_back(std::make_unique<ProviderCommand>());
    m_commands.push_back(std::make_unique<MeetingsCommand>());
    m_commands.push_back(std::make_unique<DemoDataCommand>());
    m_commands.push_back(std::make_unique<RetentionCommand>());
    m_commands.push_back(std::make_unique<SubjectAccessCommand>());
    m_commands.push_back(std::make_unique<AuditCommand>());
    m_commands.push_back(std::make_unique<CaseCommand>());
    m_commands.push_back(std::make_unique<InviteesCommand>());
    m_commands.push_back(std::make_unique<CasesCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
    m_commands.push_back(std::make_unique<ExpensesCommand>());
    m_commands.push_back(std::make_unique<DocumentsCommand>());
    m_commands.push_back(std::make_unique<TasksCommand>());
}

CommandRegistry::~CommandRegistry() = default;

CliCommand* CommandRegistry::find(const QString& name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CommandRegistry::help() const
{
    QString text =
        QStringLiteral(
            "Usage: commonground-cli [--database PATH | --postgres CONNINFO] [--user NAME] COMMAND [ARGS]\n"
            "\n"
            "Common Ground from the command line: deadlines, imports, exports,\n"
            "certificates and backups.\n"
            "\n"
            "Options for every command:\n"
            "  --database PATH       an SQLite database file (default: %1)\n"
            "  --postgres CONNINFO   a PostgreSQL database, as \"host=H port=P dbname=D user=U\";\n"
            "                        the password comes from ~/.pgpass or PGPASSFILE\n"
            "  --user NAME           sign in as NAME on a database that has users (SQLite);\n"
            "                        the password comes from COMMONGROUND_PASSWORD, or is\n"
            "                        asked for at a terminal; on PostgreSQL the login acts\n"
            "  -h, --help            this text, or a command's own with COMMAND --help\n"
            "  -v, --version         the program's version\n"
            "\n"
            "Commands:\n")
            .arg(ConnectionSettings::defaultSqlitePath());
    for (const auto& command : m_commands)
        text += QStringLiteral("  %1%2\n").arg(command->name(), -22).arg(command->summary());
    return text;
}

QString CommandRegistry::commandHelp(const CliCommand& command)
{
    QString text;
    for (const QString& line : command.usage())
        text += QStringLiteral("Usage: commonground-cli [--database PATH] %1\n").arg(line);
    text += QLatin1Char('\n') + command.summary() + QLatin1Char('\n');
    return text;
}
