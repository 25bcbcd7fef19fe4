#pragma once

#include "domain/Contact.h"
#include "domain/Organisation.h"
#include "store/StoreError.h"

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

// Two contacts that are likely the same person: the same name (any case) and
// the same email (any case) or the same phone number.
struct LikelyDuplicate
{
    Contact first; // the older
    Contact second;
    bool sameEmail = false;
    bool samePhone = false;
};

// The people of the directory. Phone numbers are checked (libphonenumber)
// and kept in E.164 (phone_e164) beside the national form (phone).
class ContactRepository
{
public:
    explicit ContactRepository(QSqlDatabase db);

    StoreError find(qint64 id, Contact* contact) const;
    // Sets contact->id. Refused (Kind::Invalid) with what to fix.
    StoreError add(Contact* contact);
    StoreError update(const Contact& contact);
    // Invitees and referrers that pointed at the contact keep their names.
    StoreError remove(qint64 id);

    StoreError likelyDuplicates(QList<LikelyDuplicate>* pairs) const;
    // Points every invitee, case referrer and recorded link of `removeId` at
    // `keepId`, fills the kept contact's empty details from the other, and
    // deletes the other: one transaction.
    StoreError merge(qint64 keepId, qint64 removeId);

    // The same insert without a transaction of its own, for the CSV import.
    static StoreError insert(QSqlDatabase db, Contact* contact);
    // The columns (and joins) a Contact is read from, for other queries.
    static QString selectColumns();
    static Contact contactFrom(const class QSqlQuery& query, int first = 0);

private:
    QSqlDatabase m_db;
};
