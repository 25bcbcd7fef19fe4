#include "store/reports/ReportWorkbook.h"

#include "platform/PrivateFile.h"
#include "rules/ReportDefinitions.h"
#include "store/reports/ReportCsv.h"
#include "store/reports/ReportQuery.h"
#include "store/settings/CouncilRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <xlsxwriter.h>

namespace {

// The number formats of the sheets; owned by the workbook.
struct Formats
{
    lxw_format* header = nullptr;
    lxw_format* date = nullptr;
    lxw_format* count = nullptr;
    lxw_format* percent = nullptr;
    lxw_format* days = nullptr;
};

// One workbook being made in a private temporary folder. Every call's
// error is kept (the first one wins) so that a failure is reported, not lost.
class Book
{
public:
    Book()
    {
        if (!m_dir.isValid()) {
            m_problem = QStringLiteral("could not make a temporary folder: %1").arg(m_dir.errorString());
            return;
        }
        m_file = QFile::encodeName(m_dir.filePath(QStringLiteral("workbook.xlsx")));
        m_tmp = QFile::encodeName(m_dir.path());
        lxw_workbook_options options{};
        options.tmpdir = m_tmp.data(); // its scratch files stay in the private folder too
        m_book = workbook_new_opt(m_file.constData(), &options);
        if (!m_book) {
            m_problem = QStringLiteral("the spreadsheet library could not start a workbook");
            return;
        }
        m_formats.header = workbook_add_format(m_book);
        format_set_bold(m_formats.header);
        format_set_bottom(m_formats.header, LXW_BORDER_THIN);
        m_formats.date = workbook_add_format(m_book);
        format_set_num_format(m_formats.date, "yyyy-mm-dd");
        m_formats.count = workbook_add_format(m_book);
        format_set_num_format(m_formats.count, "0");
        m_formats.percent = workbook_add_format(m_book);
        format_set_num_format(m_formats.percent, "0.0%");
        m_formats.days = workbook_add_format(m_book);
        format_set_num_format(m_formats.days, "0.0");
    }
    ~Book()
    {
        if (m_book)
            lxw_workbook_free(m_book);
    }
    Book(const Book&) = delete;
    Book& operator=(const Book&) = delete;

    bool ok() const { return m_problem.isEmpty() && m_error == LXW_NO_ERROR; }
    const Formats& formats() const { return m_formats; }

    lxw_worksheet* addSheet(const QString& name)
    {
        if (!ok())
            return nullptr;
        const QByteArray utf8 = name.toUtf8();
        note(workbook_validate_sheet_name(m_book, utf8.constData()));
        lxw_worksheet* sheet = ok() ? workbook_add_worksheet(m_book, utf8.constData()) : nullptr;
        if (!sheet && m_problem.isEmpty() && m_error == LXW_NO_ERROR)
            m_problem = QStringLiteral("the spreadsheet library refused the sheet name '%1'").arg(name);
        return sheet;
    }

    void note(lxw_error error)
    {
        if (error != LXW_NO_ERROR && m_error == LXW_NO_ERROR)
            m_error = error;
    }

    // A bold header row that stays in view, the column widths, and a filter on the columns.
    void header(lxw_worksheet* sheet, const QStringList& columns, const QList<double>& widths)
    {
        if (!sheet)
            return;
        for (int column = 0; column < columns.size(); ++column) {
            text(sheet, 0, column, columns.at(column), m_formats.header);
            note(worksheet_set_column(sheet, static_cast<lxw_col_t>(column), static_cast<lxw_col_t>(column),
                                      widths.value(column, 14), nullptr));
        }
        worksheet_freeze_panes(sheet, 1, 0);
    }
    void filter(lxw_worksheet* sheet, int rows, int columns)
    {
        if (sheet && columns > 0)
            note(worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(rows),
                                      static_cast<lxw_col_t>(columns - 1)));
    }

    // Text is always a string cell: write_string never makes a formula of "=...".
    void text(lxw_worksheet* sheet, int row, int column, const QString& value, lxw_format* format = nullptr)
    {
        if (sheet && !value.isEmpty())
            note(worksheet_write_string(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                                        value.toUtf8().constData(), format));
    }
    void number(lxw_worksheet* sheet, int row, int column, double value, lxw_format* format)
    {
        if (sheet)
            note(worksheet_write_number(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                                        value, format));
    }
    void date(lxw_worksheet* sheet, int row, int column, const QDate& value)
    {
        if (!sheet || !value.isValid())
            return;
        lxw_datetime when{value.year(), value.month(), value.day(), 0, 0, 0.0};
        note(worksheet_write_datetime(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                                      &when, m_formats.date));
    }

    // Closes the workbook and writes it to `path` through PrivateFile.
    bool save(const QString& path, QString* error)
    {
        if (m_book && m_problem.isEmpty()) {
            const lxw_error closed = workbook_close(m_book); // frees it, whatever happened
            m_book = nullptr;
            note(closed);
        }
        if (m_problem.isEmpty() && m_error != LXW_NO_ERROR)
            m_problem = QStringLiteral("the spreadsheet library failed: %1")
                            .arg(QString::fromUtf8(lxw_strerror(m_error)));
        QByteArray data;
        if (m_problem.isEmpty()) {
            QFile made(QFile::decodeName(m_file));
            if (!made.open(QIODevice::ReadOnly))
                m_problem = QStringLiteral("could not read the workbook made: %1").arg(made.errorString());
            else
                data = made.readAll();
        }
        if (m_problem.isEmpty() && PrivateFile::write(path, data, &m_problem))
            return true;
        if (error)
            *error = m_problem;
        return false;
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_file;
    QByteArray m_tmp;
    lxw_workbook* m_book = nullptr;
    Formats m_formats;
    lxw_error m_error = LXW_NO_ERROR;
    QString m_problem;
};

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
int writeFigures(Book& book, lxw_worksheet* sheet, const QList<const ReportFigures*>& reports,
                 const QStringList& only)
{
    const Formats& f = book.formats();
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
    Book book;
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
    Book book;
    const Formats& f = book.formats();
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
