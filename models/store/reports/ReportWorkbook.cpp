#include "store/reports/ReportWorkbook.h"

#include "documents/SpreadsheetBook.h"
#include "platform/PrivateFile.h"
#include "rules/ReportDefinitions.h"
#include "store/reports/ReportCsv.h"
#include "store/reports/ReportQuery.h"
#include "store/settings/CouncilRepository.h"

#include <QFile>

namespace {

// Whether a figure's value has anything behind it, so its cases are worth listing.
bool hasCases(const ReportValue& value)
{
    const ReportDefinitions::Figure* figure = ReportDefinitions::find(value.figure);
    if (!figure)
        return false;
    switch (figure->kind) {
    case ReportDefinitions::Kind::Count:
        return value.value > 0;
    case ReportDefinitions::Kind::Share:
        return value.denominator > 0;
    case ReportDefinitions::Kind::Days:
        return value.numerator > 0;
    }
    return false;
}

QString kindText(ReportDefinitions::Kind kind)
{
    switch (kind) {
    case ReportDefinitions::Kind::Count:
        return QStringLiteral("count");
    case ReportDefinitions::Kind::Share:
        return QStringLiteral("share");
    case ReportDefinitions::Kind::Days:
        return QStringLiteral("working days");
    }
    return {};
}

const QStringList& fixedSheets()
{
    // "History" is kept by Excel for itself.
    static const QStringList names{QStringLiteral("Summary"), QStringLiteral("Cases"),
                                   QStringLiteral("Definitions"), QStringLiteral("History")};
    return names;
}

// The figure rows of one sheet (the columns of ReportCsv), from row 1.
int writeFigures(SpreadsheetBook& book, lxw_worksheet* sheet, const QList<const ReportFigures*>& reports,
                 const QStringList& only)
{
    const SpreadsheetBook::Formats& f = book.formats();
    int row = 0;
    for (const ReportFigures* report : reports) {
        for (const ReportValue& value : report->values) {
            if (!only.isEmpty() && !only.contains(value.figure))
                continue;
            ++row;
            const ReportDefinitions::Figure* figure = ReportDefinitions::find(value.figure);
            const ReportDefinitions::Kind kind = figure ? figure->kind : ReportDefinitions::Kind::Count;
            book.text(sheet, row, 0, report->councilCode);
            book.text(sheet, row, 1, report->councilName);
            book.date(sheet, row, 2, report->from);
            book.date(sheet, row, 3, report->to);
            book.text(sheet, row, 4, value.figure);
            book.text(sheet, row, 5, value.detail);
            book.text(sheet, row, 6, figure ? figure->title : QString());
            if (value.hasValue) {
                if (kind == ReportDefinitions::Kind::Share)
                    book.number(sheet, row, 7, value.value / 100.0, f.percent);
                else
                    book.number(sheet, row, 7, value.value,
                                kind == ReportDefinitions::Kind::Days ? f.days : f.count);
            }
            if (kind != ReportDefinitions::Kind::Count)
                book.number(sheet, row, 8, static_cast<double>(value.numerator), f.count);
            if (kind == ReportDefinitions::Kind::Share)
                book.number(sheet, row, 9, static_cast<double>(value.denominator), f.count);
            book.text(sheet, row, 10, figure ? figure->definition() : QString());
        }
    }
    return row;
}

const QList<double> kFigureWidths{12, 28, 12, 12, 34, 22, 44, 10, 11, 12, 120};
} // namespace

ReportWorkbook::ReportWorkbook(QList<ReportFigures> reports, QList<CaseRow> cases, QStringList figures)
    : m_reports(std::move(reports)), m_cases(std::move(cases)), m_figures(std::move(figures))
{}

StoreError ReportWorkbook::collect(QSqlDatabase db, const BankHolidayCalendar& calendar,
                                   const ReportPeriod& period, std::optional<qint64> councilId,
                                   const QStringList& figures, ReportWorkbook* workbook)
{
    QList<Council> councils;
    if (StoreError error = CouncilRepository(db).list(&councils))
        return error;
    // Without a council: every council together, then each on its own (as the CSV).
    const ReportQuery query(db, calendar);
    QList<ReportFigures> reports;
    if (StoreError error = query.computeEach(period, councilId, councils, &reports))
        return error;
    // The cases council by council (every case has one), so each row says
    // whose figure it is; "ALL" only when there is no council to go by.
    QList<CaseRow> cases;
    for (const ReportFigures& report : reports) {
        if (!report.councilId && reports.size() > 1)
            continue;
        for (const ReportValue& value : report.values) {
            if ((!figures.isEmpty() && !figures.contains(value.figure)) || !hasCases(value))
                continue;
            QList<ReportCase> behind;
            if (StoreError error =
                    query.casesBehind(period, report.councilId, value.figure, value.detail, &behind))
                return error;
            for (const ReportCase& c : behind)
                cases << CaseRow{report.councilCode, value.figure, value.detail, c.reference};
        }
    }
    *workbook = ReportWorkbook(reports, cases, figures);
    return {};
}

QString ReportWorkbook::sheetName(const QString& wanted, QStringList* taken)
{
    QString name = wanted;
    for (const QChar bad : QStringLiteral("[]:*?/\\"))
        name.replace(bad, QLatin1Char('_'));
    name = name.trimmed();
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('\'')))
        name.chop(1);
    if (name.trimmed().isEmpty())
        name = QStringLiteral("Sheet");
    auto cut = [](QString text, qsizetype length) {
        text.truncate(length);
        if (!text.isEmpty() && text.back().isHighSurrogate())
            text.chop(1); // never half a character
        return text;
    };
    name = cut(name, 31);
    QString candidate = name;
    for (int n = 2; taken->contains(candidate, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        candidate = cut(name, 31 - suffix.size()) + suffix;
    }
    taken->append(candidate);
    return candidate;
}

