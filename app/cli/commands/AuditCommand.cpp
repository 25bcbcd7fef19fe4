#include "AuditCommand.h"

#include "CliContext.h"
#include "RecordCommandSupport.h"
#include "rules/IsoDate.h"
#include "store/access/AuditRepository.h"
#include "store/infrastructure/CsvCell.h"

#include <QCommandLineParser>

namespace {

// A date (from the start of that day, UTC) or a full ISO date and time.
QDateTime parseWhen(const QString& text, bool endOfDay)
{
    const QDate date = IsoDate::parse(text);
    if (date.isValid())
        return IsoDate::isSupported(date) ? QDateTime(endOfDay ? date.addDays(1) : date, QTime(0, 0), Qt::UTC)
                                          : QDateTime();
    QDateTime when = QDateTime::fromString(text, Qt::ISODate);
    if (when.isValid() && when.timeSpec() == Qt::LocalTime)
        when.setTimeSpec(Qt::UTC);
    // Outside the supported dates: refused like a date that does not exist.
    return when.isValid() && IsoDate::isSupported(when.date()) ? when : QDateTime();
}

} // namespace

int AuditCommand::run(CliContext& context)
{
    const QStringList arguments = context.arguments();
    const QString action = arguments.value(1);
    if (action == QLatin1String("list"))
        return list(context, QStringList{arguments.first()} + arguments.mid(2));
    return context.usageError(action.isEmpty() ? QStringLiteral("say 'audit list'")
                                               : QStringLiteral("unknown action '%1'").arg(action));
}

int AuditCommand::list(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption table(QStringLiteral("table"), QString(), QStringLiteral("T"));
    const QCommandLineOption record(QStringLiteral("record"), QString(), QStringLiteral("ID"));
    // --by, not --user: --user is the global sign-in.
    const QCommandLineOption user(QStringLiteral("by"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption actionOption(QStringLiteral("action"), QString(), QStringLiteral("A"));
    parser.addOptions({from, to, table, record, user, actionOption});
    if (!parser.parse(arguments))
        return context.usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("audit list takes options only"));

    AuditFilter filter;
    // --to is inclusive of the day it names.
    if (parser.isSet(from) && !(filter.from = parseWhen(parser.value(from), false)).isValid())
        return context.usageError(QStringLiteral("--from must be a date like 2026-11-23"));
    if (parser.isSet(to) && !(filter.to = parseWhen(parser.value(to), true)).isValid())
        return context.usageError(QStringLiteral("--to must be a date like 2026-11-23"));
    filter.table = parser.value(table);
    filter.recordId = parser.value(record);
    filter.actorName = parser.value(user);
    filter.action = parser.value(actionOption);

    Database* database = RecordCommandSupport::openExisting(context);
    if (!database)
        return ExitFailure;
    QList<AuditEntry> entries;
    if (StoreError error = AuditRepository(database->connection()).list(filter, &entries))
        return context.fail(error.message());
    QTextStream& out = context.out();
    out << "at,user,action,table,record,field,old,new\r\n";
    for (const AuditEntry& e : entries) {
        const QStringList fields = {e.at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")),
                                    e.actorName,
                                    e.action,
                                    e.table,
                                    e.recordId,
                                    e.field,
                                    e.oldValue.value_or(QString()),
                                    e.newValue.value_or(QString())};
        QStringList quoted;
        for (const QString& field : fields)
            quoted << CsvCell::format(field);
        out << quoted.join(QLatin1Char(',')) << "\r\n";
    }
    out.flush();
    return ExitOk;
}
