#pragma once

#include "rules/BankHolidayCalendar.h"
#include "store/infrastructure/StoreError.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>

// Every store call the case's workspace (CaseWorkspace and its tabs) makes
// when a case is opened, for the benchmarks: each is handed to `each` with
// what it is called, to time it or run it. Opening a case also writes: its
// Invitees tab adds the family as invitees when they are not yet.
namespace WorkspaceCalls {
using Each = std::function<void(const QString& what, const std::function<StoreError()>& call)>;
void open(const QSqlDatabase& db, const BankHolidayCalendar& calendar, qint64 caseId, const Each& each);
} // namespace WorkspaceCalls
