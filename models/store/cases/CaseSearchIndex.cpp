#include "store/cases/CaseSearchIndex.h"

#include "store/infrastructure/StoreQuery.h"

#include <QSqlQuery>

namespace {
const QString kSqliteRow = QStringLiteral(
    "SELECT c.id, c.reference, ch.given_name || ' ' || ch.family_name, "
    "COALESCE(pa.given_name || ' ' || pa.family_name, ''), COALESCE(o.name, '') "
    "FROM cases c JOIN people ch ON ch.id = c.child_id LEFT JOIN people pa ON pa.id = c.parent_id "
    "LEFT JOIN organisations o ON o.id = c.school_id");
const QString kPostgresRow = QStringLiteral(
    "SELECT c.id, to_tsvector('simple', regexp_replace(concat_ws(' ', c.reference, ch.given_name, "
    "ch.family_name, "
    "pa.given_name, pa.family_name, o.name), '[^[:alnum:]]+', ' ', 'g')) "
    "FROM cases c JOIN people ch ON ch.id = c.child_id LEFT JOIN people pa ON pa.id = c.parent_id "
    "LEFT JOIN organisations o ON o.id = c.school_id");
} // namespace

CaseSearchIndex::CaseSearchIndex(QSqlDatabase db)
    : m_db(std::move(db)), m_postgres(m_db.driverName() == QLatin1String("QPSQL"))
{}

StoreError CaseSearchIndex::refresh(qint64 caseId)
{
    const QString context = QStringLiteral("Could not update the search index");
    StoreQuery remove(m_db,
                      m_postgres ? QStringLiteral("DELETE FROM case_search WHERE case_id = ?")
                                 : QStringLiteral("DELETE FROM case_search WHERE rowid = ?"),
                      StoreQuery::cached);
    remove.bind(caseId);
    if (StoreError error = remove.exec(context))
        return error;
    return add(caseId);
}

StoreError CaseSearchIndex::add(qint64 caseId)
{
    const QString context = QStringLiteral("Could not update the search index");
    StoreQuery query(
        m_db,
        m_postgres ? QStringLiteral("INSERT INTO case_search (case_id, document) ") + kPostgresRow +
                         QStringLiteral(" WHERE c.id = ?")
                   : QStringLiteral("INSERT INTO case_search (rowid, reference, child, parent, school) ") +
                         kSqliteRow + QStringLiteral(" WHERE c.id = ?"),
        StoreQuery::cached);
    query.bind(caseId);
    if (StoreError error = query.exec(context))
        return error;
    return {};
}

StoreError CaseSearchIndex::rebuild()
{
    const QString context = QStringLiteral("Could not rebuild the search index");
    StoreQuery query(m_db);
    if (StoreError error = query.execDirect(QStringLiteral("DELETE FROM case_search"), context))
        return error;
    if (StoreError error = query.execDirect(
            m_postgres
                ? QStringLiteral("INSERT INTO case_search (case_id, document) ") + kPostgresRow
                : QStringLiteral("INSERT INTO case_search (rowid, reference, child, parent, school) ") +
                      kSqliteRow,
            context))
        return error;
    return {};
}
