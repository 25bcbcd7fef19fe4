#include "ReportCommand.h"

#include "CliContext.h"
#include "RecordCommandSupport.h"
#include "documents/ContractReportPdf.h"
#include "rules/ReportDefinitions.h"
#include "rules/ReportPeriod.h"
#include "store/reports/ActivityStatementQuery.h"
#include "store/reports/ReportCsv.h"
#include "store/reports/ReportQuery.h"
#include "store/reports/ReportWorkbook.h"
#include "store/settings/CouncilRepository.h"
#include "store/settings/SettingsRepository.h"

#include <QCommandLineParser>
#include <algorithm>

namespace {
// A date of the command line: ISO, from 1900 to 2199; invalid otherwise.
QDate dateOption(const QString& text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() && date.year() >= 1900 && date.year() <= 2199 ? date : QDate();
}

// report --format pdf: the contract-monitoring report of the period for one
// council, or every council together, with its charts by month and the
// provider's letterhead (ContractReportPdf), written complete or not at all.
int writeContractPdf(CliContext& context, QSqlDatabase db, const BankHolidayCalendar& calendar,
                     const ReportPeriod& period, std::optional<qint64> councilId, const QString& path)
{
    ReportQuery query(db, calendar);
    ContractReportPdf::Content content;
    if (StoreError error = query.compute(period, councilId, &content.figures))
        return context.fail(error);
    QList<ReportFigures> months;
    if (StoreError error = query.computeMonths(period, councilId, &months))
        return context.fail(error);
    content.charts = ReportChartData::from(months, content.figures);
    if (StoreError error = SettingsRepository(db).provider(&content.provider))
        return context.fail(error);
    content.produced = QDate::currentDate();
    const QByteArray pdf = ContractReportPdf::render(content);
    if (pdf.isEmpty())
        return context.fail(QStringLiteral("could not make the PDF; nothing was written"));
    if (!RecordCommandSupport::writePrivateFile(context, path, pdf))
        return CliCommand::ExitFailure;
    context.out() << "period: " << period.label() << Qt::endl;
    context.out() << "council: " << (councilId ? content.figures.councilCode : QStringLiteral("ALL"))
                  << Qt::endl;
    context.out() << "pages: " << ContractReportPdf::pageCount(content) << Qt::endl;
    return CliCommand::ExitOk;
}

// --format xlsx: the same report as an XLSX workbook (store/reports/ReportWorkbook).
int writeWorkbook(CliContext& context, QSqlDatabase db, const QString& action, const ReportPeriod& period,
                  std::optional<qint64> councilId, const QList<Council>& councils, const QString& path)
{
    QString reason;
    int rows = 0;
    if (action == QLatin1String("activity")) {
        QList<BillableEvent> events;
        if (StoreError error = ActivityStatementQuery(db).list(period, *councilId, &events))
            return context.fail(error);
        const auto council = std::find_if(councils.cbegin(), councils.cend(),
                                          [&](const Council& c) { return c.id == *councilId; });
        if (!ReportWorkbook::writeActivity(path, council->code, council->name, period, events, &reason))
            return context.fail(QStringLiteral("cannot write %1: %2; nothing was written").arg(path, reason));
        rows = static_cast<int>(events.size());
    } else {
        const BankHolidayCalendar calendar = RecordCommandSupport::officeCalendar(db);
        ReportWorkbook workbook;
        const QStringList only =
            action == QLatin1String("sen2") ? ReportDefinitions::sen2Figures() : QStringList();
        if (StoreError error = ReportWorkbook::collect(db, calendar, period, councilId, only, &workbook))
            return context.fail(error);
        if (!workbook.write(path, &reason))
            return context.fail(QStringLiteral("cannot write %1: %2; nothing was written").arg(path, reason));
        rows = workbook.summaryRows();
    }
    context.out() << "period: " << period.label() << Qt::endl;
    context.out() << "rows: " << rows << Qt::endl;
    return CliCommand::ExitOk;
}
} // namespace

