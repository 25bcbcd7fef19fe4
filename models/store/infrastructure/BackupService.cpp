#include "store/infrastructure/BackupService.h"

#include "platform/NativeFiles.h"
#include "store/infrastructure/BackupRotation.h"
#include "store/infrastructure/Database.h"
#include "store/infrastructure/DatabaseFileGuard.h"
#include "store/infrastructure/Migrator.h"
#include "store/infrastructure/SqliteBackup.h"
#include "store/infrastructure/StoreQuery.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <filesystem>
#include <system_error>

namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerOnlyFolder = kOwnerOnly | QFileDevice::ExeOwner;

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// One plain SQLite connection of our own, closed and removed when it goes.
// Queries on it must be gone before it is.
class ScopedConnection
{
public:
    ScopedConnection(const QString& path, const QString& options)
    {
        static QAtomicInteger<quint64> counter;
        m_name = QStringLiteral("backup-%1").arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        if (!db.open())
            m_error = db.lastError();
    }
    ~ScopedConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ScopedConnection(const ScopedConnection&) = delete;
    ScopedConnection& operator=(const ScopedConnection&) = delete;

    bool isOpen() const { return !m_error.isValid(); }
    const QSqlError& error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    QSqlError m_error;
};

bool sameFile(const QString& a, const QString& b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    if (first.exists() && second.exists())
        return first.canonicalFilePath() == second.canonicalFilePath();
    return first.absoluteFilePath() == second.absoluteFilePath();
}

StoreError refuseUnlessSqlite(const Database& database)
{
    if (database.settings().engine() != ConnectionSettings::Engine::Sqlite)
        return StoreError(StoreError::Kind::NotADatabase, BackupService::postgresBackupAdvice());
    if (!database.isOpen())
        return StoreError(StoreError::Kind::ConnectionFailed, QStringLiteral("The database is not open."));
    return {};
}
} // namespace

QString BackupService::postgresBackupAdvice()
{
    return QStringLiteral("Backups made here are for SQLite databases only. Back up a PostgreSQL database "
                          "with pg_dump, for example: pg_dump -Fc -f commonground.dump \"host=H dbname=D "
                          "user=U\" (see the README).");
}

QString BackupService::postgresRestoreAdvice()
{
    return QStringLiteral("Restore works on SQLite databases only. Restore a PostgreSQL database from a "
                          "pg_dump file with pg_restore, for example: pg_restore --clean --if-exists -d "
                          "\"host=H dbname=D user=U\" commonground.dump (see the README).");
}

StoreError BackupService::writeBackup(const Database& database, const QString& targetPath)
{
    if (StoreError error = refuseUnlessSqlite(database))
        return error;
    const QFileInfo target(targetPath);
    if (sameFile(targetPath, database.settings().sqlitePath()))
        return StoreError(StoreError::Kind::Io,
                          QStringLiteral("%1 is the database itself; write the backup to another file.")
                              .arg(shown(targetPath)));
    if (!target.absoluteDir().exists())
        return StoreError(StoreError::Kind::Io,
                          QStringLiteral("The folder %1 does not exist.").arg(shown(target.absolutePath())));
    if (target.isDir())
        return StoreError(
            StoreError::Kind::Io,
            QStringLiteral("%1 is a folder; name a file for the backup.").arg(shown(targetPath)));
    if (target.exists() && target.size() > 0 && !DatabaseFileGuard::hasSqliteHeader(targetPath))
        return StoreError(StoreError::Kind::Io,
                          QStringLiteral("%1 exists and is not an SQLite file; it has been left as it is. "
                                         "Choose another name for the backup.")
                              .arg(shown(targetPath)));
    {
        // A connection of its own: VACUUM INTO refuses to run on one with a
        // transaction open or a query still being read, as a screen's may be.
        ScopedConnection source(database.settings().sqlitePath(),
                                QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!source.isOpen())
            return StoreError::fromSql(source.error(),
                                       QStringLiteral("Could not open the database to back it up"));
        if (StoreError error = SqliteBackup::writeCopy(source.db(), targetPath))
            return error;
    }
    QFile::setPermissions(targetPath, kOwnerOnly);
    NativeFiles::syncToDisk(targetPath);
    return {};
}

