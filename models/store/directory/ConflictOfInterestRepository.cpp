#include "store/directory/ConflictOfInterestRepository.h"

#include "store/access/AccessGuard.h"
#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StoreQuery.h"
#include "store/infrastructure/WriteTransaction.h"

#include <QSqlQuery>

namespace {} // namespace

ConflictOfInterestRepository::ConflictOfInterestRepository(QSqlDatabase db) : m_db(std::move(db)) {}

StoreError ConflictOfInterestRepository::add(ConflictOfInterest* link)
{
    const int targets = (link->councilId ? 1 : 0) + (link->organisationId ? 1 : 0) +
                        (link->contactId ? 1 : 0) + (link->personId ? 1 : 0);
    if (targets != 1)
        return StoreError::invalid(
            QStringLiteral("Link the mediator to exactly one council, organisation, contact or person."));
    if (link->nature.trimmed().isEmpty())
        return StoreError::invalid(
            QStringLiteral("Say what the link is (for example: worked there until 2024)."));
    qint64 id = 0;
    if (StoreError failed = WriteTransaction::run(m_db, [&]() -> StoreError {
            const SqlDialect& dialect = SqlDialect::forDriver(m_db.driverName());
            StoreQuery query(
                m_db,
                QStringLiteral("INSERT INTO conflicts_of_interest (user_id, council_id, organisation_id, "
                               "contact_id, person_id, nature, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)") +
                    dialect.returningIdClause());
            query.bind(link->userId, SqlValues::id(link->councilId), SqlValues::id(link->organisationId),
                       SqlValues::id(link->contactId), SqlValues::id(link->personId), link->nature.trimmed(),
                       SqlValues::now());
            return query.execInsert(QStringLiteral("Could not record the link"), &id);
        }))
        return failed;
    link->id = id;
    return {};
}

StoreError ConflictOfInterestRepository::listForUser(qint64 userId, QList<ConflictOfInterest>* links) const
{
    links->clear();
    StoreQuery query(
        m_db,
        QStringLiteral(
            "SELECT l.id, l.user_id, l.council_id, l.organisation_id, l.contact_id, l.person_id, l.nature, "
            "COALESCE(co.name, o.name, c.given_name || ' ' || c.family_name, p.given_name || ' ' || "
            "p.family_name) "
            "FROM conflicts_of_interest l LEFT JOIN councils co ON co.id = l.council_id "
            "LEFT JOIN organisations o ON o.id = l.organisation_id LEFT JOIN contacts c ON c.id = "
            "l.contact_id "
            "LEFT JOIN people p ON p.id = l.person_id WHERE l.user_id = ? ORDER BY l.id"));
    query.bind(userId);
    if (StoreError error = query.exec(QStringLiteral("Could not read the recorded links")))
        return error;
    while (query.next()) {
        ConflictOfInterest link;
        link.id = query.value(0).toLongLong();
        link.userId = query.value(1).toLongLong();
        link.councilId = SqlValues::optionalId(query.value(2));
        link.organisationId = SqlValues::optionalId(query.value(3));
        link.contactId = SqlValues::optionalId(query.value(4));
        link.personId = SqlValues::optionalId(query.value(5));
        link.nature = query.value(6).toString();
        link.linkedName = query.value(7).toString();
        links->append(link);
    }
    return {};
}

StoreError ConflictOfInterestRepository::remove(qint64 id)
{
    return WriteTransaction::run(m_db, [&]() -> StoreError {
        StoreQuery query(m_db, QStringLiteral("DELETE FROM conflicts_of_interest WHERE id = ?"));
        query.bind(id);
        return query.exec(QStringLiteral("Could not remove the link"));
    });
}

StoreError ConflictOfInterestRepository::caseParties(qint64 caseId, InviteeRules::CaseParties* parties) const
{
    *parties = {};
    StoreQuery query(
        m_db, QStringLiteral("SELECT council_id, school_id, child_id, parent_id FROM cases WHERE id = ?"));
    query.bind(caseId);
    if (StoreError error = query.execOne(QStringLiteral("Could not read the case"),
                                         QStringLiteral("There is no case %1.").arg(caseId)))
        return error;
    parties->councilId = query.value(0).toLongLong();
    if (!query.value(1).isNull())
        parties->organisationIds << query.value(1).toLongLong();
    parties->personIds << query.value(2).toLongLong();
    if (!query.value(3).isNull())
        parties->personIds << query.value(3).toLongLong();
    query.prepare(QStringLiteral("SELECT i.contact_id, i.person_id, c.organisation_id FROM invitees i "
                                 "LEFT JOIN contacts c ON c.id = i.contact_id WHERE i.case_id = ?"));
    query.bind(caseId);
    if (StoreError error = query.exec(QStringLiteral("Could not read the invitees")))
        return error;
    while (query.next()) {
        if (!query.value(0).isNull())
            parties->contactIds << query.value(0).toLongLong();
        if (!query.value(1).isNull())
            parties->personIds << query.value(1).toLongLong();
        if (!query.value(2).isNull())
            parties->organisationIds << query.value(2).toLongLong();
    }
    return {};
}

StoreError ConflictOfInterestRepository::checkIndependence(qint64 caseId, qint64 mediatorId,
                                                           QList<ValidationProblem>* warnings) const
{
    warnings->clear();
    InviteeRules::CaseParties parties;
    if (StoreError error = caseParties(caseId, &parties))
        return error;
    QList<ConflictOfInterest> links;
    if (StoreError error = listForUser(mediatorId, &links))
        return error;
    *warnings = InviteeRules::checkIndependence(links, parties);
    return {};
}
