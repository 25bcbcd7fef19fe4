#include "cases/CaseTaskDialog.h"

#include "common/DateLineEdit.h"
#include "common/WorkContext.h"
#include "shell/MessagePresenter.h"
#include "store/access/UserRepository.h"
#include "store/cases/CaseTaskRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

CaseTaskDialog::CaseTaskDialog(WorkContext* context, qint64 caseId, const CaseTask& task, QWidget* parent)
    : RecordDialog(parent), m_context(context), m_task(task), m_title(new QLineEdit(this)),
      m_for(new QComboBox(this)), m_due(new DateLineEdit(this)), m_done(new QCheckBox(tr("&Done"), this))
{
    m_task.caseId = caseId;
    setWindowTitle(task.id ? tr("Task") : tr("Add a task"));
    setAccessibleName(tr("Task on the case"));

    m_title->setAccessibleName(tr("What is to be done"));
    m_title->setPlaceholderText(tr("For example: ring the school about the venue"));
    m_title->setMaxLength(CaseTask::kMaxTitleLength);
    m_for->setAccessibleName(tr("For whom"));
    m_for->addItem(tr("Nobody in particular"), QVariant());
    QList<User> users;
    MessagePresenter::instance().showIfFailed(parent, tr("Task"),
                                              UserRepository(m_context->database()).list(&users));
    for (const User& user : std::as_const(users)) {
        // Someone no longer at the office is listed only for the task already theirs.
        if (user.active || user.id == task.assignedToId)
            m_for->addItem(user.displayName, user.id);
    }
    // A new task is the signed-in person's own until they choose another.
    const std::optional<qint64> forWhom = task.id ? task.assignedToId : m_context->currentUserId();
    m_for->setCurrentIndex(forWhom ? std::max(0, m_for->findData(*forWhom)) : 0);
    m_due->setAccessibleName(tr("Due date"));
    m_due->setPlaceholderText(tr("Empty: no day set"));
    m_done->setAccessibleName(tr("Done"));

    m_title->setText(task.title);
    m_due->setDate(task.dueDate);
    m_done->setChecked(task.isDone());

    auto* form = new QFormLayout;
    form->addRow(tr("&What:"), m_title);
    form->addRow(tr("&For:"), m_for);
    form->addRow(tr("D&ue:"), m_due);
    form->addRow(QString(), m_done);
    finish(QString(), form, 520);
}

void CaseTaskDialog::accept()
{
    if (!m_due->isAcceptable()) {
        refuse(m_due->errorText(), m_due);
        return;
    }
    CaseTask task = m_task;
    task.title = m_title->text();
    task.assignedToId = m_for->currentData().isNull()
                            ? std::nullopt
                            : std::optional<qint64>(m_for->currentData().toLongLong());
    task.dueDate = m_due->date();
    // The store keeps the first time a task was marked done; any valid time says "done".
    task.doneAt =
        m_done->isChecked() ? (task.isDone() ? task.doneAt : QDateTime::currentDateTimeUtc()) : QDateTime();
    CaseTaskRepository repository(m_context->database());
    const bool adding = !task.id;
    const StoreError error = adding ? repository.add(&task) : repository.update(task);
    if (error) {
        refuse(error.message(), task.title.trimmed().isEmpty() ? m_title : nullptr);
        return;
    }
    m_task = task; // saved: a second Save edits it rather than adding another
    // A new task marked done at once: added, then done, both on the timeline.
    if (adding && m_done->isChecked()) {
        if (StoreError doneError = repository.setDone(task.id, true)) {
            refuse(doneError.message());
            return;
        }
    }
    QDialog::accept();
}
