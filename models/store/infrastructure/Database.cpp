#include "store/infrastructure/Database.h"

#include "platform/HeapTuning.h"
#include "platform/NativeFiles.h"
#include "platform/PrivateFile.h"
#include "store/access/AuditTriggers.h"
#include "store/access/SessionActor.h"
#include "store/infrastructure/DatabaseFileGuard.h"
#include "store/infrastructure/Migrator.h"
#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/SqliteBackup.h"
#include "store/infrastructure/StoreQuery.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("commonground-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool isSqlite(const ConnectionSettings& settings)
{
    return settings.engine() == ConnectionSettings::Engine::Sqlite;
}

// Why SQLite cannot write beside the database (its -wal and -shm files live
// in the same folder), or empty. canWrite() also sees a read-only mount.
QString unwritableReason(const QString& path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!NativeFiles::canWrite(info.absolutePath()))
        return QStringLiteral("%1 is in a folder that cannot be written to (%2), and SQLite must create "
                              "its working files (%3-wal and %3-shm) beside it. The database has been "
                              "left as it is and is not damaged. Move it to a folder you may write to, or "
                              "ask for write permission on %2.")
            .arg(shown, QDir::toNativeSeparators(info.absolutePath()), info.fileName());
    if (info.exists() && !NativeFiles::canWrite(path))
        return QStringLiteral(
                   "%1 is read-only for you. The database has been left as it is and is not "
                   "damaged. Ask for write permission on the file, or open a copy you may write to.")
            .arg(shown);
    return {};
}
} // namespace

Database::Database(ConnectionSettings settings)
    : m_settings(std::move(settings)), m_connectionName(nextConnectionName())
{}

Database::~Database()
{
    close();
}

