#pragma once

#include "domain/TribunalAppeal.h"
#include "store/infrastructure/StoreError.h"

#include <QDate>
#include <QSqlDatabase>
#include <optional>

// The family's appeal to the tribunal on a case (issue 14; schema 17:
// cases.appeal_date and cases.appeal_source). Recording or removing it is a
// case edit: the same role rules (Action::EditCases, a mediator only on their
// own cases), a timeline entry saying what changed, and the audit trail that
// records every change to a case. One write transaction each.
class TribunalAppealRepository
{
public:
    explicit TribunalAppealRepository(QSqlDatabase db);

    // *appeal is empty when none is recorded.
    StoreError load(qint64 caseId, std::optional<TribunalAppeal>* appeal) const;
    // Records the appeal (or corrects one recorded before); Invalid with
    // TribunalAppealRules::problem's words when the date is wrong.
    StoreError record(qint64 caseId, const TribunalAppeal& appeal, const QDate& today,
                      std::optional<qint64> authorId);
    // Takes off an appeal recorded by mistake, saying why on the timeline.
    StoreError remove(qint64 caseId, const QString& reason, std::optional<qint64> authorId);

private:
    QSqlDatabase m_db;
};
