#include "CheckCommand.h"

#include "CliContext.h"

int CheckCommand::run(CliContext& context)
{
    if (context.arguments().size() > 1)
        return context.usageError(QStringLiteral("check takes no arguments"));
    // Look, never change: no new file, no upgrade.
    Database* database = context.openDatabase({.create = false, .migrate = false});
    if (!database)
        return ExitFailure;
    QTextStream& out = context.out();
    out << "database: " << database->settings().describe() << Qt::endl;
    out << "schema version: " << database->schemaVersion() << Qt::endl;
    out << "program schema version: " << Database::supportedSchemaVersion() << Qt::endl;
    if (database->schemaVersion() < Database::supportedSchemaVersion())
        out << "upgrade: needed (run 'commonground-cli init')" << Qt::endl;
    QStringList problems;
    if (StoreError error = database->checkIntegrity(&problems)) {
        out << "integrity: failed" << Qt::endl;
        return context.fail(error);
    }
    if (!problems.isEmpty()) {
        out << "integrity: failed" << Qt::endl;
        for (const QString& problem : problems)
            out << "problem: " << problem << Qt::endl;
        return ExitFailure;
    }
    out << "integrity: ok" << Qt::endl;
    return ExitOk;
}
