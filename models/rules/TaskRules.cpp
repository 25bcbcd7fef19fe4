#include "rules/TaskRules.h"

#include <QCoreApplication>

namespace TaskRules {

QString problem(const CaseTask& task)
{
    const QString title = task.title.trimmed();
    if (title.isEmpty())
        return QCoreApplication::translate("TaskRules", "Say what the task is.");
    if (title.size() > CaseTask::kMaxTitleLength)
        return QCoreApplication::translate("TaskRules", "A task's title is at most %1 characters.")
            .arg(CaseTask::kMaxTitleLength);
    return {};
}

bool isOverdue(const CaseTask& task, const QDate& today)
{
    return !task.isDone() && task.dueDate.isValid() && task.dueDate < today;
}

bool isDueToday(const CaseTask& task, const QDate& today)
{
    return !task.isDone() && task.dueDate.isValid() && task.dueDate == today;
}

bool needsReminder(const CaseTask& task, const QDate& today)
{
    return isOverdue(task, today) || isDueToday(task, today);
}

} // namespace TaskRules
