#pragma once

#include "common/CsvProblemList.h"
#include "store/directory/ContactCsv.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class WorkContext;

// Shows what a CSV file would add to the directory before anything is
// written: every row with its line number, and every bad row with what is
// wrong. Import is all or nothing, so the Import button only works when no
// row has a problem.
class CsvImportDialog : public QDialog
{
    Q_OBJECT

public:
    // `fileName` is only shown; `content` is the file's bytes.
    CsvImportDialog(WorkContext* context, const QString& fileName, const QByteArray& content,
                    QWidget* parent = nullptr);

    const ContactCsv::ImportReport& report() const { return m_report; }
    bool canImport() const { return m_canImport; }
    QTableWidget* preview() const { return m_preview; }
    QListWidget* problems() const { return m_problems; }
    QPushButton* importButton() const { return m_import; }

public slots:
    // Imports (when the preview found no problem) and closes.
    void accept() override;

private:
    void check();
    void fillPreview();

    WorkContext* m_context;
    QByteArray m_data;
    ContactCsv::ImportReport m_report;
    bool m_canImport = false;
    QLabel* m_summary;
    QLabel* m_problemsLabel;
    CsvProblemList* m_problems;
    QTableWidget* m_preview;
    QPushButton* m_import;
};
