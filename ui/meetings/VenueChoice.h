#pragma once

#include "domain/Venue.h"

#include <QComboBox>
#include <optional>

// The venue of a meeting held in person, chosen from the office's venues
// (Settings > Venues), each with its address and access notes to show beside
// it; "Choose a venue" until one is chosen.
class VenueChoice : public QComboBox
{
    Q_OBJECT

public:
    explicit VenueChoice(QWidget* parent = nullptr);

    void showVenues(const QList<Venue>& venues);
    void choose(qint64 venueId);
    // The venue chosen, its id and name; none while "Choose a venue" shows.
    std::optional<Venue> chosen() const;
    // The chosen venue's address, and its access notes on a line of their own.
    QString detailsText() const;
};
