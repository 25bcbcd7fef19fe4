#pragma once

#include <QString>

// A neutral place to meet, from the office's venue directory.
struct Venue
{
    qint64 id = 0;
    QString name;
    QString address;
    QString postcode;
    QString accessibilityNotes; // step-free access, hearing loop, parking
    qint64 rowVersion = 0;      // as read, for noticing another desk's save
};
