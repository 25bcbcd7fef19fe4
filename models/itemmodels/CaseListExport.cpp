#include "itemmodels/CaseListExport.h"

#include "documents/SpreadsheetBook.h"
#include "itemmodels/CaseListModel.h"
#include "itemmodels/CaseRowsModel.h"
#include "platform/PrivateFile.h"
#include "store/access/AuditRepository.h"
#include "store/infrastructure/CsvCell.h"

#include <QCoreApplication>

namespace CaseListExport {

namespace {
QString whatIsDueTitle()
{
    return QCoreApplication::translate("CaseListExport", "Deadline for");
}

// Read a page at a time by key (fetchAfter), never by ever larger OFFSETs.
StoreError allRows(const CaseListModel& model, int pageSize, QList<CaseListRow>* rows)
{
    const CaseListQuery query = model.currentQuery();
    QList<CaseListRow> page;
    if (StoreError error = query.fetch(0, pageSize, &page))
        return error;
    while (!page.isEmpty()) {
        rows->append(page);
        if (page.size() < pageSize)
            break;
        const CaseListRow last = page.constLast();
        page.clear();
        if (StoreError error = query.fetchAfter(last, pageSize, &page))
            return error;
    }
    return {};
}
} // namespace

Format formatOf(const QString& path)
{
    return path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive) ? Format::Xlsx : Format::Csv;
}

QStringList columns()
{
    // The list's headings, then what the next deadline is for (the list shows it in a tooltip).
    const CaseListModel headings;
    QStringList titles;
    for (int column = 0; column < CaseListModel::ColumnCount; ++column) {
        titles << headings.headerData(column, Qt::Horizontal).toString();
        if (column == CaseListModel::NextDeadlineColumn)
            titles << whatIsDueTitle();
    }
    return titles;
}

StoreError write(const CaseListModel& model, Format format, const QString& path, int* rows, int pageSize)
{
    QList<CaseListRow> found;
    if (StoreError error = allRows(model, qMax(1, pageSize), &found))
        return error;
    const QStringList titles = columns();
    // Each row's cells in the order of columns().
    auto cells = [&model](const CaseListRow& row) {
        QStringList line;
        for (int column = 0; column < CaseListModel::ColumnCount; ++column) {
            line << (column == CaseListModel::NextDeadlineColumn && row.nextDeadline.isValid()
                         ? row.nextDeadline.toString(Qt::ISODate)
                         : model.cellText(row, column));
            if (column == CaseListModel::NextDeadlineColumn)
                line << (row.nextDeadlineKind.isEmpty()
                             ? QString()
                             : CaseRowsModel::deadlineKindTitle(row.nextDeadlineKind));
        }
        return line;
    };
    QString problem;
    bool written = false;
    if (format == Format::Csv) {
        QString text;
        auto addLine = [&text](const QStringList& values) {
            QStringList formatted;
            for (const QString& value : values)
                formatted << CsvCell::format(value);
            text += formatted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        };
        addLine(titles);
        for (const CaseListRow& row : found)
            addLine(cells(row));
        written = PrivateFile::write(path, text.toUtf8(), &problem);
    } else {
        SpreadsheetBook book;
        lxw_worksheet* sheet = book.addSheet(QStringLiteral("Cases"));
        book.header(sheet, titles, {16, 26, 26, 24, 20, 22, 14, 30, 22, 20});
        const int deadlineColumn = CaseListModel::NextDeadlineColumn;
        int at = 0;
        for (const CaseListRow& row : found) {
            ++at;
            const QStringList line = cells(row);
            for (int column = 0; column < line.size(); ++column) {
                if (column == deadlineColumn)
                    book.date(sheet, at, column, row.nextDeadline);
                else
                    book.text(sheet, at, column, line.at(column));
            }
        }
        book.filter(sheet, at, static_cast<int>(titles.size()));
        written = book.save(path, &problem);
    }
    if (!written)
        return StoreError(StoreError::Kind::Io, problem);
    if (rows)
        *rows = static_cast<int>(found.size());
    // Written first, recorded after: a record of an export that never happened would mislead.
    return AuditRepository(model.database())
        .record(QStringLiteral("export"), QStringLiteral("cases"), QString(),
                QStringLiteral("case list: %1 cases, %2")
                    .arg(found.size())
                    .arg(format == Format::Csv ? QStringLiteral("CSV") : QStringLiteral("XLSX")));
}

} // namespace CaseListExport
