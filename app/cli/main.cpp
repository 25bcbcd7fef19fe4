#include "CliContext.h"
#include "CommandLine.h"
#include "CommandRegistry.h"
#include "Version.h"
#include "platform/ProcessHardening.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <cstring>
#include <memory>

namespace {
// Making a certificate's PDF needs fonts, and fonts need a QGuiApplication;
// it runs on the offscreen platform, so the CLI never needs a display.
bool needsFonts(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "certificate") == 0 || std::strcmp(argv[i], "demo-data") == 0 ||
            std::strcmp(argv[i], "subject-access") == 0 || std::strcmp(argv[i], "claim-form") == 0)
            return true;
        // report --format pdf: the contract-monitoring report.
        if (std::strcmp(argv[i], "--format=pdf") == 0 ||
            (std::strcmp(argv[i], "--format") == 0 && i + 1 < argc && std::strcmp(argv[i + 1], "pdf") == 0))
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char* argv[])
{
    ProcessHardening::disableCoreDumps();
    ProcessHardening::restrictNewFiles();
    std::unique_ptr<QCoreApplication> app;
    if (needsFonts(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("commonground"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("commonground.org"));
    QCoreApplication::setApplicationVersion(QLatin1String(kCommonGroundVersion));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const CommandRegistry registry;
    const CommandLine line = CommandLine::parse(QCoreApplication::arguments());
    if (!line.isValid()) {
        err << "commonground-cli: " << line.error() << "\nTry 'commonground-cli --help'." << Qt::endl;
        return CliCommand::ExitUsage;
    }
    if (line.command().isEmpty()) {
        if (line.wantsVersion()) {
            out << "commonground-cli " << kCommonGroundVersion << Qt::endl;
            return CliCommand::ExitOk;
        }
        (line.wantsHelp() ? out : err) << registry.help();
        return line.wantsHelp() ? CliCommand::ExitOk : CliCommand::ExitUsage;
    }
    CliCommand* command = registry.find(line.command());
    if (!command) {
        err << "commonground-cli: unknown command '" << line.command() << "'\nTry 'commonground-cli --help'."
            << Qt::endl;
        return CliCommand::ExitUsage;
    }
    if (line.wantsHelp()) {
        out << CommandRegistry::commandHelp(*command);
        return CliCommand::ExitOk;
    }
    CliContext context(line, out, err);
    QString connectionError;
    if (!context.connectionSettings(&connectionError).isValid())
        return context.usageError(QStringLiteral("--postgres: ") + connectionError);
    return command->run(context);
}
