#pragma once

#include "store/cases/CaseImport.h"

#include <QHash>
#include <QWizard>

class CaseImportFilePage;
class CaseImportMappingPage;
class CaseImportPreviewPage;
class QAction;
class WorkContext;

// File > Import Cases...: cases from another system's CSV file (issue 20),
// in three steps: the file, which of its headings are which of the import's
// columns, and a preview of the cases the import would create (CaseImport's
// dry run) with every bad line named. Import works only when no line has a
// problem, and stores all the cases or none.
class CaseImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page
    {
        FilePage,
        MappingPage,
        PreviewPage,
    };

    explicit CaseImportWizard(WorkContext* context, QWidget* parent = nullptr);

    // Enables the menu entry that opens the wizard for the roles `cases
    // import` allows (CaseImport::requiredActions()), with a database open;
    // otherwise its tooltip says who may. The store checks again.
    static void gate(WorkContext* context, QAction* entry);

    WorkContext* context() const { return m_context; }
    CaseImportFilePage* filePage() const { return m_filePage; }
    CaseImportMappingPage* mappingPage() const { return m_mappingPage; }
    CaseImportPreviewPage* previewPage() const { return m_previewPage; }

    // The file the first page chose, and its first row (the headings) and
    // second (an example of each).
    void setFile(const QString& path, const QStringList& headings, const QStringList& example);
    const QString& path() const { return m_path; }
    const QStringList& headings() const { return m_headings; }
    const QStringList& example() const { return m_example; }
    // Lower-case heading -> the column it is read as ("" to leave it unread).
    void setMapping(const QHash<QString, QString>& mapping) { m_mapping = mapping; }
    const QHash<QString, QString>& mapping() const { return m_mapping; }

    // Reads the file again (so a file corrected meanwhile is checked as it is
    // now) and runs the dry run; what is imported is what was checked.
    StoreError check(CaseImportReport* report);
    // How many cases the import created; 0 until it has.
    qsizetype importedCount() const { return m_imported; }
    // The QSettings key of what the wizard remembers for the person at the desk.
    QString settingsKey(const QString& name) const;

public slots:
    // Imports the checked file and closes; on a refusal says why and stays.
    void accept() override;

private:
    WorkContext* m_context;
    CaseImportFilePage* m_filePage;
    CaseImportMappingPage* m_mappingPage;
    CaseImportPreviewPage* m_previewPage;
    QString m_path;
    QStringList m_headings;
    QStringList m_example;
    QHash<QString, QString> m_mapping;
    QByteArray m_checked; // the bytes the preview showed
    qsizetype m_imported = 0;
};
