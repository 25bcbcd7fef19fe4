#pragma once

#include "domain/Contact.h"
#include "domain/Organisation.h"
#include "store/infrastructure/StoreError.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

class QSqlQuery;
class StoreQuery;

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
    // `reuse`, when given, is prepared on first use and reused: a large
    // import then compiles the statement (and its triggers) once.
    static StoreError insert(QSqlDatabase db, Contact* contact, StoreQuery* reuse = nullptr);
    // The contact columns contactFrom reads, and the tables they come from.
    static QString selectColumns();
    static QString fromTables();
    static Contact contactFrom(const class QSqlQuery& query, int first = 0);

private:
    QSqlDatabase m_db;
};
