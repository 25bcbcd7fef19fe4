#pragma once

#include "store/cases/CaseImport.h"

#include <QWizardPage>

class CaseImportWizard;
class CsvProblemList;
class QLabel;
class QTableWidget;

// The import's last step: CaseImport's dry run. The cases the file would
// create (line, reference, child, stage, deadlines), or every line to fix
// and every row that looks like a case already here. Import (Finish) works
// only when there is nothing to fix: the file is taken whole or not at all.
class CaseImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    // The columns of cases().
    enum Column
    {
        LineColumn,
        ActionColumn, // "Create" or "Update"
        ReferenceColumn,
        ChildColumn,
        StageColumn,
        DeadlinesColumn,
    };

    explicit CaseImportPreviewPage(CaseImportWizard* wizard);

    QTableWidget* cases() const { return m_cases; }
    CsvProblemList* problems() const { return m_problems; }
    QLabel* summary() const { return m_summary; }
    const CaseImportReport& report() const { return m_report; }

    void initializePage() override;
    bool isComplete() const override { return m_canImport; }
    // Checks the file again and shows what it found.
    void check();

private:
    void fillCases();

    CaseImportWizard* m_wizard;
    QLabel* m_summary;
    QLabel* m_problemsLabel;
    CsvProblemList* m_problems;
    QLabel* m_casesLabel;
    QTableWidget* m_cases;
    CaseImportReport m_report;
    bool m_canImport = false;
};
