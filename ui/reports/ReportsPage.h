#pragma once

#include "domain/ReportFigures.h"
#include "rules/ReportPeriod.h"

#include <QWidget>
#include <optional>

class DateLineEdit;
class ReportCharts;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class WorkContext;

// The Reports screen (issue 14), for supervisors and administrators: a
// period (this or last month, quarter, financial or calendar year, or any
// range) and a council (or all), the figures as a table with each figure's
// definition as its tooltip (rules/ReportDefinitions, the words the exports
// and the README print), Export CSV, Export XLSX, Export PDF (the
// contract-monitoring report, ContractReportPdf), the cases behind the chosen figure,
// which open in the workspace, and charts by month (ReportCharts), each with
// its numbers in a table. "SEN2 return only" narrows the figures and the CSV
// and XLSX exports to the council's SEN2 return for a calendar year (as
// `report sen2`). Other roles see why they cannot.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(WorkContext* context, QWidget* parent = nullptr);

    // The period the choosers give; invalid (with a message shown) when the range is wrong.
    ReportPeriod period() const;
    std::optional<qint64> councilId() const;
    // Works the figures out again; false (and a message) when the store refuses.
    bool refresh();
    // Writes the figures shown as CSV to a file the person chooses; false when not written.
    bool exportCsv();
    // Writes the contract-monitoring report of the figures shown, with its
    // charts and the provider's letterhead, as a PDF the person names; false when not written.
    bool exportPdf();
    // Writes the period's workbook (store/reports/ReportWorkbook, as `report
    // --format xlsx`: every council and each, or the council chosen, with the
    // cases behind each figure) to a file the person chooses; false when not written.
    bool exportXlsx();
    // Lists the cases behind the figure in `row` of the table.
    void showCasesBehind(int row);

    const ReportFigures& figures() const { return m_figures; }
    QComboBox* periodBox() const { return m_periodKind; }
    QComboBox* councilBox() const { return m_council; }
    QCheckBox* sen2Box() const { return m_sen2; }
    DateLineEdit* fromEdit() const { return m_from; }
    DateLineEdit* toEdit() const { return m_to; }
    QTableWidget* table() const { return m_table; }
    QListWidget* casesList() const { return m_cases; }
    ReportCharts* charts() const { return m_charts; }

signals:
    void openCaseRequested(qint64 caseId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reloadCouncils();
    void applyPreset();
    // The figures shown and exported: the SEN2 return's, or every one (empty).
    QStringList shownFigures() const;
    void gate();

    WorkContext* m_context;
    QComboBox* m_periodKind;
    DateLineEdit* m_from;
    DateLineEdit* m_to;
    QComboBox* m_council;
    QPushButton* m_show;
    QPushButton* m_export;
    QPushButton* m_exportPdf;
    QPushButton* m_exportXlsx;
    QCheckBox* m_sen2;
    QLabel* m_status;
    QTableWidget* m_table;
    ReportCharts* m_charts;
    QLabel* m_casesTitle;
    QListWidget* m_cases;
    ReportFigures m_figures;
    bool m_stale = true; // the figures are worked out when the screen is next shown
};
