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

    // Takes the next value of the counter; inside a caller's WriteTransaction
    // it joins it, so a number taken for work that fails is not used up.
    StoreError next(const QString& name, qint64* value);

private:
    QSqlDatabase m_db;
};
