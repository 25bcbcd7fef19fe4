#include "store/infrastructure/SqliteBackup.h"

#include "store/infrastructure/StoreQuery.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUuid>

StoreError SqliteBackup::writeCopy(QSqlDatabase db, const QString& targetPath)
{
    const QString temporary = targetPath + QStringLiteral(".partial");
    // A leftover of a killed run is replaced. VACUUM INTO writes into an
    // empty file it finds and keeps its mode, so the copy is owner-only
    // while it is being written, whatever the process's umask.
    QFile::remove(temporary);
    {
        QFile empty(temporary);
        if (!empty.open(QIODevice::NewOnly | QIODevice::WriteOnly) ||
            !empty.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return StoreError(StoreError::Kind::Io,
                              QStringLiteral("Could not write a copy of the database to %1: %2")
                                  .arg(targetPath, empty.errorString()));
    }
    {
        StoreQuery vacuum(db, QStringLiteral("VACUUM INTO ?"));
        vacuum.bind(temporary);
        if (StoreError error = vacuum.exec(QStringLiteral("Could not write a copy of the database"))) {
            QFile::remove(temporary);
            return error;
        }
    }
    {
        // Check the copy through its own connection, then let it go before renaming.
        const QString name =
            QStringLiteral("backup-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        StoreError error;
        {
            QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            copy.setDatabaseName(temporary);
            copy.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!copy.open()) {
                error = StoreError::fromSql(copy.lastError(), QStringLiteral("Could not open the copy"));
            } else {
                QSqlQuery check(copy);
                if (!check.exec(QStringLiteral("PRAGMA integrity_check")) || !check.next() ||
                    check.value(0).toString() != QLatin1String("ok"))
                    error = StoreError(StoreError::Kind::Corrupt,
                                       QStringLiteral("The copy failed its integrity check"));
            }
            copy.close();
        }
        QSqlDatabase::removeDatabase(name);
        if (error) {
            QFile::remove(temporary);
            return error;
        }
    }
    QFile::remove(targetPath);
    if (!QFile::rename(temporary, targetPath))
        return StoreError(StoreError::Kind::Io,
                          QStringLiteral("Could not move the copy to %1").arg(targetPath));
    return {};
}
