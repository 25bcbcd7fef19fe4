#pragma once

#include "domain/CaseTask.h"

#include <QDate>
#include <QString>

// What a task on a case needs and when it is late (rules/README.md section 7,
// "Tasks"): a title, and nothing else. A due day is optional and may be any
// day (a task may record something to chase that was due before the case
// began). "Today" is the office's day, always a parameter.
namespace TaskRules {

// Empty when `task` may be saved; otherwise the sentence that says why not.
QString problem(const CaseTask& task);

// An open task whose due day is before today. A done task, or one without a
// due day, is never overdue.
bool isOverdue(const CaseTask& task, const QDate& today);
// An open task due on today.
bool isDueToday(const CaseTask& task, const QDate& today);
// What the reminder tells the person: open and due today or before.
bool needsReminder(const CaseTask& task, const QDate& today);

} // namespace TaskRules
