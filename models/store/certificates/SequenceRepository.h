#pragma once

#include "store/infrastructure/StoreError.h"

#include <QSqlDatabase>
#include <QString>

// Named counters that hand out 1, 2, 3, ... with no gaps and no repeats, even
// with several desks saving at once: the basis of case references and
// certificate numbers.
class SequenceRepository
{
public:
    explicit SequenceRepository(QSqlDatabase db);

    // Takes the next value of the counter in its own write transaction.
    StoreError next(const QString& name, qint64* value);
    // The same, inside a transaction the caller already holds.
    StoreError nextInTransaction(const QString& name, qint64* value);

private:
    QSqlDatabase m_db;
};
