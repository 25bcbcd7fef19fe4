#pragma once

#include "store/infrastructure/StoreError.h"

#include <QSqlDatabase>
#include <QString>

// A consistent copy of a live SQLite database: VACUUM INTO a temporary name,
// check the copy's integrity, then rename it into place. Never a file copy of
// a database that may be open elsewhere.
class SqliteBackup
{
public:
    static StoreError writeCopy(QSqlDatabase db, const QString& targetPath);
};