int ReportCommand::run(CliContext& context)
{
    const QStringList arguments = context.arguments();
    QString action = arguments.value(1);
    if (action == QLatin1String("definitions")) {
        // What every figure counts, as the README's "Figures" section lists it; no database needed.
        if (arguments.size() > 2)
            return context.usageError(QStringLiteral("report definitions takes no options"));
        context.out() << ReportDefinitions::markdown();
        context.out().flush();
        return ExitOk;
    }
    if (action.startsWith(QLatin1String("--")) || action.isEmpty())
        action.clear();
    else if (action != QLatin1String("sen2") && action != QLatin1String("activity"))
        return context.usageError(
            QStringLiteral(
                "unknown report '%1': say report, report sen2, report activity or report definitions")
                .arg(action));
    QCommandLineParser parser;
    const QCommandLineOption fromOption(QStringLiteral("from"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption yearOption(QStringLiteral("year"), QString(), QStringLiteral("YYYY"));
    const QCommandLineOption councilOption(QStringLiteral("council"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"));
    const QCommandLineOption outOption(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    parser.addOptions({fromOption, toOption, yearOption, councilOption, formatOption, outOption});
    if (!parser.parse(QStringList{arguments.first()} + arguments.mid(action.isEmpty() ? 1 : 2)))
        return context.usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(
            QStringLiteral("unexpected '%1'").arg(parser.positionalArguments().first()));
    const QString format = parser.isSet(formatOption) ? parser.value(formatOption) : QStringLiteral("csv");
    const bool pdf = format == QLatin1String("pdf");
    const bool xlsx = format == QLatin1String("xlsx");
    if (!parser.isSet(outOption))
        return context.usageError(
            pdf    ? QStringLiteral("--format pdf needs the file to write: --out FILE.pdf")
            : xlsx ? QStringLiteral("--format xlsx writes a workbook: give it as --out FILE.xlsx")
                   : QStringLiteral("give the file to write: --out FILE.csv"));
    if (pdf && !action.isEmpty())
        return context.usageError(
            QStringLiteral("--format pdf is the contract-monitoring report: report --from DATE --to DATE"));
    if (format != QLatin1String("csv") && !pdf && !xlsx)
        return context.usageError(
            QStringLiteral("--format %1 is not made: say csv, xlsx or pdf").arg(format));
    const bool sen2 = action == QLatin1String("sen2");
    ReportPeriod period;
    if (sen2) {
        if (parser.isSet(fromOption) || parser.isSet(toOption))
            return context.usageError(QStringLiteral("report sen2 takes a calendar year: --year YYYY"));
        bool ok = false;
        const int year = parser.value(yearOption).toInt(&ok);
        if (!ok || year < 1900 || year > 2199)
            return context.usageError(QStringLiteral("--year must be a year like 2026"));
        period = ReportPeriod::calendarYear(year);
    } else {
        if (parser.isSet(yearOption))
            return context.usageError(QStringLiteral("--year goes with report sen2; give --from and --to"));
        const QDate from = dateOption(parser.value(fromOption));
        const QDate to = dateOption(parser.value(toOption));
        if (!from.isValid() || !to.isValid())
            return context.usageError(
                QStringLiteral("give the period as --from DATE --to DATE, like 2026-04-01 and 2027-03-31, "
                               "from 1900 to 2199"));
        period = ReportPeriod(from, to);
        if (!period.isValid())
            return context.usageError(period.problem());
    }
    if (action != QString() && !parser.isSet(councilOption))
        return context.usageError(QStringLiteral("say which council: --council CODE"));

    Database* database = RecordCommandSupport::openExisting(context);
    if (!database)
        return ExitFailure;
    QSqlDatabase db = database->connection();
    QList<Council> councils;
    if (StoreError error = CouncilRepository(db).list(&councils))
        return context.fail(error);
    std::optional<qint64> councilId;
    if (parser.isSet(councilOption)) {
        const QString code = parser.value(councilOption).trimmed();
        for (const Council& council : councils) {
            if (council.code.compare(code, Qt::CaseInsensitive) == 0)
                councilId = council.id;
        }
        if (!councilId) {
            QStringList codes;
            for (const Council& council : councils)
                codes << council.code;
            return context.fail(
                QStringLiteral("there is no council %1 (the councils are: %2)")
                    .arg(code, codes.isEmpty() ? QStringLiteral("none yet") : codes.join(u", ")));
        }
    }

    if (pdf) {
        const BankHolidayCalendar calendar = RecordCommandSupport::officeCalendar(db);
        return writeContractPdf(context, db, calendar, period, councilId, parser.value(outOption));
    }
    if (xlsx)
        return writeWorkbook(context, db, action, period, councilId, councils, parser.value(outOption));

    QByteArray data;
    int rows = 0;
    if (action == QLatin1String("activity")) {
        QList<BillableEvent> events;
        if (StoreError error = ActivityStatementQuery(db).list(period, *councilId, &events))
            return context.fail(error);
        data = ActivityStatementQuery::csv(events);
        rows = static_cast<int>(events.size());
    } else {
        const BankHolidayCalendar calendar = RecordCommandSupport::officeCalendar(db);
        // Without --council: every council together, then each on its own.
        QList<ReportFigures> reports;
        if (StoreError error = ReportQuery(db, calendar).computeEach(period, councilId, councils, &reports))
            return context.fail(error);
        const QStringList only = sen2 ? ReportDefinitions::sen2Figures() : QStringList();
        data = ReportCsv::write(reports, only);
        for (const ReportFigures& report : reports) {
            for (const ReportValue& value : report.values)
                rows += only.isEmpty() || only.contains(value.figure) ? 1 : 0;
        }
    }
    const QString path = parser.value(outOption);
    if (!RecordCommandSupport::writePrivateFile(context, path, data))
        return CliCommand::ExitFailure;
    context.out() << "period: " << period.label() << Qt::endl;
    context.out() << "rows: " << rows << Qt::endl;
    return ExitOk;
}
