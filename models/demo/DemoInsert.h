#pragma once

#include "store/infrastructure/StoreError.h"
#include "store/infrastructure/StoreQuery.h"

#include <QVariantList>

// The demo data's bulk path (DemoDataGenerator, DemoDirectory): one prepared
// statement run again and again, each time with its values bound by
// position in place of the last run's.
namespace DemoInsert {
// Runs `query` with `values`; an INSERT written with
// SqlDialect::returningIdClause() gives its new id in *id.
StoreError run(StoreQuery& query, const QVariantList& values, qint64* id = nullptr);
} // namespace DemoInsert
