#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

// A task on a case (schema 27, case_tasks; issue 17 point 4): what is to be
// done, for whom, by when, and whether it is done. Names are read back with
// the task, so that lists need no second look-up.
struct CaseTask
{
    static constexpr int kMaxTitleLength = 200;

    qint64 id = 0;
    qint64 caseId = 0;
    QString caseReference; // read back with the task, for the dashboard's lists
    QString title;
    std::optional<qint64> assignedToId; // nobody in particular when empty
    QString assignedToName;
    QDate dueDate;    // null: no day set
    QDateTime doneAt; // null while the task is open
    std::optional<qint64> doneById;
    QString doneByName;
    std::optional<qint64> createdById;
    QString createdByName;
    QDateTime createdAt;
    qint64 rowVersion = 0;

    bool isDone() const { return doneAt.isValid(); }
};
