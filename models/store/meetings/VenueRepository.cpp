#include "store/meetings/VenueRepository.h"

#include "rules/ContactDetailsRules.h"
#include "store/access/AccessGuard.h"
#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/WriteTransaction.h"

#include <QSqlQuery>

namespace {
const QString kSelect = QStringLiteral("SELECT id, name, address, postcode, accessibility_notes FROM venues");

Venue venueFrom(const QSqlQuery& query)
{
    Venue venue;
    venue.id = query.value(0).toLongLong();
    venue.name = query.value(1).toString();
    venue.address = query.value(2).toString();
    venue.postcode = query.value(3).toString();
    venue.accessibilityNotes = query.value(4).toString();
    return venue;
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
    QSqlQuery query(m_db);
    if (!query.exec(kSelect + QStringLiteral(" ORDER BY name, id")))
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not read the venues"));
    while (query.next())
        venues->append(venueFrom(query));
    return {};
}

StoreError VenueRepository::find(qint64 id, Venue* venue) const
{
    QSqlQuery query(m_db);
    query.prepare(kSelect + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not read the venue"));
    if (!query.next())
        return StoreError(StoreError::Kind::NotFound, QStringLiteral("There is no venue %1.").arg(id));
    *venue = venueFrom(query);
    return {};
}

StoreError VenueRepository::add(Venue* venue)
{
    if (StoreError error = AccessGuard(m_db).require(Action::ManageSettings))
        return error;
    if (const QString problem = venueProblem(*venue); !problem.isEmpty())
        return StoreError::invalid(problem);
    WriteTransaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    const SqlDialect& dialect = SqlDialect::forDriver(m_db.driverName());
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO venues (name, address, postcode, accessibility_notes, created_at) "
                       "VALUES (?, ?, ?, ?, ?)") +
        dialect.returningIdClause());
    query.addBindValue(venue->name.trimmed());
    query.addBindValue(SqlValues::text(venue->address));
    query.addBindValue(SqlValues::text(venue->postcode));
    query.addBindValue(SqlValues::text(venue->accessibilityNotes));
    query.addBindValue(SqlValues::now());
    if (!dialect.execInsert(query, &venue->id))
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not save the venue"));
    return transaction.commit();
}

StoreError VenueRepository::update(const Venue& venue)
{
    if (StoreError error = AccessGuard(m_db).require(Action::ManageSettings))
        return error;
    if (const QString problem = venueProblem(venue); !problem.isEmpty())
        return StoreError::invalid(problem);
    WriteTransaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE venues SET name = ?, address = ?, postcode = ?, accessibility_notes = ? WHERE id = ?"));
    query.addBindValue(venue.name.trimmed());
    query.addBindValue(SqlValues::text(venue.address));
    query.addBindValue(SqlValues::text(venue.postcode));
    query.addBindValue(SqlValues::text(venue.accessibilityNotes));
    query.addBindValue(venue.id);
    if (!query.exec())
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not save the venue"));
    if (query.numRowsAffected() == 0)
        return StoreError(StoreError::Kind::NotFound, QStringLiteral("There is no venue %1.").arg(venue.id));
    return transaction.commit();
}
