#pragma once

#include "domain/OfficeTime.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

// `hour` o'clock on `day` on the office's clock (London, summer time and
// all), as the UTC instant the store keeps: how a test names a meeting's
// start the way the office would say it.
inline QDateTime london(const QDate& day, int hour)
{
    return QDateTime(day, QTime(hour, 0), OfficeTime::zone()).toUTC();
}
