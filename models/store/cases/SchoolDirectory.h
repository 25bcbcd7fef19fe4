#pragma once

#include "store/infrastructure/StoreError.h"

#include <QHash>
#include <QSqlDatabase>
#include <optional>

// The schools, early years settings and colleges a referral names, in the
// directory of organisations: looked up by name (any case, spaces around
// ignored), or added when new. CaseRepository's schoolKey and schoolIndex
// pass through to these.
class SchoolDirectory
{
public:
    // The key a school is found by: its name, trimmed, in lower case.
    static QString key(const QString& name);
    // The directory's schools by key(name), the lowest id for a name given twice.
    static StoreError index(QSqlDatabase db, QHash<QString, qint64>* schools);
    static StoreError findOrAdd(QSqlDatabase db, const QString& name, qint64 councilId,
                                std::optional<qint64>* id, QHash<QString, qint64>* schools = nullptr);
};
