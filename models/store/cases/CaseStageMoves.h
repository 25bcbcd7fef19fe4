#pragma once

#include "domain/Activity.h"
#include "domain/CaseDetails.h"
#include "rules/StageMachine.h"
#include "store/cases/CaseRepository.h"
#include "store/infrastructure/StoreError.h"

#include <QSqlDatabase>
#include <functional>
#include <optional>

// A case's moves through its stages: on, back, reopened, and the family's
// decision on mediation that moves it. Each is one write transaction with its
// timeline entry and the case's next deadline recomputed. CaseRepository's
// methods of the same names pass through to these (what each does and
// refuses is documented there); the case is read and its deadline refreshed
// through that repository.
class CaseStageMoves
{
public:
    CaseStageMoves(CaseRepository& cases, QSqlDatabase db);

    StoreError moveStage(qint64 caseId, const StageChange& change, const QDate& today,
                         std::optional<qint64> authorId);
    StoreError recordInformationGiven(Activity* activity, const QDate& today);
    StoreError recordMediationRequested(qint64 caseId, const QDate& requested, const QString& note,
                                        const QDate& today, std::optional<qint64> authorId,
                                        const ThirtyDayStart& start);
    StoreError correctThirtyDayStart(qint64 caseId, const ThirtyDayStart& start, const QString& reason,
                                     const QDate& today, std::optional<qint64> authorId);
    StoreError recordNotPursued(qint64 caseId, const QDate& recorded, const QString& note, const QDate& today,
                                std::optional<qint64> authorId);
    StoreError stepBack(qint64 caseId, CaseStage to, const QString& why, std::optional<qint64> authorId);
    StoreError reopen(qint64 caseId, const QString& reason, std::optional<qint64> authorId);

private:
    // The frame of a move: EditCases required, one write transaction, and the
    // case as stored read inside it; `move` does the rest and is committed
    // only when it succeeds.
    StoreError onCase(qint64 caseId, const std::function<StoreError(const CaseDetails&)>& move);
    StoreError writeThirtyDayStart(qint64 caseId, const ThirtyDayStart& start);
    CaseRepository& m_cases;
    QSqlDatabase m_db;
};
