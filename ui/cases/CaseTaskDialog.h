#pragma once

#include "common/RecordDialog.h"
#include "domain/CaseTask.h"

class DateLineEdit;
class QCheckBox;
class QComboBox;
class QLineEdit;
class WorkContext;

// Adds a task to a case, or edits one (issue 17 point 4): what is to be
// done, for whom (a user of the office, the person signed in unless chosen
// otherwise, or nobody in particular), the day it is due (may be left empty)
// and whether it is done. Saving goes through CaseTaskRepository; a refusal
// (no title, another desk's newer edit) is shown in the dialog, which stays
// open with what was typed.
class CaseTaskDialog : public RecordDialog
{
    Q_OBJECT

public:
    // `task` with id 0 adds a new task on `caseId`.
    CaseTaskDialog(WorkContext* context, qint64 caseId, const CaseTask& task, QWidget* parent = nullptr);

    QLineEdit* titleEdit() const { return m_title; }
    // The user the task is for (their id as data; none: nobody in particular).
    QComboBox* forBox() const { return m_for; }
    DateLineEdit* dueEdit() const { return m_due; }
    QCheckBox* doneBox() const { return m_done; }
    // The task as saved (its id set once added).
    const CaseTask& task() const { return m_task; }

    void accept() override;

private:
    WorkContext* m_context;
    CaseTask m_task;
    QLineEdit* m_title;
    QComboBox* m_for;
    DateLineEdit* m_due;
    QCheckBox* m_done;
};
