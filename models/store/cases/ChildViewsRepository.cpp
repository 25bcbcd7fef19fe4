#include "store/cases/ChildViewsRepository.h"

#include "rules/ChildViewsRule.h"
#include "store/access/AccessGuard.h"
#include "store/infrastructure/RowVersion.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StoreQuery.h"
#include "store/infrastructure/WriteTransaction.h"

#include <QSqlQuery>

ChildViewsRepository::ChildViewsRepository(QSqlDatabase db) : m_db(std::move(db)) {}

StoreError ChildViewsRepository::load(qint64 caseId, ChildViews* views) const
{
    if (StoreError error = AccessGuard(m_db).requireVisibleCase(caseId))
        return error;
    StoreQuery query(m_db,
                     QStringLiteral("SELECT child_views_how, child_views_note FROM cases WHERE id = ?"));
    query.bind(caseId);
    if (StoreError error = query.execOne(QStringLiteral("Could not read how the child's views were sought"),
                                         QStringLiteral("There is no case %1.").arg(caseId)))
        return error;
    views->how = childViewsMethodFromString(query.value(0).toString());
    views->note = query.value(1).toString();
    return {};
}

StoreError ChildViewsRepository::save(qint64 caseId, const ChildViews& views)
{
    if (StoreError error = AccessGuard(m_db).require(Action::ManageMeetings))
        return error;
    if (StoreError error = AccessGuard(m_db).requireVisibleCase(caseId))
        return error;
    if (const QString problem = ChildViewsRule::problem(views); !problem.isEmpty())
        return StoreError::invalid(problem);
    return WriteTransaction::run(m_db, [&]() -> StoreError {
        StoreQuery query(m_db,
                         QStringLiteral("UPDATE cases SET changed_by = ?, changed_at = ?, child_views_how "
                                        "= ?, child_views_note = ?, updated_at = ?, "
                                        "row_version = row_version + 1 WHERE id = ?"));
        if (StoreError error = RowVersion::bindStamp(m_db, query))
            return error;
        query.bind(views.how ? QVariant(childViewsMethodToString(*views.how))
                             : QVariant(QMetaType::fromType<QString>()),
                   SqlValues::text(views.note.trimmed()), SqlValues::now(), caseId);
        return query.execAffecting(QStringLiteral("Could not save how the child's views were sought"),
                                   QStringLiteral("There is no case %1.").arg(caseId));
    });
}
