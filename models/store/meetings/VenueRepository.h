#pragma once

#include "domain/Venue.h"
#include "store/infrastructure/StoreError.h"

#include <QList>
#include <QSqlDatabase>

// The office's directory of neutral venues.
class VenueRepository
{
public:
    explicit VenueRepository(QSqlDatabase db);

    StoreError list(QList<Venue>* venues) const; // by name
    StoreError find(qint64 id, Venue* venue) const;
    // Sets venue->id. A venue needs a name and an address.
    StoreError add(Venue* venue);
    StoreError update(const Venue& venue);

private:
    QSqlDatabase m_db;
};
