#pragma once

#include <QDateTime>
#include <QTimeZone>

// Offices are in England: meetings are booked, checked, shown and printed in
// its local time whatever the machine's own zone, so a time reads the same on
// every desk and in every letter. The one place that names the zone.
namespace OfficeTime {

QTimeZone zone();
// A stored (UTC) moment in office time.
QDateTime local(const QDateTime& moment);

} // namespace OfficeTime
