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
    // SQLite 8 SQLITE_READONLY (and its extended codes), 14 SQLITE_CANTOPEN, 13 SQLITE_FULL, 10 I/O.
    else if (code == QLatin1String("8") || code == QLatin1String("264") || code == QLatin1String("520") ||
             code == QLatin1String("776") || code == QLatin1String("1032") || code == QLatin1String("14") ||
             code == QLatin1String("13") || code == QLatin1String("10") ||
             code.startsWith(QLatin1String("53")))
        kind = Kind::Io;

    // SQLite 1811 SQLITE_CONSTRAINT_TRIGGER and PostgreSQL P0001 raise_exception:
    // the schema's triggers, whose messages are written for people. A trigger
    // may also raise a plain 19 (no extended codes) or, on PostgreSQL, name
    // check_violation or insufficient_privilege; it is told from the engine's
    // own "UNIQUE constraint failed", "violates ..." and "permission denied" by its wording.
    const bool driverWording = text.contains(QLatin1String("constraint failed")) ||
                               text.contains(QLatin1String("violates")) ||
                               text.contains(QLatin1String("permission denied"));
    const bool ownWords =
        code == QLatin1String("1811") || code == QLatin1String("P0001") ||
        ((code == QLatin1String("19") || code == QLatin1String("23514") || code == QLatin1String("42501")) &&
         !driverWording);
    QString plain;
    if (ownWords) {
        plain = text.trimmed();
    } else {
        switch (kind) {
        case Kind::Busy:
            plain = QStringLiteral("another desk was saving to the database at the same moment. Nothing was "
                                   "changed; try again.");
            break;
        case Kind::Constraint:
            plain = QStringLiteral("the database refused it because it would break one of its rules (a "
                                   "record that must be unique exists already, or one it refers to is "
                                   "missing). Nothing was changed; check what was entered.");
            break;
        case Kind::Forbidden:
            plain = QStringLiteral("the database does not allow your account to do this. Nothing was "
                                   "changed; ask a supervisor or administrator if you need to.");
            break;
        case Kind::Corrupt:
            plain =
                QStringLiteral("the database file could not be read as it should. Do not change or delete "
                               "it: make a copy of it and ask whoever looks after Common Ground.");
            break;
        case Kind::Io:
            plain = QStringLiteral("the database could not be written: its file or folder is read-only, or "
                                   "the disk is full. Nothing was changed; free some space or check the "
                                   "permissions.");
            break;
        default:
            plain = QStringLiteral("the database could not do it. Nothing was changed by this step; try "
                                   "again, and if it happens again, tell whoever looks after Common Ground.");
            break;
        }
    }
    StoreError result(kind, QStringLiteral("%1: %2").arg(context, plain));
    result.m_detail = code.isEmpty() ? text.trimmed() : QStringLiteral("[%1] %2").arg(code, text.trimmed());
    return result;
}
