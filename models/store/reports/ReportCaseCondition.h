#pragma once

#include "rules/ReportPeriod.h"
#include "store/infrastructure/StoreError.h"

#include <QSqlDatabase>
#include <QVariantList>

// The SQL condition on a case `c` that picks the cases behind one figure (and
// detail) of ReportQuery::compute(), with its binds in order: the same
// conditions as compute() counts by, written case by case so that the
// Reports screen can list them (ReportQuery::casesBehind).
class ReportCaseCondition
{
public:
    // Invalid for a figure that rules/ReportDefinitions does not define.
    static StoreError build(const QSqlDatabase& db, const ReportPeriod& period, const QString& figure,
                            const QString& detail, QString* condition, QVariantList* values);
};
