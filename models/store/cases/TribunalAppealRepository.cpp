#include "store/cases/TribunalAppealRepository.h"

#include "domain/Activity.h"
#include "domain/DateText.h"
#include "rules/TribunalAppealRules.h"
#include "store/access/AccessGuard.h"
#include "store/cases/ActivityRepository.h"
#include "store/infrastructure/RowVersion.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StoreQuery.h"
#include "store/infrastructure/WriteTransaction.h"

#include <QDateTime>
#include <QSqlQuery>

TribunalAppealRepository::TribunalAppealRepository(QSqlDatabase db) : m_db(std::move(db)) {}

StoreError TribunalAppealRepository::load(qint64 caseId, std::optional<TribunalAppeal>* appeal) const
{
    if (StoreError error = AccessGuard(m_db).requireVisibleCase(caseId))
        return error;
    StoreQuery query(m_db, QStringLiteral("SELECT appeal_date, appeal_source FROM cases WHERE id = ?"));
    query.bind(caseId);
    if (StoreError error = query.execOne(QStringLiteral("Could not read the appeal"),
                                         QStringLiteral("There is no case %1.").arg(caseId)))
        return error;
    appeal->reset();
    const std::optional<AppealSource> source = appealSourceFromString(query.value(1).toString());
    const QDate date = query.value(0).toDate();
    if (date.isValid() && source)
        *appeal = TribunalAppeal{date, *source};
    return {};
}

StoreError TribunalAppealRepository::record(qint64 caseId, const TribunalAppeal& appeal, const QDate& today,
                                            std::optional<qint64> authorId)
{
    return AccessGuard(m_db).writeCase(Action::EditCases, caseId, [&]() -> StoreError {
        StoreQuery facts(m_db, QStringLiteral("SELECT decision_notice_date FROM cases WHERE id = ?"));
        facts.bind(caseId);
        if (StoreError error = facts.execOne(QStringLiteral("Could not read the case"),
                                             QStringLiteral("There is no case %1.").arg(caseId)))
            return error;
        const QString problem = TribunalAppealRules::problem(appeal, facts.value(0).toDate(), today);
        if (!problem.isEmpty())
            return StoreError::invalid(problem);

        StoreQuery query(m_db, QStringLiteral("UPDATE cases SET changed_by = ?, changed_at = ?, appeal_date "
                                              "= ?, appeal_source = ?, updated_at = ?, "
                                              "row_version = row_version + 1 WHERE id = ?"));
        if (StoreError error = RowVersion::bindStamp(m_db, query))
            return error;
        query.bind(SqlValues::date(appeal.registeredDate), appealSourceToString(appeal.source),
                   SqlValues::now(), caseId);
        if (StoreError error = query.exec(QStringLiteral("Could not record the appeal")))
            return error;

        return ActivityRepository(m_db).addNow(
            caseId, ActivityKind::Note, authorId,
            QStringLiteral("Appeal to the tribunal registered on %1 (%2)")
                .arg(DateText::shortDate(appeal.registeredDate), appealSourceTitle(appeal.source)));
    });
}

StoreError TribunalAppealRepository::remove(qint64 caseId, const QString& reason,
                                            std::optional<qint64> authorId)
{
    if (StoreError error = AccessGuard(m_db).require(Action::EditCases))
        return error;
    if (StoreError error = AccessGuard(m_db).requireVisibleCase(caseId))
        return error;
    if (reason.trimmed().isEmpty())
        return StoreError::invalid(
            QStringLiteral("Say why the appeal is taken off; it is kept on the timeline."));
    return WriteTransaction::run(m_db, [&] {
        StoreQuery query(
            m_db, QStringLiteral("UPDATE cases SET changed_by = ?, changed_at = ?, appeal_date = NULL, "
                                 "appeal_source = NULL, updated_at = ?, "
                                 "row_version = row_version + 1 WHERE id = ? AND appeal_date IS NOT NULL"));
        if (StoreError error = RowVersion::bindStamp(m_db, query))
            return error;
        query.bind(SqlValues::now(), caseId);
        if (StoreError error = query.execAffecting(QStringLiteral("Could not take off the appeal"),
                                                   QStringLiteral("No appeal is recorded on this case.")))
            return error;
        return ActivityRepository(m_db).addNow(caseId, ActivityKind::Note, authorId,
                                               QStringLiteral("Appeal to the tribunal taken off the case"),
                                               reason.trimmed());
    });
}
