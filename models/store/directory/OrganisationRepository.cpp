#include "store/directory/OrganisationRepository.h"

#include "rules/ContactDetailsRules.h"
#include "store/directory/ContactListQuery.h"
#include "store/directory/ContactRepository.h"
#include "store/directory/DirectoryValidation.h"
#include "store/infrastructure/RowVersion.h"
#include "store/infrastructure/SqlColumns.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StoreQuery.h"
#include "store/infrastructure/WriteTransaction.h"

#include <QSqlQuery>

namespace {
const QString kColumns = QStringLiteral(
    "id, name, kind, council_id, address, postcode, COALESCE(phone_e164, phone), email, notes, row_version");

Organisation organisationFrom(const QSqlQuery& query)
{
    using O = Organisation;
    O organisation =
        SqlColumns::read<O>(query, &O::id, &O::name, SqlColumns::skip, &O::councilId, &O::address,
                            &O::postcode, &O::phone, &O::email, &O::notes, &O::rowVersion);
    organisation.kind =
        organisationKindFromString(query.value(2).toString()).value_or(OrganisationKind::Other);
    return organisation;
}

// The values after name and kind, in column order: council_id, address,
// postcode, phone, phone_e164, email, notes.
void bindDetails(StoreQuery& query, const Organisation& organisation)
{
    const ContactDetailsRules::PhoneNumber phone = ContactDetailsRules::checkPhone(organisation.phone);
    const bool hasPhone = !organisation.phone.trimmed().isEmpty();
    query.bind(SqlValues::id(organisation.councilId), SqlValues::text(organisation.address),
               SqlValues::text(organisation.postcode.trimmed().isEmpty()
                                   ? QString()
                                   : ContactDetailsRules::normalisePostcode(organisation.postcode)),
               SqlValues::text(hasPhone ? phone.national : QString()),
               SqlValues::text(hasPhone ? phone.e164 : QString()),
               SqlValues::text(ContactDetailsRules::normaliseEmail(organisation.email)),
               SqlValues::text(organisation.notes));
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
    StoreQuery query(m_db, QStringLiteral("SELECT %1 FROM organisations").arg(kColumns) +
                               (conditions.isEmpty()
                                    ? QString()
                                    : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "))) +
                               QStringLiteral(" ORDER BY lower(name), id"));
    query.bindList(binds);
    return query.readAll(QStringLiteral("Could not read the organisations"), organisations, organisationFrom);
}

StoreError OrganisationRepository::find(qint64 id, Organisation* organisation) const
{
    StoreQuery query(m_db, QStringLiteral("SELECT %1 FROM organisations WHERE id = ?").arg(kColumns));
    query.bind(id);
    return query.readOne(QStringLiteral("Could not read the organisation"),
                         QStringLiteral("There is no organisation %1.").arg(id), organisation,
                         organisationFrom);
}

StoreError OrganisationRepository::findByName(const QString& name, OrganisationKind kind,
                                              Organisation* organisation) const
{
    *organisation = {};
    StoreQuery query(m_db,
                     QStringLiteral("SELECT %1 FROM organisations WHERE lower(name) = lower(?) AND kind = ? "
                                    "ORDER BY id LIMIT 1")
                         .arg(kColumns));
    query.bind(name.trimmed(), organisationKindToString(kind));
    if (StoreError error = query.exec(QStringLiteral("Could not look up the organisation")))
        return error;
    if (query.next())
        *organisation = organisationFrom(query.row());
    return {};
}

StoreError OrganisationRepository::insert(QSqlDatabase db, Organisation* organisation, StoreQuery* reuse)
{
    if (const QStringList problems = DirectoryValidation::organisationProblems(*organisation);
        !problems.isEmpty())
        return StoreError::invalid(problems);
    qint64 id = 0;
    if (StoreError error = StoreQuery::insertRow(
            db, reuse,
            QStringLiteral("INSERT INTO organisations (name, kind, council_id, address, postcode, phone, "
                           "phone_e164, email, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            [&](StoreQuery& query) {
                query.bind(organisation->name.trimmed(), organisationKindToString(organisation->kind));
                bindDetails(query, *organisation);
                query.bind(SqlValues::now());
            },
            QStringLiteral("Could not add the organisation"), &id))
        return error;
    organisation->id = id;
    organisation->rowVersion = 1; // the schema's default for a new row
    return {};
}

StoreError OrganisationRepository::add(Organisation* organisation)
{
    if (StoreError error = WriteTransaction::run(m_db, [&] { return insert(m_db, organisation); })) {
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
    return WriteTransaction::run(m_db, [&] {
        return RowVersion::update(
            m_db,
            {QStringLiteral("organisations"), QStringLiteral("organisation"), organisation.id,
             organisation.rowVersion},
            QStringLiteral("name = ?, kind = ?, council_id = ?, address = ?, postcode = ?, phone = ?, "
                           "phone_e164 = ?, email = ?, notes = ?"),
            [&](StoreQuery& query) {
                query.bind(organisation.name.trimmed(), organisationKindToString(organisation.kind));
                bindDetails(query, organisation);
            },
            QStringLiteral("Could not save the organisation"));
    });
}

StoreError OrganisationRepository::remove(qint64 id)
{
    return StoreQuery::removeRow(m_db, QStringLiteral("organisations"), id,
                                 QStringLiteral("Could not remove the organisation"),
                                 QStringLiteral("There is no organisation %1.").arg(id));
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
