#include "domain/OfficeTime.h"

QTimeZone OfficeTime::zone()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/London"));
    return zone;
}

QDateTime OfficeTime::local(const QDateTime& moment)
{
    return moment.toTimeZone(zone());
}
