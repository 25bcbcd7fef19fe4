#pragma once

#include "domain/CaseStage.h"

#include <QDate>
#include <QList>
#include <QString>

// A request to move a case on: to which stage, the date it happened, and
// (for closing) why.
struct StageChange
{
    CaseStage to = CaseStage::Closed;
    QDate date;
    QString reason;
};

// Which stage a case may move to next (rules/README.md sections 3 and 6). A move the
// rules forbid is refused with a reason that says what to do instead.
namespace StageMachine {

CaseStage initialStage(Route route);
QList<CaseStage> movesFrom(Route route, CaseStage from);
// Empty when the move is allowed; otherwise why not.
QString refusal(Route route, CaseStage from, const StageChange& change, const QDate& enquiryDate,
                const QDate& today);

} // namespace StageMachine
