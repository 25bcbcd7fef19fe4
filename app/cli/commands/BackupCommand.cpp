#include "BackupCommand.h"

#include "CliContext.h"
#include "store/infrastructure/BackupService.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>

int BackupCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("the backup file to write"),
                                 QStringLiteral("FILE"));
    parser.addOption(out);
    if (!parser.parse(context.arguments()))
        return context.usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("backup takes no arguments other than --out FILE"));
    if (parser.isSet(out) && parser.value(out).isEmpty())
        return context.usageError(QStringLiteral("--out needs a file name"));

    QString ignored;
    if (context.connectionSettings(&ignored).engine() != ConnectionSettings::Engine::Sqlite)
        return context.fail(BackupService::postgresBackupAdvice());
    // A backup copies what is there: no new file, no upgrade.
    Database* database = context.openDatabase({.create = false, .migrate = false});
    if (!database)
        return ExitFailure;

    QString written;
    if (parser.isSet(out)) {
        written = parser.value(out);
        if (StoreError error = BackupService::writeBackup(*database, written))
            return context.fail(error);
    } else if (StoreError error =
                   BackupService::backUpToFolder(*database, QDateTime::currentDateTimeUtc(), &written)) {
        return context.fail(error);
    }
    context.out() << "backup: " << QDir::toNativeSeparators(written) << Qt::endl;
    context.out() << "schema version: " << database->schemaVersion() << Qt::endl;
    context.out() << "integrity: ok" << Qt::endl;
    return ExitOk;
}
