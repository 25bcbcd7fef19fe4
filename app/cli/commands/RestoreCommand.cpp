#include "RestoreCommand.h"

#include "CliContext.h"
#include "store/infrastructure/BackupService.h"

#include <QDateTime>
#include <QDir>

int RestoreCommand::run(CliContext& context)
{
    const QStringList& arguments = context.arguments();
    if (arguments.size() != 2 || arguments.at(1).startsWith(QLatin1Char('-')))
        return context.usageError(QStringLiteral("restore needs one argument: the backup FILE"));
    const QString backup = arguments.at(1);

    QString ignored;
    const ConnectionSettings settings = context.connectionSettings(&ignored);
    if (settings.engine() != ConnectionSettings::Engine::Sqlite)
        return context.fail(BackupService::postgresRestoreAdvice());

    BackupService::RestoreResult result;
    if (StoreError error = BackupService::restore(settings, backup, QDateTime::currentDateTimeUtc(), &result))
        return context.fail(error);
    context.out() << "restored: " << QDir::toNativeSeparators(backup) << Qt::endl;
    context.out() << "database: " << settings.describe() << Qt::endl;
    context.out() << "schema version: " << result.schemaVersion << Qt::endl;
    if (!result.previousCopy.isEmpty())
        context.out() << "previous database: " << QDir::toNativeSeparators(result.previousCopy) << Qt::endl;
    if (result.schemaVersion < Database::supportedSchemaVersion())
        context.out() << "upgrade: needed (run 'commonground-cli init', or open it in Common Ground)"
                      << Qt::endl;
    return ExitOk;
}
