#include "documents/SpreadsheetBook.h"

#include "platform/PrivateFile.h"

#include <QFile>

SpreadsheetBook::SpreadsheetBook()
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

SpreadsheetBook::~SpreadsheetBook()
{
    if (m_book)
        lxw_workbook_free(m_book);
}

lxw_worksheet* SpreadsheetBook::addSheet(const QString& name)
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

void SpreadsheetBook::note(lxw_error error)
{
    if (error != LXW_NO_ERROR && m_error == LXW_NO_ERROR)
        m_error = error;
}

void SpreadsheetBook::header(lxw_worksheet* sheet, const QStringList& columns, const QList<double>& widths)
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

void SpreadsheetBook::filter(lxw_worksheet* sheet, int rows, int columns)
{
    if (sheet && columns > 0)
        note(worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(rows),
                                  static_cast<lxw_col_t>(columns - 1)));
}

void SpreadsheetBook::text(lxw_worksheet* sheet, int row, int column, const QString& value,
                           lxw_format* format)
{
    // write_string never makes a formula of "=...".
    if (sheet && !value.isEmpty())
        note(worksheet_write_string(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                                    value.toUtf8().constData(), format));
}

void SpreadsheetBook::number(lxw_worksheet* sheet, int row, int column, double value, lxw_format* format)
{
    if (sheet)
        note(worksheet_write_number(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), value,
                                    format));
}

void SpreadsheetBook::date(lxw_worksheet* sheet, int row, int column, const QDate& value)
{
    if (!sheet || !value.isValid())
        return;
    lxw_datetime when{value.year(), value.month(), value.day(), 0, 0, 0.0};
    note(worksheet_write_datetime(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), &when,
                                  m_formats.date));
}

bool SpreadsheetBook::save(const QString& path, QString* error)
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
