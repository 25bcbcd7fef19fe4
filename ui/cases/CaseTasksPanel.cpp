#include "cases/CaseTasksPanel.h"

#include "cases/CasePage.h"
#include "cases/CaseTaskDialog.h"
#include "common/ItemViews.h"
#include "common/WorkContext.h"
#include "domain/DateText.h"
#include "rules/TaskRules.h"
#include "shell/MessagePresenter.h"
#include "store/cases/CaseTaskRepository.h"

#include <QPushButton>
#include <limits>

namespace {
enum Column
{
    State,
    Title,
    For,
    Due,
};
constexpr int kDoneRole = Qt::UserRole + 2; // RecordTable keeps the id and the sort key below it
// A task without a due day sorts after every day.
constexpr qint64 kNoDay = std::numeric_limits<qint64>::max();
} // namespace

CaseTasksPanel::CaseTasksPanel(WorkContext* context, qint64 caseId, QWidget* parent)
    : QWidget(parent), m_context(context), m_caseId(caseId),
      m_table(new RecordTable({tr("State"), tr("What"), tr("For"), tr("Due")}, Title, this)),
      m_add(new QPushButton(tr("&Add a task…"), this)), m_edit(new QPushButton(tr("&Edit the task…"), this)),
      m_done(new QPushButton(tr("Mark &done"), this))
{
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(State, Qt::AscendingOrder);
    ItemViews::label(m_table, tr("Tasks on the case"),
                     tr("One row a task: Enter opens it, Delete marks it done or not done"));
    m_done->setToolTip(tr("Mark the selected task done, or open again (Delete)"));
    m_context->gate(m_add, Action::EditCases);
    connect(m_add, &QPushButton::clicked, this, &CaseTasksPanel::beginAdd);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentTaskId())
            beginEdit(id);
    });
    connect(m_table, &RecordTable::openRequested, this, &CaseTasksPanel::beginEdit);
    // Delete marks done (or open again): a task is never removed from here.
    connect(m_table, &RecordTable::removeRequested, this, &CaseTasksPanel::toggleSelectedDone);
    connect(m_done, &QPushButton::clicked, this, &CaseTasksPanel::toggleSelectedDone);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CaseTasksPanel::showSelection);
    CasePage::stack(this, {m_add, m_edit}, {m_done}, m_table, nullptr);
    CasePage::followCase(m_context, m_caseId, this, [this] { reload(); });
    reload();
}

void CaseTasksPanel::reload()
{
    QList<CaseTask> tasks;
    if (m_context->isOpen()) {
        if (StoreError error = CaseTaskRepository(m_context->database()).listForCase(m_caseId, &tasks))
            MessagePresenter::instance().showError(this, tr("The tasks could not be read"), error.message());
    }
    const QDate today = m_context->today();
    QList<RecordTable::Row> rows;
    for (const CaseTask& task : std::as_const(tasks)) {
        // Open tasks first, the overdue before the rest; done ones last.
        const QString state = task.isDone()                        ? tr("Done")
                              : TaskRules::isOverdue(task, today)  ? tr("Overdue")
                              : TaskRules::isDueToday(task, today) ? tr("Due today")
                                                                   : tr("Open");
        const qint64 stateKey = task.isDone()                        ? 3
                                : TaskRules::isOverdue(task, today)  ? 0
                                : TaskRules::isDueToday(task, today) ? 1
                                                                     : 2;
        RecordTable::Row row{
            task.id,
            {RecordTable::sortedItem(state, stateKey), new QTableWidgetItem(task.title),
             new QTableWidgetItem(task.assignedToName.isEmpty() ? tr("Nobody in particular")
                                                                : task.assignedToName),
             RecordTable::sortedItem(task.dueDate.isValid() ? DateText::shortDate(task.dueDate)
                                                            : tr("No day set"),
                                     task.dueDate.isValid() ? task.dueDate.toJulianDay() : kNoDay)}};
        for (QTableWidgetItem* cell : std::as_const(row.cells))
            cell->setData(kDoneRole, task.isDone());
        rows.append(row);
    }
    m_table->setRows(rows);
    showSelection();
}

void CaseTasksPanel::showSelection()
{
    const bool any = currentTaskId() != 0;
    m_context->gate(m_edit, Action::EditCases, any);
    m_context->gate(m_done, Action::EditCases, any);
    m_done->setText(any && currentTaskDone() ? tr("Mark not &done") : tr("Mark &done"));
}

int CaseTasksPanel::taskCount() const
{
    return m_table->rowCount();
}

qint64 CaseTasksPanel::taskIdAt(int row) const
{
    return m_table->idAt(row);
}

qint64 CaseTasksPanel::currentTaskId() const
{
    return m_table->currentId();
}

bool CaseTasksPanel::currentTaskDone() const
{
    const QTableWidgetItem* item = m_table->item(m_table->currentRow(), 0);
    return item && item->data(kDoneRole).toBool();
}

CaseTaskDialog* CaseTasksPanel::beginAdd()
{
    return openDialog(new CaseTaskDialog(m_context, m_caseId, CaseTask{}, this));
}

CaseTaskDialog* CaseTasksPanel::beginEdit(qint64 taskId)
{
    CaseTask task;
    if (StoreError error = CaseTaskRepository(m_context->database()).find(taskId, &task)) {
        MessagePresenter::instance().showError(this, tr("The task could not be opened"), error.message());
        return nullptr;
    }
    return openDialog(new CaseTaskDialog(m_context, m_caseId, task, this));
}

CaseTaskDialog* CaseTasksPanel::openDialog(CaseTaskDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    // The timeline and the dashboard read again too.
    connect(dialog, &QDialog::accepted, this, [this] { m_context->notifyCaseChanged(m_caseId); });
    dialog->open();
    return dialog;
}

bool CaseTasksPanel::toggleSelectedDone()
{
    const qint64 id = currentTaskId();
    if (!id || !m_done->isEnabled())
        return false;
    if (StoreError error = CaseTaskRepository(m_context->database()).setDone(id, !currentTaskDone())) {
        MessagePresenter::instance().showError(this, tr("The task was not changed"), error.message());
        return false;
    }
    m_context->notifyCaseChanged(m_caseId);
    return true;
}
