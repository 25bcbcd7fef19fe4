#include "DateCommandSupport.h"

#include "CliContext.h"
#include "rules/Deadline.h"
#include "rules/DeadlineCalculator.h"
#include "rules/IsoDate.h"
#include "store/settings/BankHolidayRepository.h"

namespace DateCommandSupport {

bool loadCalendar(CliContext& context, BankHolidayCalendar* calendar, QString* source)
{
    if (!context.databaseGiven()) {
        *calendar = BankHolidayCalendar::shipped();
        *source = QStringLiteral("the calendar shipped with Common Ground");
        return true;
    }
    // Only look: asking for a date must never create or upgrade a database.
    Database* database = context.openDatabase({.create = false, .migrate = false});
    if (!database)
        return false;
    bool fromDatabase = false;
    if (StoreError error = BankHolidayRepository(database->connection()).load(calendar, &fromDatabase)) {
        context.fail(error);
        return false;
    }
    *source = fromDatabase
                  ? QStringLiteral("the calendar imported into %1").arg(database->settings().describe())
                  : QStringLiteral("the calendar shipped with Common Ground (none imported into %1)")
                        .arg(database->settings().describe());
    return true;
}

QDate parseDate(CliContext& context, const QString& argumentName, const QString& text)
{
    const QDate date = IsoDate::parse(text);
    if (!date.isValid()) {
        context.usageError(
            QStringLiteral("%1: '%2' is not a real date written as YYYY-MM-DD").arg(argumentName, text));
        return {};
    }
    if (!IsoDate::isSupported(date)) {
        context.usageError(QStringLiteral("%1: %2 is outside the dates Common Ground works with (%3)")
                               .arg(argumentName, text, IsoDate::supportedRange()));
        return {};
    }
    return date;
}

bool optionDate(CliContext& context, const QCommandLineParser& parser, const QCommandLineOption& option,
                const QDate& fallback, QDate* date)
{
    if (!parser.isSet(option)) {
        *date = fallback;
        return true;
    }
    *date = parseDate(context, QStringLiteral("--") + option.names().constFirst(), parser.value(option));
    return date->isValid();
}

int printDeadline(CliContext& context, const Deadline& deadline, bool explain, const QString& calendarSource)
{
    if (!IsoDate::isSupported(deadline.date()))
        return context.usageError(
            QStringLiteral("the result falls outside the dates Common Ground works with (%1); give an "
                           "earlier date or fewer days")
                .arg(IsoDate::supportedRange()));
    QTextStream& out = context.out();
    out << IsoDate::format(deadline.date()) << Qt::endl;
    if (explain) {
        for (const QString& line : deadline.explanation())
            out << line << Qt::endl;
        out << "Calendar: " << calendarSource << Qt::endl;
    } else if (deadline.isProvisional()) {
        out << "Provisional: yes, " << deadline.provisionalReason() << Qt::endl;
    }
    return 0;
}

int countAndPrint(CliContext& context, bool explain,
                  const std::function<Deadline(const DeadlineCalculator&)>& count)
{
    BankHolidayCalendar calendar;
    QString source;
    if (!loadCalendar(context, &calendar, &source))
        return 1;
    return printDeadline(context, count(DeadlineCalculator(calendar)), explain, source);
}

} // namespace DateCommandSupport
