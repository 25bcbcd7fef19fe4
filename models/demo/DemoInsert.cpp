#include "demo/DemoInsert.h"

StoreError DemoInsert::run(StoreQuery& query, const QVariantList& values, qint64* id)
{
    const QString context = QStringLiteral("Could not write the demo data");
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (id)
        return query.execInsert(context, id);
    return query.exec(context);
}
