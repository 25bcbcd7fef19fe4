#pragma once

#include "domain/ChildViews.h"
#include "store/infrastructure/StoreError.h"

#include <QSqlDatabase>

// How the child's or young person's views were sought on a case (CFA
// s.56(1)(e); schema 20: cases.child_views_how and cases.child_views_note).
// The mediator records it with the meeting's outcome: the same role rules as
// recording a meeting (Action::ManageMeetings, a mediator only on their own
// cases), and the audit trail that records every change to a case.
class ChildViewsRepository
{
public:
    explicit ChildViewsRepository(QSqlDatabase db);

    StoreError load(qint64 caseId, ChildViews* views) const;
    // Invalid with ChildViewsRule::problem's words when it may not be saved.
    StoreError save(qint64 caseId, const ChildViews& views);

private:
    QSqlDatabase m_db;
};
