#include "HolidaysCommand.h"

#include "CliContext.h"
#include "DateCommandSupport.h"
#include "rules/BankHolidayCoverage.h"
#include "rules/BankHolidayFile.h"
#include "rules/IsoDate.h"
#include "store/settings/BankHolidayRepository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

int HolidaysCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption year(QStringLiteral("year"), QStringLiteral("the year to list"),
                                  QStringLiteral("YYYY"));
    parser.addOption(year);
    if (!parser.parse(context.arguments()))
        return context.usageError(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("list") && positional.size() == 1) {
        if (!parser.isSet(year))
            return context.usageError(QStringLiteral("holidays list needs --year YYYY"));
        return list(context, parser.value(year));
    }
    if (action == QLatin1String("import") && positional.size() == 2 && !parser.isSet(year))
        return import(context, positional.at(1));
    return context.usageError(QStringLiteral("usage: holidays list --year YYYY, or holidays import FILE"));
}

int HolidaysCommand::list(CliContext& context, const QString& yearText)
{
    static const QRegularExpression fourDigits(QStringLiteral("^\\d{4}$"));
    if (!fourDigits.match(yearText).hasMatch() || yearText.toInt() < 1900)
        return context.usageError(
            QStringLiteral("--year: '%1' is not a year from 1900, written YYYY").arg(yearText));
    const int year = yearText.toInt();

    BankHolidayCalendar calendar;
    QString source;
    if (!DateCommandSupport::loadCalendar(context, &calendar, &source))
        return ExitFailure;
    const bool provisional = !calendar.covers(year);
    const bool projected = calendar.isProjected(year);
    const QMap<QDate, QString> holidays = calendar.holidaysIn(year);
    for (auto it = holidays.cbegin(); it != holidays.cend(); ++it) {
        context.out() << IsoDate::format(it.key()) << ' ' << it.value();
        if (provisional || projected)
            context.out() << " (provisional)";
        context.out() << Qt::endl;
    }
    if (projected)
        context.err() << "commonground-cli: " << year << " is projected in " << source
                      << " from the standard rules, not announced by the government (announced: "
                      << calendar.announcedDescription()
                      << "); deadlines that cross it are provisional. Import the announced "
                         "bank-holidays.json from https://www.gov.uk/bank-holidays.json when it is published."
                      << Qt::endl;
    else if (provisional)
        context.err()
            << "commonground-cli: " << year << " is not in " << source << " (it covers "
            << calendar.coverageDescription()
            << "); these days were computed from the standard rules and are provisional. Import a newer "
               "bank-holidays.json from https://www.gov.uk/bank-holidays.json."
            << Qt::endl;
    return ExitOk;
}

int HolidaysCommand::import(CliContext& context, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(
            QStringLiteral("could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    // Check the whole file before touching the database, so that a bad file
    // leaves the calendar in use as it was.
    BankHolidayCalendar calendar;
    BankHolidayFile::Error error;
    if (!BankHolidayFile::parse(file.readAll(), &calendar, &error))
        return context.fail(QStringLiteral("%1 was not imported; the calendar in use is unchanged. %2")
                                .arg(QDir::toNativeSeparators(path), error.toString()));
    Database* database = context.openDatabase();
    if (!database)
        return ExitFailure;
    BankHolidayCalendar inUse;
    if (StoreError storeError = BankHolidayRepository(database->connection()).merge(calendar, &inUse))
        return context.fail(storeError);
    context.out() << "imported " << calendar.publishedHolidays().size() << " bank holidays into "
                  << database->settings().describe() << "; the calendar covers "
                  << inUse.coverageDescription() << Qt::endl;
    // A year the file lists only some holidays of is not trusted for the rest.
    for (const int year : calendar.partialYears()) {
        context.err()
            << "commonground-cli: note: " << path << " does not hold every bank holiday of " << year
            << " (it lacks "
            << BankHolidayCoverage::missing(year, calendar.publishedHolidays()).join(QStringLiteral(", "))
            << "); its days were added, and the rest of " << year
            << " is still worked out from the standard rules and marked provisional." << Qt::endl;
    }
    return ExitOk;
}