QStringList ReportWorkbook::sheetNames() const
{
    QStringList taken = fixedSheets();
    QStringList names{QStringLiteral("Summary")};
    for (const ReportFigures& report : m_reports) {
        if (report.councilId)
            names << sheetName(report.councilCode, &taken);
    }
    names << QStringLiteral("Cases") << QStringLiteral("Definitions");
    return names;
}

int ReportWorkbook::summaryRows() const
{
    int rows = 0;
    for (const ReportFigures& report : m_reports) {
        for (const ReportValue& value : report.values)
            rows += m_figures.isEmpty() || m_figures.contains(value.figure) ? 1 : 0;
    }
    return rows;
}

bool ReportWorkbook::write(const QString& path, QString* error) const
{
    SpreadsheetBook book;
    const QStringList names = sheetNames();
    const QStringList columns = ReportCsv::columns();

    QList<const ReportFigures*> all;
    for (const ReportFigures& report : m_reports)
        all << &report;
    lxw_worksheet* summary = book.addSheet(names.first());
    book.header(summary, columns, kFigureWidths);
    book.filter(summary, writeFigures(book, summary, all, m_figures), static_cast<int>(columns.size()));

    int next = 1;
    for (const ReportFigures& report : m_reports) {
        if (!report.councilId)
            continue;
        lxw_worksheet* sheet = book.addSheet(names.at(next++));
        book.header(sheet, columns, kFigureWidths);
        book.filter(sheet, writeFigures(book, sheet, {&report}, m_figures), static_cast<int>(columns.size()));
    }

    lxw_worksheet* cases = book.addSheet(names.at(next++));
    const QStringList caseColumns{QStringLiteral("council_code"), QStringLiteral("figure"),
                                  QStringLiteral("detail"), QStringLiteral("title"),
                                  QStringLiteral("reference")};
    book.header(cases, caseColumns, {12, 34, 22, 44, 18});
    int row = 0;
    for (const CaseRow& c : m_cases) {
        ++row;
        const ReportDefinitions::Figure* figure = ReportDefinitions::find(c.figure);
        book.text(cases, row, 0, c.councilCode);
        book.text(cases, row, 1, c.figure);
        book.text(cases, row, 2, c.detail);
        book.text(cases, row, 3, figure ? figure->title : QString());
        book.text(cases, row, 4, c.reference);
    }
    book.filter(cases, row, static_cast<int>(caseColumns.size()));

    lxw_worksheet* definitions = book.addSheet(names.at(next));
    book.header(definitions,
                {QStringLiteral("figure"), QStringLiteral("title"), QStringLiteral("kind"),
                 QStringLiteral("breakdown"), QStringLiteral("definition")},
                {34, 44, 14, 22, 120});
    row = 0;
    for (const ReportDefinitions::Figure& figure : ReportDefinitions::all()) {
        if (!m_figures.isEmpty() && !m_figures.contains(figure.key))
            continue;
        ++row;
        book.text(definitions, row, 0, figure.key);
        book.text(definitions, row, 1, figure.title);
        book.text(definitions, row, 2, kindText(figure.kind));
        book.text(definitions, row, 3, figure.breakdown);
        book.text(definitions, row, 4, figure.definition());
    }
    return book.save(path, error);
}

bool ReportWorkbook::writeActivity(const QString& path, const QString& councilCode,
                                   const QString& councilName, const ReportPeriod& period,
                                   const QList<BillableEvent>& events, QString* error)
{
    SpreadsheetBook book;
    const SpreadsheetBook::Formats& f = book.formats();
    lxw_worksheet* activity = book.addSheet(QStringLiteral("Activity"));
    const QStringList columns{QStringLiteral("reference"), QStringLiteral("event"), QStringLiteral("date"),
                              QStringLiteral("minutes"), QStringLiteral("detail")};
    book.header(activity, columns, {18, 20, 12, 10, 30});
    int row = 0;
    for (const BillableEvent& e : events) {
        ++row;
        book.text(activity, row, 0, e.reference);
        book.text(activity, row, 1, e.event);
        book.date(activity, row, 2, e.date);
        if (e.event == QLatin1String("meeting_held"))
            book.number(activity, row, 3, e.minutes, f.count);
        book.text(activity, row, 4, e.detail);
    }
    book.filter(activity, row, static_cast<int>(columns.size()));

    lxw_worksheet* totals = book.addSheet(QStringLiteral("Totals"));
    book.header(totals,
                {QStringLiteral("council_code"), QStringLiteral("council"), QStringLiteral("period_from"),
                 QStringLiteral("period_to"), QStringLiteral("event"), QStringLiteral("count"),
                 QStringLiteral("minutes")},
                {12, 28, 12, 12, 20, 10, 10});
    row = 0;
    for (const QString& kind : {QStringLiteral("information_given"), QStringLiteral("meeting_held"),
                                QStringLiteral("certificate_issued")}) {
        qint64 count = 0;
        qint64 minutes = 0;
        for (const BillableEvent& e : events) {
            if (e.event == kind) {
                ++count;
                minutes += e.minutes;
            }
        }
        ++row;
        book.text(totals, row, 0, councilCode);
        book.text(totals, row, 1, councilName);
        book.date(totals, row, 2, period.from());
        book.date(totals, row, 3, period.to());
        book.text(totals, row, 4, kind);
        book.number(totals, row, 5, static_cast<double>(count), f.count);
        if (kind == QLatin1String("meeting_held"))
            book.number(totals, row, 6, static_cast<double>(minutes), f.count);
    }
    return book.save(path, error);
}
