#include "PlainSql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace PlainSql {

QVariant scalar(QSqlDatabase db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant& value : binds)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return QStringLiteral("error: ") + query.lastError().text();
    return query.value(0);
}

bool exec(QSqlDatabase db, const QString& sql, const QVariantList& binds, QString* why)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant& value : binds)
        query.addBindValue(value);
    if (query.exec())
        return true;
    if (why)
        *why = query.lastError().text();
    return false;
}

} // namespace PlainSql
