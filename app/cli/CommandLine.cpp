#include "CommandLine.h"

CommandLine CommandLine::parse(const QStringList& arguments)
{
    CommandLine line;
    line.m_commandArguments << (arguments.isEmpty() ? QStringLiteral("commonground-cli") : arguments.first());
    bool afterDoubleDash = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        auto takeValue = [&](const QString& option, QString* target) {
            const QString prefix = option + QLatin1Char('=');
            if (arg.startsWith(prefix)) {
                *target = arg.mid(prefix.size());
            } else if (i + 1 < arguments.size()) {
                *target = arguments.at(++i);
            } else {
                line.m_error = QStringLiteral("%1 needs a value").arg(option);
            }
            if (target->isEmpty() && line.m_error.isEmpty())
                line.m_error = QStringLiteral("%1 needs a value").arg(option);
        };
        if (afterDoubleDash) {
            line.m_commandArguments << arg;
        } else if (arg == QLatin1String("--")) {
            afterDoubleDash = true;
            line.m_commandArguments << arg;
        } else if (arg == QLatin1String("--database") || arg.startsWith(QLatin1String("--database="))) {
            takeValue(QStringLiteral("--database"), &line.m_databasePath);
        } else if (arg == QLatin1String("--postgres") || arg.startsWith(QLatin1String("--postgres="))) {
            takeValue(QStringLiteral("--postgres"), &line.m_postgres);
        } else if (arg == QLatin1String("--user") || arg.startsWith(QLatin1String("--user="))) {
            takeValue(QStringLiteral("--user"), &line.m_user);
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            line.m_help = true;
        } else if (arg == QLatin1String("--version") || arg == QLatin1String("-v")) {
            line.m_version = true;
        } else if (line.m_command.isEmpty() && !arg.startsWith(QLatin1Char('-'))) {
            line.m_command = arg;
        } else if (line.m_command.isEmpty()) {
            line.m_error = QStringLiteral("unknown option %1").arg(arg);
        } else {
            line.m_commandArguments << arg;
        }
        if (!line.m_error.isEmpty())
            return line;
    }
    if (!line.m_databasePath.isEmpty() && !line.m_postgres.isEmpty())
        line.m_error = QStringLiteral("give either --database or --postgres, not both");
    return line;
}
