#include "store/directory/OrganisationRepository.h"

#include "rules/ContactDetailsRules.h"
#include "store/directory/ContactListQuery.h"
#include "store/directory/ContactRepository.h"
#include "store/directory/DirectoryValidation.h"
#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/WriteTransaction.h"

#include <QSqlQuery>

namespace {
const QString kColumns = QStringLiteral(
    "id, name, kind, council_id, address, postcode, COALESCE(phone_e164, phone), email, notes");

Organisation organisationFrom(const QSqlQuery& query)
{
    Organisation organisation;
    organisation.id = query.value(0).toLongLong();
    organisation.name = query.value(1).toString();
    organisation.kind =
        organisationKindFromString(query.value(2).toString()).value_or(OrganisationKind::Other);
    organisation.councilId = SqlValues::optionalId(query.value(3));
    organisation.address = query.value(4).toString();
    organisation.postcode = query.value(5).toString();
    organisation.phone = query.value(6).toString();
    organisation.email = query.value(7).toString();
    organisation.notes = query.value(8).toString();
    return organisation;
}

// The values after name and kind, in column order: council_id, address,
// postcode, phone, phone_e164, email, notes.
void bindDetails(QSqlQuery& query, const Organisation& organisation)
{
    const ContactDetailsRules::PhoneNumber phone = ContactDetailsRules::checkPhone(organisation.phone);
    const bool hasPhone = !organisation.phone.trimmed().isEmpty();
    query.addBindValue(SqlValues::id(organisation.councilId));
    query.addBindValue(SqlValues::text(organisation.address));
    query.addBindValue(SqlValues::text(organisation.postcode.trimmed().isEmpty()
                                           ? QString()
                                           : ContactDetailsRules::normalisePostcode(organisation.postcode)));
    query.addBindValue(SqlValues::text(hasPhone ? phone.national : QString()));
    query.addBindValue(SqlValues::text(hasPhone ? phone.e164 : QString()));
    query.addBindValue(SqlValues::text(ContactDetailsRules::normaliseEmail(organisation.email)));
    query.addBindValue(SqlValues::text(organisation.notes));
}
} // namespace

OrganisationRepository::OrganisationRepository(QSqlDatabase db) : m_db(std::move(db)) {}

StoreError OrganisationRepository::list(QList<Organisation>* organisations,
                                        std::optional<OrganisationKind> kind,
                                        std::optional<qint64> councilId) const
{
    organisations->clear();
    QStringList conditions;
    QVariantList binds;
    if (kind) {
        conditions << QStringLiteral("kind = ?");
        binds << organisationKindToString(*kind);
    }
    if (councilId) {
        conditions << QStringLiteral("council_id = ?");
        binds << *councilId;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM organisations").arg(kColumns) +
                  (conditions.isEmpty()
                       ? QString()
                       : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "))) +
                  QStringLiteral(" ORDER BY lower(name), id"));
    for (const QVariant& value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not read the organisations"));
    while (query.next())
        organisations->append(organisationFrom(query));
    return {};
}

StoreError OrganisationRepository::find(qint64 id, Organisation* organisation) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM organisations WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec())
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not read the organisation"));
    if (!query.next())
        return StoreError(StoreError::Kind::NotFound, QStringLiteral("There is no organisation %1.").arg(id));
    *organisation = organisationFrom(query);
    return {};
}

StoreError OrganisationRepository::findByName(const QString& name, OrganisationKind kind,
                                              Organisation* organisation) const
{
    *organisation = {};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM organisations WHERE lower(name) = lower(?) AND kind = ? "
                                 "ORDER BY id LIMIT 1")
                      .arg(kColumns));
    query.addBindValue(name.trimmed());
    query.addBindValue(organisationKindToString(kind));
    if (!query.exec())
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not look up the organisation"));
    if (query.next())
        *organisation = organisationFrom(query);
    return {};
}

StoreError OrganisationRepository::insert(QSqlDatabase db, Organisation* organisation, QSqlQuery* reuse)
{
    if (const QStringList problems = DirectoryValidation::organisationProblems(*organisation);
        !problems.isEmpty())
        return StoreError::invalid(problems);
    const SqlDialect& dialect = SqlDialect::forDriver(db.driverName());
    QSqlQuery local(db);
    QSqlQuery& query = reuse ? *reuse : local;
    if (query.lastQuery().isEmpty())
        query.prepare(
            QStringLiteral("INSERT INTO organisations (name, kind, council_id, address, postcode, phone, "
                           "phone_e164, email, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
            dialect.returningIdClause());
    query.addBindValue(organisation->name.trimmed());
    query.addBindValue(organisationKindToString(organisation->kind));
    bindDetails(query, *organisation);
    query.addBindValue(SqlValues::now());
    qint64 id = 0;
    if (!dialect.execInsert(query, &id))
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not add the organisation"));
    organisation->id = id;
    return {};
}

StoreError OrganisationRepository::add(Organisation* organisation)
{
    WriteTransaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    if (StoreError error = insert(m_db, organisation)) {
        organisation->id = 0;
        return error;
    }
    if (StoreError error = transaction.commit()) {
        organisation->id = 0;
        return error;
    }
    return {};
}

StoreError OrganisationRepository::update(const Organisation& organisation)
{
    if (const QStringList problems = DirectoryValidation::organisationProblems(organisation);
        !problems.isEmpty())
        return StoreError::invalid(problems);
    WriteTransaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE organisations SET name = ?, kind = ?, council_id = ?, address = ?, "
                       "postcode = ?, phone = ?, phone_e164 = ?, email = ?, notes = ? WHERE id = ?"));
    query.addBindValue(organisation.name.trimmed());
    query.addBindValue(organisationKindToString(organisation.kind));
    bindDetails(query, organisation);
    query.addBindValue(organisation.id);
    if (!query.exec())
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not save the organisation"));
    if (query.numRowsAffected() == 0)
        return StoreError(StoreError::Kind::NotFound,
                          QStringLiteral("There is no organisation %1.").arg(organisation.id));
    return transaction.commit();
}

StoreError OrganisationRepository::remove(qint64 id)
{
    WriteTransaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM organisations WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not remove the organisation"));
    if (query.numRowsAffected() == 0)
        return StoreError(StoreError::Kind::NotFound, QStringLiteral("There is no organisation %1.").arg(id));
    return transaction.commit();
}

StoreError OrganisationRepository::sendiassFor(qint64 councilId, QList<Organisation>* services) const
{
    return list(services, OrganisationKind::Sendiass, councilId);
}

StoreError OrganisationRepository::decisionMakersFor(qint64 councilId, QList<Contact>* contacts) const
{
    ContactFilter filter;
    filter.councilId = councilId;
    filter.decisionMakersOnly = true;
    ContactListQuery query(m_db);
    query.setFilter(filter);
    return query.fetch(0, 1000, contacts);
}
