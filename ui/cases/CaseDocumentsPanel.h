#pragma once

#include "common/RecordTable.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class WorkContext;

// The Documents page of a case (issue 17 point 1): the files filed on it,
// decision notices, plans and letters received, and the copies of letters and
// certificates the program made (title, type, size, who added it and when;
// sorted by any column). Add... or dropping files on the page files them;
// Open (Enter, double-click) shows one in the desktop's own program from a
// private temporary copy; Save As... writes a copy elsewhere; Remove
// (supervisors; Delete) takes one off after asking. Every open and copy is
// in the audit trail (CaseDocumentRepository).
class CaseDocumentsPanel : public QWidget
{
    Q_OBJECT

public:
    CaseDocumentsPanel(WorkContext* context, qint64 caseId, QWidget* parent = nullptr);

    void reload();
    int documentCount() const;
    qint64 documentIdAt(int row) const;
    QTableWidget* table() const { return m_table; }
    // Asks for a file (FileChooser), then files it; false when nothing was filed.
    bool addWithChooser();
    // Files each; says why for any refused. How many were filed.
    int addFiles(const QStringList& paths);
    // Writes the selected document to a private temporary file and asks the
    // desktop to open it; the path, empty when it was not opened.
    QString openSelected();
    // Asks where, then writes the selected document there; false when not written.
    bool saveSelectedAs();
    // Removes the selected document after asking; false when nothing was removed.
    bool removeSelected();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    qint64 currentDocumentId() const;

    WorkContext* m_context;
    qint64 m_caseId;
    RecordTable* m_table;
    QLabel* m_hint;
    QPushButton* m_add;
    QPushButton* m_open;
    QPushButton* m_saveAs;
    QPushButton* m_remove;
};