StoreError BackupService::backUpToFolder(const Database& database, const QDateTime& now, QString* written)
{
    written->clear();
    if (StoreError error = refuseUnlessSqlite(database))
        return error;
    const BackupRotation rotation(database.settings().sqlitePath());
    if (!QDir().mkpath(rotation.directory()))
        return StoreError(
            StoreError::Kind::Io,
            QStringLiteral("Could not create the backups folder %1.").arg(shown(rotation.directory())));
    QFile::setPermissions(rotation.directory(), kOwnerOnlyFolder);
    const QString target = rotation.pathFor(now);
    if (StoreError error = writeBackup(database, target))
        return error;
    *written = target;
    rotation.prune();
    return {};
}

StoreError BackupService::backUpIfDue(const Database& database, const QDateTime& now, QString* written)
{
    written->clear();
    if (StoreError error = refuseUnlessSqlite(database))
        return error;
    if (!BackupRotation(database.settings().sqlitePath()).isDue(now))
        return {};
    return backUpToFolder(database, now, written);
}

StoreError BackupService::verify(const QString& backupPath, int* schemaVersion)
{
    *schemaVersion = 0;
    const QFileInfo info(backupPath);
    if (!info.exists())
        return StoreError(StoreError::Kind::Io, QStringLiteral("%1 does not exist.").arg(shown(backupPath)));
    if (!info.isFile() || !info.isReadable())
        return StoreError(StoreError::Kind::Io,
                          QStringLiteral("%1 is not a file that can be read.").arg(shown(backupPath)));
    if (!DatabaseFileGuard::hasSqliteHeader(backupPath))
        return StoreError(StoreError::Kind::NotADatabase,
                          QStringLiteral("%1 is not a Common Ground backup (it is not an SQLite file).")
                              .arg(shown(backupPath)));
    ScopedConnection backup(backupPath, QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!backup.isOpen())
        return StoreError::fromSql(backup.error(),
                                   QStringLiteral("Could not open %1").arg(shown(backupPath)));
    int version = 0;
    bool foreign = false;
    if (StoreError error = Migrator(backup.db()).readVersion(&version, &foreign))
        return StoreError(StoreError::Kind::Corrupt,
                          QStringLiteral("%1 could not be read and may be damaged (%2).")
                              .arg(shown(backupPath), error.message()));
    if (foreign || version <= 0)
        return StoreError(
            StoreError::Kind::NotADatabase,
            QStringLiteral("%1 is an SQLite file, but not a Common Ground database.").arg(shown(backupPath)));
    const int supported = Database::supportedSchemaVersion();
    if (version > supported)
        return StoreError(
            StoreError::Kind::NewerSchema,
            QStringLiteral("%1 was written by a newer version of Common Ground (schema %2; this "
                           "program knows up to %3). Install the newer Common Ground to restore it.")
                .arg(shown(backupPath))
                .arg(version)
                .arg(supported));
    QStringList problems;
    {
        StoreQuery check(backup.db());
        if (StoreError error = check.execDirect(QStringLiteral("PRAGMA integrity_check"),
                                                QStringLiteral("Could not check %1").arg(shown(backupPath))))
            return error;
        while (check.next()) {
            if (check.value(0).toString() != QLatin1String("ok"))
                problems.append(check.value(0).toString());
        }
        // A foreign key check that cannot run finds nothing to report.
        if (problems.isEmpty() && check.sql().exec(QStringLiteral("PRAGMA foreign_key_check")) &&
            check.next())
            problems.append(QStringLiteral("a row of %1 refers to a missing row of %2")
                                .arg(check.value(0).toString(), check.value(2).toString()));
    }
    if (!problems.isEmpty())
        return StoreError(StoreError::Kind::Corrupt,
                          QStringLiteral("%1 is damaged (%2) and cannot be restored.")
                              .arg(shown(backupPath), problems.constFirst()));
    *schemaVersion = version;
    return {};
}

