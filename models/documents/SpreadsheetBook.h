#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <xlsxwriter.h>

// One XLSX workbook being made with libxlsxwriter, for every spreadsheet the
// program writes (the reports' workbook, the case list). It is made in a
// private temporary folder and written to its place through PrivateFile, so
// a file is complete or absent and owner-only. Every library call's error is
// kept (the first one wins) so that a failure is reported, not lost. Text is
// always a string cell: "=1+2" typed in a field stays those characters.
class SpreadsheetBook
{
public:
    // The number formats of the sheets; owned by the workbook.
    struct Formats
    {
        lxw_format* header = nullptr;
        lxw_format* date = nullptr;
        lxw_format* count = nullptr;
        lxw_format* percent = nullptr;
        lxw_format* days = nullptr;
    };

    SpreadsheetBook();
    ~SpreadsheetBook();
    SpreadsheetBook(const SpreadsheetBook&) = delete;
    SpreadsheetBook& operator=(const SpreadsheetBook&) = delete;

    bool ok() const { return m_problem.isEmpty() && m_error == LXW_NO_ERROR; }
    const Formats& formats() const { return m_formats; }

    lxw_worksheet* addSheet(const QString& name);
    void note(lxw_error error);
    // A bold header row that stays in view, and the column widths.
    void header(lxw_worksheet* sheet, const QStringList& columns, const QList<double>& widths);
    // A filter on the columns of the first `rows` + 1 rows.
    void filter(lxw_worksheet* sheet, int rows, int columns);
    void text(lxw_worksheet* sheet, int row, int column, const QString& value, lxw_format* format = nullptr);
    void number(lxw_worksheet* sheet, int row, int column, double value, lxw_format* format);
    void date(lxw_worksheet* sheet, int row, int column, const QDate& value);
    // Closes the workbook and writes it to `path`; false and *error (for a person) when not written.
    bool save(const QString& path, QString* error);

private:
    QTemporaryDir m_dir;
    QByteArray m_file;
    QByteArray m_tmp;
    lxw_workbook* m_book = nullptr;
    Formats m_formats;
    lxw_error m_error = LXW_NO_ERROR;
    QString m_problem;
};
