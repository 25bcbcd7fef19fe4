#include "store/infrastructure/StoreError.h"

StoreError StoreError::fromSql(const QSqlError& error, const QString& context)
{
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    Kind kind = Kind::Query;
    // SQLite: 5 SQLITE_BUSY, 6 SQLITE_LOCKED, 517 SQLITE_BUSY_SNAPSHOT; 19 and 2067/787/1299/275 constraints.
    // PostgreSQL: SQLSTATE class 23 is integrity constraint violation, 40001 serialization failure.
    if (code == QLatin1String("5") || code == QLatin1String("6") || code == QLatin1String("517") ||
        code == QLatin1String("40001") || code == QLatin1String("40P01"))
        kind = Kind::Busy;
    else if (code == QLatin1String("19") || code == QLatin1String("2067") || code == QLatin1String("787") ||
             code == QLatin1String("1299") || code == QLatin1String("275") || code == QLatin1String("1811") ||
             code.startsWith(QLatin1String("23")))
        kind = Kind::Constraint;
    else if (code == QLatin1String("42501")) // insufficient_privilege: grants and row-level security
        kind = Kind::Forbidden;
    else if (code == QLatin1String("11") || code == QLatin1String("26"))
        kind = Kind::Corrupt;
    return StoreError(kind, QStringLiteral("%1: %2").arg(context, text.trimmed()));
}
