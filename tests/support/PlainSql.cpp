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

int rowCount(QSqlDatabase db, const char* table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace PlainSql
