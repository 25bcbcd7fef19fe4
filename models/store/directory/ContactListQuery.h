#pragma once

#include "domain/Contact.h"
#include "domain/Organisation.h"
#include "store/infrastructure/StoreError.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

// What the directory list shows, narrowed in SQL as the case list is.
struct ContactFilter
{
    QString search; // words matched (as prefixes) against name, organisation, job title and email
    std::optional<qint64> organisationId;
    std::optional<qint64> councilId;                  // contacts at the council's organisations
    std::optional<OrganisationKind> organisationKind; // contacts at organisations of this kind
    bool decisionMakersOnly = false;
};

// The directory list's SQL: count, and pages in a chosen order.
class ContactListQuery
{
public:
    enum class Column
    {
        Name, // family name, then given name
        Organisation,
        JobTitle,
        Email,
        Phone,
    };

    explicit ContactListQuery(QSqlDatabase db);
    void setFilter(const ContactFilter& filter) { m_filter = filter; }
    void setSort(Column column, Qt::SortOrder order);
    StoreError count(int* total) const;
    StoreError fetch(int offset, int limit, QList<Contact>* contacts) const;

private:
    QString whereClause(QVariantList* binds) const;
    QSqlDatabase m_db;
    bool m_postgres = false;
    ContactFilter m_filter;
    Column m_sortColumn = Column::Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