StoreError BackupService::restore(const ConnectionSettings& live, const QString& backupPath,
                                  const QDateTime& now, RestoreResult* result)
{
    *result = {};
    if (live.engine() != ConnectionSettings::Engine::Sqlite)
        return StoreError(StoreError::Kind::NotADatabase, postgresRestoreAdvice());
    const QString livePath = QFileInfo(live.sqlitePath()).absoluteFilePath();
    if (sameFile(backupPath, livePath))
        return StoreError(StoreError::Kind::Io,
                          QStringLiteral("%1 is the database itself; name a backup file to restore from.")
                              .arg(shown(backupPath)));
    // A folder, an unreadable file, a file that is not SQLite, a network drive:
    // refused before anything changes.
    if (StoreError error = DatabaseFileGuard().check(livePath))
        return error;
    int version = 0;
    if (StoreError error = verify(backupPath, &version))
        return error;
    if (!QDir().mkpath(QFileInfo(livePath).absolutePath()))
        return StoreError(StoreError::Kind::Io,
                          QStringLiteral("Could not create the folder for %1.").arg(shown(livePath)));

    // 1. A checked copy of the backup under a temporary name beside the database
    //    (a leftover of a killed restore is replaced, never used).
    const QString temporary = livePath + QStringLiteral(".restoring");
    QFile::remove(temporary);
    {
        ScopedConnection backup(backupPath, QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!backup.isOpen())
            return StoreError::fromSql(backup.error(),
                                       QStringLiteral("Could not open %1").arg(shown(backupPath)));
        if (StoreError error = SqliteBackup::writeCopy(backup.db(), temporary))
            return error;
    }
    auto abandon = [&temporary](StoreError error) {
        QFile::remove(temporary);
        return error;
    };

    // 2. The current database, if there is one, copied aside while nobody else
    //    has it open, then folded back into one file (its WAL checkpointed).
    const QFileInfo current(livePath);
    const bool replacing = current.exists() && current.size() > 0;
    const QFileDevice::Permissions permissions = replacing ? current.permissions() : kOwnerOnly;
    if (replacing) {
        ScopedConnection connection(livePath, QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        if (!connection.isOpen())
            return abandon(StoreError::fromSql(connection.error(),
                                               QStringLiteral("Could not open %1").arg(shown(livePath))));
        {
            QSqlQuery lock(connection.db());
            if (!lock.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")) ||
                !lock.exec(QStringLiteral("BEGIN EXCLUSIVE")))
                return abandon(
                    StoreError(StoreError::Kind::Busy,
                               QStringLiteral("%1 is open in Common Ground or another program. Close "
                                              "it there, then restore again. Nothing was changed.")
                                   .arg(shown(livePath))));
            lock.exec(QStringLiteral("COMMIT"));
        }
        const QString aside = QStringLiteral("%1.before-restore-%2.bak")
                                  .arg(livePath, now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        if (StoreError error = SqliteBackup::writeCopy(connection.db(), aside))
            return abandon(StoreError(
                error.kind(), QStringLiteral("%1 could not be copied aside, so it was not replaced (%2). "
                                             "If it is damaged, move it (and any %3-wal file) to "
                                             "another folder and restore again.")
                                  .arg(shown(livePath), error.message(), current.fileName())));
        QFile::setPermissions(aside, kOwnerOnly);
        result->previousCopy = aside;
        QSqlQuery checkpoint(connection.db());
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }

    // 3. No journal of the old file may be replayed into the new one.
    for (const QString& suffix :
         {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        const QString stale = livePath + suffix;
        if (QFileInfo::exists(stale) && !QFile::remove(stale))
            return abandon(StoreError(
                StoreError::Kind::Io,
                QStringLiteral("Could not remove %1; the database was not replaced.").arg(shown(stale))));
    }

    // 4. Into place in one step: rename() replaces the old name atomically.
    NativeFiles::syncToDisk(temporary);
    std::error_code code;
    std::filesystem::rename(QFile::encodeName(temporary).toStdString(),
                            QFile::encodeName(livePath).toStdString(), code);
    if (code)
        return abandon(StoreError(StoreError::Kind::Io,
                                  QStringLiteral("Could not move the restored copy to %1: %2")
                                      .arg(shown(livePath), QString::fromStdString(code.message()))));
    NativeFiles::syncToDisk(livePath);
    QFile::setPermissions(livePath, permissions);
    result->schemaVersion = version;
    return {};
}
