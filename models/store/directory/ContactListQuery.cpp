#include "store/directory/ContactListQuery.h"

#include "store/cases/CaseListQuery.h"
#include "store/directory/ContactRepository.h"
#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StoreQuery.h"

#include <QSqlQuery>

ContactListQuery::ContactListQuery(QSqlDatabase db)
    : m_db(std::move(db)), m_postgres(m_db.driverName() == QLatin1String("QPSQL"))
{}

void ContactListQuery::setSort(Column column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
}

QString ContactListQuery::whereClause(QVariantList* binds) const
{
    QStringList conditions;
    if (m_filter.organisationId) {
        conditions << QStringLiteral("c.organisation_id = ?");
        binds->append(*m_filter.organisationId);
    }
    if (m_filter.councilId) {
        conditions << QStringLiteral("o.council_id = ?");
        binds->append(*m_filter.councilId);
    }
    if (m_filter.organisationKind) {
        conditions << QStringLiteral("o.kind = ?");
        binds->append(organisationKindToString(*m_filter.organisationKind));
    }
    if (m_filter.decisionMakersOnly)
        conditions << QStringLiteral("c.is_decision_maker = 1");
    const QString search =
        CaseListQuery::fullTextQuery(m_filter.search, m_postgres, CaseListQuery::Words::Lowered);
    if (!search.isEmpty()) {
        conditions << (m_postgres
                           ? QStringLiteral("c.id IN (SELECT contact_id FROM contact_search "
                                            "WHERE document @@ to_tsquery('simple', ?))")
                           : QStringLiteral(
                                 "c.id IN (SELECT rowid FROM contact_search WHERE contact_search MATCH ?)"));
        binds->append(search);
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

StoreError ContactListQuery::count(int* total) const
{
    QVariantList binds;
    StoreQuery query(m_db, QStringLiteral("SELECT COUNT(*)") + ContactRepository::fromTables() +
                               whereClause(&binds));
    query.bindList(binds);
    if (StoreError error = query.execOne(QStringLiteral("Could not count the contacts")))
        return error;
    *total = query.value(0).toInt();
    return {};
}

StoreError ContactListQuery::fetch(int offset, int limit, QList<Contact>* contacts) const
{
    contacts->clear();
    const QString direction =
        m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    auto text = [&](const QString& column) {
        return m_postgres ? QStringLiteral("lower(%1)").arg(column) + direction
                          : column + QStringLiteral(" COLLATE NOCASE") + direction;
    };
    QString key;
    switch (m_sortColumn) {
    case Column::Name:
        key = text(QStringLiteral("c.family_name")) + QStringLiteral(", ") +
              text(QStringLiteral("c.given_name"));
        break;
    case Column::Organisation:
        key = text(QStringLiteral("o.name")) + QStringLiteral(", ") + text(QStringLiteral("c.family_name"));
        break;
    case Column::JobTitle:
        key = text(QStringLiteral("c.job_title"));
        break;
    case Column::Email:
        key = text(QStringLiteral("c.email"));
        break;
    case Column::Phone:
        key = QStringLiteral("c.phone_e164") + direction;
        break;
    }
    QVariantList binds;
    StoreQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + ContactRepository::selectColumns() +
                  ContactRepository::fromTables() + whereClause(&binds) + QStringLiteral(" ORDER BY ") + key +
                  QStringLiteral(", c.id") + direction + QStringLiteral(" LIMIT ? OFFSET ?"));
    query.bindList(binds);
    query.bind(limit, offset);
    if (StoreError error = query.exec(QStringLiteral("Could not read the contacts")))
        return error;
    while (query.next())
        contacts->append(ContactRepository::contactFrom(query.row()));
    return {};
}

// ---- ContactRepository
