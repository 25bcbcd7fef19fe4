#pragma once

#include "store/infrastructure/StoreError.h"

#include <QDate>
#include <QSqlDatabase>

// The tasks of the demo database (DemoDataGenerator::addTasks): a few on open
// cases for the demo mediator and the demo supervisor, due around today
// (some overdue, some today, one done), so that the dashboard's "My tasks"
// and "Overdue tasks" and the morning's reminder have something to show.
// Added through CaseTaskRepository by the demo supervisor.
class DemoTasks
{
public:
    explicit DemoTasks(QSqlDatabase db);

    StoreError add(const QDate& today, int* added);

    // Whom the demo's tasks are for, besides the supervisor.
    static constexpr const char* kDemoMediator = "lucy.fairbairn";

private:
    QSqlDatabase m_db;
};
