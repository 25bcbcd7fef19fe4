#include "store/meetings/VenueRepository.h"

#include "rules/ContactDetailsRules.h"
#include "store/access/AccessGuard.h"
#include "store/infrastructure/RowVersion.h"
#include "store/infrastructure/SqlColumns.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StoreQuery.h"
#include "store/infrastructure/WriteTransaction.h"

#include <QSqlQuery>

namespace {
const QString kSelect =
    QStringLiteral("SELECT id, name, address, postcode, accessibility_notes, row_version FROM venues");

Venue venueFrom(const QSqlQuery& query)
{
    return SqlColumns::read<Venue>(query, &Venue::id, &Venue::name, &Venue::address, &Venue::postcode,
                                   &Venue::accessibilityNotes, &Venue::rowVersion);
}

QString venueProblem(const Venue& venue)
{
    if (venue.name.trimmed().isEmpty())
        return QStringLiteral("Give the venue's name.");
    if (venue.address.trimmed().isEmpty())
        return QStringLiteral("Give the venue's address, so people can find it.");
    if (!venue.postcode.trimmed().isEmpty())
        return ContactDetailsRules::postcodeProblem(venue.postcode);
    return {};
}
} // namespace

VenueRepository::VenueRepository(QSqlDatabase db) : m_db(std::move(db)) {}

StoreError VenueRepository::list(QList<Venue>* venues) const
{
    venues->clear();
    StoreQuery query(m_db, kSelect + QStringLiteral(" ORDER BY name, id"));
    return query.readAll(QStringLiteral("Could not read the venues"), venues, venueFrom);
}

StoreError VenueRepository::find(qint64 id, Venue* venue) const
{
    StoreQuery query(m_db, kSelect + QStringLiteral(" WHERE id = ?"));
    query.bind(id);
    return query.readOne(QStringLiteral("Could not read the venue"),
                         QStringLiteral("There is no venue %1.").arg(id), venue, venueFrom);
}

StoreError VenueRepository::add(Venue* venue)
{
    if (StoreError error = AccessGuard(m_db).require(Action::ManageSettings))
        return error;
    if (const QString problem = venueProblem(*venue); !problem.isEmpty())
        return StoreError::invalid(problem);
    venue->rowVersion = 1; // the schema's default for a new row
    return WriteTransaction::run(m_db, [&] {
        return StoreQuery::insertRow(
            m_db, nullptr,
            QStringLiteral("INSERT INTO venues (name, address, postcode, accessibility_notes, created_at) "
                           "VALUES (?, ?, ?, ?, ?)"),
            [&](StoreQuery& query) {
                query.bind(venue->name.trimmed(), SqlValues::text(venue->address),
                           SqlValues::text(venue->postcode), SqlValues::text(venue->accessibilityNotes),
                           SqlValues::now());
            },
            QStringLiteral("Could not save the venue"), &venue->id);
    });
}

StoreError VenueRepository::update(const Venue& venue)
{
    if (StoreError error = AccessGuard(m_db).require(Action::ManageSettings))
        return error;
    if (const QString problem = venueProblem(venue); !problem.isEmpty())
        return StoreError::invalid(problem);
    return WriteTransaction::run(m_db, [&] {
        return RowVersion::update(
            m_db, {QStringLiteral("venues"), QStringLiteral("venue"), venue.id, venue.rowVersion},
            QStringLiteral("name = ?, address = ?, postcode = ?, accessibility_notes = ?"),
            [&](StoreQuery& query) {
                query.bind(venue.name.trimmed(), SqlValues::text(venue.address),
                           SqlValues::text(venue.postcode), SqlValues::text(venue.accessibilityNotes));
            },
            QStringLiteral("Could not save the venue"));
    });
}
