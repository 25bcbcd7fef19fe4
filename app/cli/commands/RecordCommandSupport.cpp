#include "RecordCommandSupport.h"

#include "CliContext.h"
#include "platform/PrivateFile.h"
#include "store/access/AccessGuard.h"
#include "store/access/SessionActor.h"
#include "store/cases/CaseRepository.h"
#include "store/settings/BankHolidayRepository.h"

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

QString cell(const QString& text)
{
    QString flat = text;
    flat.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return flat.replace(QLatin1Char('\r'), QLatin1Char(' '));
}

} // namespace RecordCommandSupport
