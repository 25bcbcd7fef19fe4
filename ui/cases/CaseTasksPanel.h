#pragma once

#include "common/RecordTable.h"

#include <QWidget>

class CaseTaskDialog;
class QPushButton;
class WorkContext;

// The Tasks tab of a case (Alt+8; issue 17 point 4): each task on the case
// (what, for whom, due, done), open ones first and sorted by any column;
// adding one and opening one to edit it (double-click, Enter or Edit) in
// CaseTaskDialog; Mark done (Delete) marks the selected task done, or, on a
// done task, Mark not done opens it again. Each add and done shows on the case's timeline.
class CaseTasksPanel : public QWidget
{
    Q_OBJECT

public:
    CaseTasksPanel(WorkContext* context, qint64 caseId, QWidget* parent = nullptr);

    void reload();
    QTableWidget* table() const { return m_table; }
    int taskCount() const;
    qint64 taskIdAt(int row) const;
    QPushButton* doneButton() const { return m_done; }
    // The dialogs open window-modal and return at once (tests drive them).
    CaseTaskDialog* beginAdd();
    CaseTaskDialog* beginEdit(qint64 taskId);
    // Marks the selected task done, or open again; false when nothing changed.
    bool toggleSelectedDone();

private:
    qint64 currentTaskId() const;
    bool currentTaskDone() const;
    CaseTaskDialog* openDialog(CaseTaskDialog* dialog);
    void showSelection();

    WorkContext* m_context;
    qint64 m_caseId;
    RecordTable* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_done;
};
