#pragma once

#include "domain/ReportFigures.h"
#include "rules/BankHolidayCalendar.h"
#include "rules/ReportPeriod.h"
#include "store/infrastructure/StoreError.h"
#include "store/reports/ActivityStatementQuery.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

// The figures as an XLSX workbook (issue 14), written with libxlsxwriter:
// a "Summary" sheet (every figure of every council in the report, with its
// definition, the columns of ReportCsv), one sheet per council (named by its
// code), "Cases" (the cases behind each figure, council by council) and
// "Definitions" (rules/ReportDefinitions). Counts, times and shares are
// numbers (a share as a fraction with a percent format), the period's dates
// real dates; every text is written as text, never as a formula, so a
// reason typed as "=1+2" stays those characters. Each sheet has a bold,
// frozen header row and set column widths.
//
// Files are complete or absent and owner-only: the workbook is made in a
// private temporary folder and then written through PrivateFile. A failure
// of libxlsxwriter is reported in its own words, never ignored.
class ReportWorkbook
{
public:
    // A case behind a figure, with the council whose figure it is.
    struct CaseRow
    {
        QString councilCode;
        QString figure;
        QString detail;
        QString reference;
    };

    // The figures for the period and the cases behind them, as the CLI and
    // the Reports screen both export them: without a council, every council
    // together ("ALL") and then each; with one, that council. `figures`
    // (keys) limits the figures, empty for all (report sen2).
    static StoreError collect(QSqlDatabase db, const BankHolidayCalendar& calendar,
                              const ReportPeriod& period, std::optional<qint64> councilId,
                              const QStringList& figures, ReportWorkbook* workbook);

    ReportWorkbook() = default;
    ReportWorkbook(QList<ReportFigures> reports, QList<CaseRow> cases, QStringList figures = {});

    const QList<ReportFigures>& reports() const { return m_reports; }
    const QList<CaseRow>& cases() const { return m_cases; }
    // The sheets' names in order: Summary, one per council, Cases, Definitions.
    QStringList sheetNames() const;
    // How many figure rows the Summary holds.
    int summaryRows() const;

    // Writes the workbook to `path`; false and *error (what went wrong, for a person) when not written.
    bool write(const QString& path, QString* error) const;

    // The activity statement of one council for invoicing: "Activity" (the
    // columns of ActivityStatementQuery::csv, the date a date and the
    // minutes a number) and "Totals" (how many of each event, and the
    // meetings' minutes).
    static bool writeActivity(const QString& path, const QString& councilCode, const QString& councilName,
                              const ReportPeriod& period, const QList<BillableEvent>& events, QString* error);

    // A sheet name Excel accepts: no []:*?/\, no quote at either end, at most
    // 31 characters, unique (case-insensitively) among `taken`, which it joins.
    static QString sheetName(const QString& wanted, QStringList* taken);

private:
    QList<ReportFigures> m_reports;
    QList<CaseRow> m_cases;
    QStringList m_figures;
};
