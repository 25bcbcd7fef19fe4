#include "RecordCommandSupport.h"

#include "CliCommand.h"
#include "CliContext.h"
#include "CommandActions.h"
#include "platform/PrivateFile.h"
#include "store/access/AccessGuard.h"
#include "store/access/SessionActor.h"
#include "store/cases/CaseRepository.h"
#include "store/settings/BankHolidayRepository.h"

#include <QCommandLineParser>
#include <QFile>

namespace RecordCommandSupport {

Database* openExisting(CliContext& context)
{
    return context.openDatabase({.create = false, .migrate = true});
}

Database* openCase(CliContext& context, const QString& reference, qint64* caseId)
{
    Database* database = openExisting(context);
    if (!database)
        return nullptr;
    if (StoreError error = CaseRepository::idForReference(database->connection(), reference, caseId)) {
        context.fail(error.message());
        return nullptr;
    }
    return database;
}

Database* openSignedIn(CliContext& context, Database::OpenOptions options)
{
    Database* database = context.openDatabase(options);
    if (!database)
        return nullptr;
    if (StoreError error = AccessGuard(database->connection()).requireSignedIn()) {
        context.fail(error);
        return nullptr;
    }
    return database;
}

Database* openSignedInCase(CliContext& context, const QString& reference, qint64* caseId)
{
    Database* database = openSignedIn(context);
    if (!database || !findCase(context, database->connection(), reference, caseId))
        return nullptr;
    return database;
}

bool findCase(CliContext& context, QSqlDatabase db, const QString& reference, qint64* caseId)
{
    if (StoreError error = CaseRepository::idForReference(db, reference, caseId)) {
        context.fail(error);
        return false;
    }
    return true;
}

BankHolidayCalendar officeCalendar(QSqlDatabase db)
{
    BankHolidayCalendar calendar = BankHolidayCalendar::shipped();
    if (BankHolidayRepository(db).load(&calendar))
        calendar = BankHolidayCalendar::shipped();
    return calendar;
}

bool author(CliContext& context, QSqlDatabase db, std::optional<qint64>* author)
{
    qint64 actor = 0;
    if (StoreError error = SessionActor::current(db, &actor)) {
        context.fail(error.message());
        return false;
    }
    *author = actor ? std::optional<qint64>(actor) : std::nullopt;
    return true;
}

bool writePrivateFile(CliContext& context, const QString& path, const QByteArray& data)
{
    QString reason;
    if (PrivateFile::write(path, data, &reason))
        return true;
    context.fail(QStringLiteral("cannot write %1: %2; nothing was written").arg(path, reason));
    return false;
}

bool readFile(CliContext& context, const QString& path, QByteArray* data)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    *data = file.readAll();
    return true;
}

int exportToFile(CliContext& context, const QStringList& arguments, const QString& what,
                 const char* countLabel, const ExportWriter& write)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    parser.addOption(outOption);
    const QString howToCall = QStringLiteral("give the file to write: %1 export --out FILE.csv").arg(what);
    if (!CommandActions::parse(context, parser, arguments, 0, howToCall))
        return CliCommand::ExitUsage;
    if (!parser.isSet(outOption))
        return context.usageError(howToCall);
    Database* database = openSignedIn(context);
    if (!database)
        return CliCommand::ExitFailure;
    QByteArray data;
    int records = 0;
    if (StoreError error = write(database->connection(), &data, &records))
        return context.fail(error);
    if (!writePrivateFile(context, parser.value(outOption), data))
        return CliCommand::ExitFailure;
    context.out() << countLabel << ": " << records << Qt::endl;
    return CliCommand::ExitOk;
}

QString cell(const QString& text)
{
    QString flat = text;
    flat.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return flat.replace(QLatin1Char('\r'), QLatin1Char(' '));
}

} // namespace RecordCommandSupport
