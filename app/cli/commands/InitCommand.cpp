#include "InitCommand.h"

#include "CliContext.h"

int InitCommand::run(CliContext& context)
{
    if (context.arguments().size() > 1)
        return context.usageError(QStringLiteral("init takes no arguments"));
    Database* database = context.openDatabase({.create = true, .migrate = true});
    if (!database)
        return ExitFailure;
    context.out() << "database: " << database->settings().describe() << Qt::endl;
    context.out() << "schema version: " << database->schemaVersion() << Qt::endl;
    if (!database->preMigrationCopy().isEmpty())
        context.out() << "copy before upgrade: " << database->preMigrationCopy() << Qt::endl;
    return ExitOk;
}
