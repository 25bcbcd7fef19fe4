#pragma once

#include "domain/Contact.h"
#include "domain/Organisation.h"
#include "store/infrastructure/StoreError.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

class QSqlQuery;
class StoreQuery;

// The organisations of the directory: council SEND teams, schools and
// settings, SENDIASS services, health and social care, the provider itself.
// Phone numbers are checked (libphonenumber) and kept in E.164; postcodes
// are checked and kept in their standard form.
class OrganisationRepository
{
public:
    explicit OrganisationRepository(QSqlDatabase db);

    // By name; only one kind, or one council's, when given.
    StoreError list(QList<Organisation>* organisations, std::optional<OrganisationKind> kind = std::nullopt,
                    std::optional<qint64> councilId = std::nullopt) const;
    StoreError find(qint64 id, Organisation* organisation) const;
    // The first organisation with this name (any case) and kind; id 0 when none.
    StoreError findByName(const QString& name, OrganisationKind kind, Organisation* organisation) const;
    // Sets organisation->id. Refused (Kind::Invalid) with what to fix.
    StoreError add(Organisation* organisation);
    StoreError update(const Organisation& organisation);
    // Its contacts stay in the directory without an organisation.
    StoreError remove(qint64 id);

    // A council's SENDIASS services and its decision-makers (contacts marked
    // as such at any of the council's organisations), by name.
    StoreError sendiassFor(qint64 councilId, QList<Organisation>* services) const;
    StoreError decisionMakersFor(qint64 councilId, QList<Contact>* contacts) const;

    // The same insert without a transaction of its own, for the CSV import
    // (`reuse`: as ContactRepository::insert).
    static StoreError insert(QSqlDatabase db, Organisation* organisation, StoreQuery* reuse = nullptr);

private:
    QSqlDatabase m_db;
};
