#pragma once

#include "store/infrastructure/ConnectionSettings.h"
#include "store/infrastructure/StoreError.h"

#include <QDateTime>
#include <QString>

class Database;

// Backups of an SQLite database, and restoring one. Every copy is made by
// SqliteBackup (VACUUM INTO a temporary name, integrity check, rename), never
// by copying the live file. A PostgreSQL database is backed up with pg_dump
// and restored with pg_restore instead; these refuse one and say so.
//
// Nothing here reads the clock: "now" is passed in, and names the files.
class BackupService
{
public:
    struct RestoreResult
    {
        int schemaVersion = 0; // of the restored database
        QString previousCopy;  // where the database that was replaced went (empty if there was none)
    };

    // A backup of an open database to a file of the caller's choosing.
    static StoreError writeBackup(const Database& database, const QString& targetPath);
    // A new backup in the backups folder beside the database (see
    // BackupRotation), keeping the newest seven. Sets *written to its path.
    static StoreError backUpToFolder(const Database& database, const QDateTime& now, QString* written);
    // The same, but only when no backup was taken yet today: what the desktop
    // program does on exit. *written stays empty when none was due.
    static StoreError backUpIfDue(const Database& database, const QDateTime& now, QString* written);

    // No error when the file is an intact Common Ground SQLite database that
    // this program can open (its schema is not newer than the program's).
    static StoreError verify(const QString& backupPath, int* schemaVersion);

    // Replaces the SQLite database in `live` by a verified copy of a backup.
    // The current file, if any, is first copied aside as
    // NAME.before-restore-DATE.bak; nothing changes when the backup fails
    // its checks or the database is open elsewhere.
    static StoreError restore(const ConnectionSettings& live, const QString& backupPath, const QDateTime& now,
                              RestoreResult* result);

    static QString postgresBackupAdvice();
    static QString postgresRestoreAdvice();
};