int Database::supportedSchemaVersion()
{
    return Migrator::latestVersion();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

const SqlDialect& Database::dialect() const
{
    return SqlDialect::forDriver(isSqlite(m_settings) ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"));
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

StoreError Database::prepareSqlitePath(bool create)
{
    const QString path = m_settings.sqlitePath();
    if (StoreError error = DatabaseFileGuard().check(path))
        return error;
    const QFileInfo info(path);
    // Copies (backups, the copy before an upgrade) that a killed run left
    // half-written; one still being written has been touched recently.
    PrivateFile::removeLeftovers(info.absolutePath(), info.fileName() + QStringLiteral("*.partial"), 600);
    if (info.exists()) {
        // An empty file is what a failed copy or a mistyped name leaves: opening
        // it would silently make it a new, empty database in its place. Even
        // when asked to create (init, importing into a new file), only a name
        // with no file behind it becomes a new database.
        if (info.size() == 0)
            return StoreError(
                StoreError::Kind::NotADatabase,
                QStringLiteral("%1 is an empty file (0 bytes), not a Common Ground database. It has "
                               "been left as it is. Open the right file, restore a backup, or "
                               "create a new database under a new name (or delete the empty "
                               "file first).")
                    .arg(QDir::toNativeSeparators(path)));
        return {};
    }
    if (!create)
        return StoreError(StoreError::Kind::ConnectionFailed,
                          QStringLiteral("There is no database at %1. Create one with 'init' or File > New.")
                              .arg(QDir::toNativeSeparators(path)));
    // Owner-only from the start: SQLite gives the -wal and -shm files the
    // database file's mode.
    QString problem;
    if (!PrivateFile::makeFolder(info.absolutePath(), &problem))
        return StoreError(StoreError::Kind::Io, QStringLiteral("Could not create the folder for %1: %2")
                                                    .arg(QDir::toNativeSeparators(path), problem));
    QFile file(path);
    if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return StoreError(StoreError::Kind::Io, QStringLiteral("Could not create %1: %2")
                                                    .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

StoreError Database::openConnection()
{
    const bool sqlite = isSqlite(m_settings);
    QSqlDatabase db = QSqlDatabase::addDatabase(sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"),
                                                m_connectionName);
    if (!db.isValid())
        return StoreError(StoreError::Kind::ConnectionFailed,
                          QStringLiteral("The Qt %1 driver is not installed.")
                              .arg(sqlite ? QLatin1String("SQLite") : QLatin1String("PostgreSQL")));
    if (sqlite) {
        HeapTuning::keepFreedHeapForSqlite();
        db.setDatabaseName(m_settings.sqlitePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db.setHostName(m_settings.host());
        db.setPort(m_settings.port());
        db.setDatabaseName(m_settings.databaseName());
        db.setUserName(m_settings.user());
        if (!m_settings.password().isEmpty())
            db.setPassword(m_settings.password());
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=commonground"));
    }
    if (!db.open()) {
        if (sqlite) {
            if (const QString reason = unwritableReason(m_settings.sqlitePath()); !reason.isEmpty())
                return StoreError(StoreError::Kind::Io, reason);
        }
        return StoreError(StoreError::Kind::ConnectionFailed,
                          QStringLiteral("Could not open %1: %2")
                              .arg(m_settings.describe(), db.lastError().databaseText().trimmed()));
    }
    return {};
}

StoreError Database::open(OpenOptions options)
{
    close();
    m_schemaVersion = 0;
    m_preMigrationCopy.clear();
    const bool sqlite = isSqlite(m_settings);
    if (sqlite) {
        if (StoreError error = prepareSqlitePath(options.create))
            return error;
    }
    if (StoreError error = openConnection()) {
        close();
        return error;
    }

    // Read the version before anything writes: a newer or foreign database
    // must be left exactly as it was found.
    bool foreign = false;
    if (StoreError error = Migrator(connection()).readVersion(&m_schemaVersion, &foreign)) {
        close();
        // A folder it may not write in is not a damaged file: restoring a
        // backup over it, as the damaged-file advice says, would lose work.
        if (sqlite) {
            if (const QString reason = unwritableReason(m_settings.sqlitePath()); !reason.isEmpty())
                return StoreError(StoreError::Kind::Io, reason);
        }
        if (sqlite)
            return StoreError(
                StoreError::Kind::Corrupt,
                QStringLiteral("%1 could not be read and may be damaged. It has been left as it "
                               "is; restore it from a backup. (%2)")
                    .arg(m_settings.describe(), error.message()));
        if (error.kind() == StoreError::Kind::Forbidden)
            // Before schema 10 only the owner was granted anything.
            return StoreError(StoreError::Kind::Forbidden,
                              QStringLiteral("Your login may not read %1. Ask whoever looks after the "
                                             "database server to open it once as its owner, which upgrades "
                                             "it and lets Common Ground's users in. (%2)")
                                  .arg(m_settings.describe(), error.message()));
        return error;
    }
    if (foreign) {
        close();
        return StoreError(StoreError::Kind::NotADatabase,
                          QStringLiteral("%1 holds a database, but not a Common Ground one. It has been left "
                                         "as it is.")
                              .arg(m_settings.describe()));
    }
    const int supported = supportedSchemaVersion();
    if (m_schemaVersion > supported) {
        close();
        return StoreError(
            StoreError::Kind::NewerSchema,
            QStringLiteral("%1 was written by a newer version of Common Ground (schema %2; this "
                           "program knows up to %3). It has been left as it is: install the "
                           "newer Common Ground to open it.")
                .arg(m_settings.describe())
                .arg(m_schemaVersion)
                .arg(supported));
    }

    StoreQuery setup(connection());
    for (const QString& statement : dialect().connectionSetupStatements()) {
        if (StoreError error =
                setup.execDirect(statement, QStringLiteral("Could not prepare the database"))) {
            if (sqlite) {
                if (const QString reason = unwritableReason(m_settings.sqlitePath()); !reason.isEmpty())
                    error = StoreError(StoreError::Kind::Io, reason);
            }
            close();
            return error;
        }
    }
    setup.finish();
    if (StoreError error = SessionActor::prepareConnection(connection())) {
        close();
        return error;
    }

    if (options.migrate && m_schemaVersion < supported) {
        if (!sqlite && m_schemaVersion > 0) {
            if (StoreError error = requireSchemaOwner(supported)) {
                close();
                return error;
            }
        }
        if (sqlite && m_schemaVersion > 0) {
            if (StoreError error = copyAsideBeforeUpgrade(m_schemaVersion)) {
                close();
                return error;
            }
        }
        Migrator migrator(connection());
        if (StoreError error = migrator.migrateTo(supported)) {
            close();
            return error;
        }
        if (StoreError error = migrator.readVersion(&m_schemaVersion)) {
            close();
            return error;
        }
    }
    // After any upgrade: the triggers follow the tables' current columns.
    if (StoreError error = AuditTriggers::install(connection())) {
        close();
        return error;
    }
    return {};
}

StoreError Database::requireSchemaOwner(int supported)
{
    // Only the owner of the tables can upgrade them (and row-level security
    // does not bind the owner), so every other login waits for the owner.
    StoreQuery query(connection());
    if (StoreError error = query.execDirect(
            QStringLiteral("SELECT pg_has_role(tableowner, 'USAGE'), tableowner FROM pg_tables "
                           "WHERE schemaname = current_schema() AND tablename = 'schema_version'"),
            QStringLiteral("Could not check who owns the database")))
        return error;
    if (!query.next() || query.value(0).toBool())
        return {};
    return StoreError(StoreError::Kind::Forbidden,
                      QStringLiteral("%1 uses schema %2 and this program needs schema %3, but only its owner "
                                     "(the login %4) can upgrade it. Ask whoever looks after the database "
                                     "server to open it once as %4, for example with 'commonground-cli "
                                     "--postgres \"... user=%4\" init'.")
                          .arg(m_settings.describe())
                          .arg(m_schemaVersion)
                          .arg(supported)
                          .arg(query.value(1).toString()));
}

StoreError Database::copyAsideBeforeUpgrade(int fromVersion)
{
    // A damaged file must not be upgraded: check it first.
    QStringList problems;
    if (StoreError error = checkIntegrity(&problems))
        return error;
    if (!problems.isEmpty())
        return StoreError(
            StoreError::Kind::Corrupt,
            QStringLiteral("%1 is damaged (%2) and was not upgraded. It has been left as it is; "
                           "restore it from a backup.")
                .arg(m_settings.describe(), problems.constFirst()));
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString target =
        QStringLiteral("%1.schema%2-%3.bak").arg(m_settings.sqlitePath()).arg(fromVersion).arg(stamp);
    if (StoreError error = SqliteBackup::writeCopy(connection(), target))
        return StoreError(error.kind(),
                          QStringLiteral("The database was not upgraded because a copy could not be "
                                         "made first: %1")
                              .arg(error.message()));
    m_preMigrationCopy = target;
    return {};
}

StoreError Database::checkIntegrity(QStringList* problems) const
{
    problems->clear();
    StoreQuery query(connection());
    if (dialect().engine() == SqlDialect::Engine::Sqlite) {
        // An integrity check that cannot run says the file is damaged.
        if (!query.sql().exec(QStringLiteral("PRAGMA integrity_check")))
            return StoreError(StoreError::Kind::Corrupt,
                              QStringLiteral("The integrity check could not run: %1")
                                  .arg(query.row().lastError().databaseText()));
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != QLatin1String("ok"))
                problems->append(line);
        }
        query.finish();
        if (StoreError error = query.execDirect(QStringLiteral("PRAGMA foreign_key_check"),
                                                QStringLiteral("The foreign key check could not run")))
            return error;
        while (query.next())
            problems->append(
                QStringLiteral("row %1 of %2 refers to a missing row of %3")
                    .arg(query.value(1).toString(), query.value(0).toString(), query.value(2).toString()));
        return {};
    }
    // PostgreSQL checks its own pages; what can go wrong from here is a
    // schema that does not match its recorded version.
    if (!query.sql().exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) || !query.next())
        problems->append(QStringLiteral("the schema_version table cannot be read"));
    return {};
}
