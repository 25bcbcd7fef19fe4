#pragma once

#include "store/infrastructure/StoreError.h"

#include <QString>
#include <QStringList>

class CaseListModel;

// The case list as it is filtered and sorted on screen, to a file: every
// matching case (not only the pages scrolled into view), in the list's
// columns and words, plus what each next deadline is for. CSV is RFC 4180
// in UTF-8 with a header row, each cell made safe to open in a spreadsheet
// (CsvCell); XLSX is one sheet, "Cases", with the next deadline as a real
// date. The file is complete or absent and owner-only (PrivateFile). The
// export is recorded in the audit trail (how many cases, which format),
// never what it holds.
namespace CaseListExport {

enum class Format
{
    Csv,
    Xlsx
};

// The format a file name asks for: .xlsx, else CSV.
Format formatOf(const QString& path);
// The header row.
QStringList columns();
// Writes the list of `model` to `path`; *rows receives the number of cases
// written. The rows are read `pageSize` at a time.
StoreError write(const CaseListModel& model, Format format, const QString& path, int* rows,
                 int pageSize = 2000);

} // namespace CaseListExport
