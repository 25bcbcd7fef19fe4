#include "StoreVerify.h"
#include "TestDatabase.h"
#include "TestFiles.h"
#include "store/infrastructure/BackupRotation.h"
#include "store/infrastructure/BackupService.h"
#include "store/infrastructure/Database.h"
#include "store/infrastructure/Migrator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

namespace {
QDateTime utc(int year, int month, int day, int hour = 12, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

void touch(const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x");
}

void setSetting(Database& database, const QString& key, const QString& value)
{
    QSqlQuery query(database.connection());
    query.prepare("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
                  "excluded.value");
    query.addBindValue(key);
    query.addBindValue(value);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
}

// The value of a setting in an SQLite file, read through a connection of its own.
QString settingIn(const QString& path, const QString& key)
{
    QString value = "<missing>";
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "tst-backup-read");
        db.setDatabaseName(path);
        db.setConnectOptions("QSQLITE_OPEN_READONLY");
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare("SELECT value FROM settings WHERE key = ?");
            query.addBindValue(key);
            if (query.exec() && query.next())
                value = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase("tst-backup-read");
    return value;
}

// A database file with one setting, closed again.
void makeDatabase(const ConnectionSettings& settings, const QString& value)
{
    Database database(settings);
    CG_VERIFY_OK(database.open());
    setSetting(database, "marker", value);
}
} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void rotationNamesAndFindsBackups();
    void rotationIsDueOncePerDay();
    void rotationKeepsTheNewestSeven();
    void backupOnEachEngine_data() { TestDatabase::addEngineRows(); }
    void backupOnEachEngine();
    void backupRefusesToOverwriteOtherFiles();
    void backupWhileTheConnectionIsBusy();
    void dailyBackupsOnExitKeepSeven();
    void verifyRefuses_data();
    void verifyRefuses();
    void restoreReplacesTheDatabaseAndKeepsTheOldOne();
    void restoreIntoAnEmptyPlace();
    void restoreRemovesStaleJournals();
    void restoreRefusesADatabaseInUse();
    void restoreRefusesABadBackupAndChangesNothing();
    void restoreRefusesPostgres();
};

void TestBackup::rotationNamesAndFindsBackups()
{
    QTemporaryDir dir;
    const BackupRotation rotation(dir.filePath("cases.sqlite"));
    QCOMPARE(rotation.directory(), dir.filePath("backups"));
    QCOMPARE(rotation.pathFor(utc(2025, 3, 14, 17, 5, 1)),
             dir.filePath("backups/cases-20250314T170501Z.sqlite"));
    // Local times are named by their UTC instant.
    const QDateTime plusOne(QDate(2025, 3, 14), QTime(18, 5, 1), QTimeZone(3600));
    QCOMPARE(rotation.pathFor(plusOne), dir.filePath("backups/cases-20250314T170501Z.sqlite"));

    QVERIFY(rotation.backups().isEmpty());
    touch(rotation.pathFor(utc(2025, 3, 1)));
    touch(rotation.pathFor(utc(2025, 3, 3)));
    touch(rotation.pathFor(utc(2025, 3, 2)));
    // Not ours: another database's backups, a half-written one, other files.
    touch(dir.filePath("backups/other-20250310T120000Z.sqlite"));
    touch(dir.filePath("backups/cases-20250310T120000Z.sqlite.partial"));
    touch(dir.filePath("backups/cases-2025031T120000Z.sqlite"));
    touch(dir.filePath("backups/cases-20251399T120000Z.sqlite"));
    touch(dir.filePath("backups/notes.txt"));
    const QList<BackupRotation::Entry> found = rotation.backups();
    QCOMPARE(found.size(), 3);
    QCOMPARE(found.at(0).takenAt, utc(2025, 3, 3));
    QCOMPARE(found.at(1).takenAt, utc(2025, 3, 2));
    QCOMPARE(found.at(2).takenAt, utc(2025, 3, 1));
    QCOMPARE(found.at(0).path, rotation.pathFor(utc(2025, 3, 3)));
}

void TestBackup::rotationIsDueOncePerDay()
{
    QTemporaryDir dir;
    const BackupRotation rotation(dir.filePath("cases.sqlite"));
    QVERIFY(rotation.isDue(utc(2025, 3, 14, 9)));
    touch(rotation.pathFor(utc(2025, 3, 14, 0, 0, 1)));
    QVERIFY(!rotation.isDue(utc(2025, 3, 14, 9)));
    QVERIFY(!rotation.isDue(utc(2025, 3, 14, 23, 59, 59)));
    QVERIFY(rotation.isDue(utc(2025, 3, 15, 0, 0, 0)));
    QVERIFY(rotation.isDue(utc(2025, 4, 1)));
    // A backup stamped in the future (the clock was wrong) does not stop today's.
    touch(rotation.pathFor(utc(2030, 1, 1)));
    QVERIFY(rotation.isDue(utc(2025, 3, 14, 9)));
}

void TestBackup::rotationKeepsTheNewestSeven()
{
    QTemporaryDir dir;
    const BackupRotation rotation(dir.filePath("cases.sqlite"));
    for (int day = 1; day <= 10; ++day)
        touch(rotation.pathFor(utc(2025, 3, day)));
    touch(dir.filePath("backups/cases-20250301T120000Z.sqlite.partial"));
    touch(dir.filePath("backups/other-20250101T120000Z.sqlite"));
    const QStringList deleted = rotation.prune();
    QCOMPARE(deleted.size(), 4);
    const QList<BackupRotation::Entry> left = rotation.backups();
    QCOMPARE(left.size(), BackupRotation::kKeep);
    QCOMPARE(left.constFirst().takenAt, utc(2025, 3, 10));
    QCOMPARE(left.constLast().takenAt, utc(2025, 3, 4));
    QVERIFY(!QFileInfo::exists(dir.filePath("backups/cases-20250301T120000Z.sqlite.partial")));
    QVERIFY(QFileInfo::exists(dir.filePath("backups/other-20250101T120000Z.sqlite")));
    QVERIFY(rotation.prune().isEmpty());
}

void TestBackup::backupOnEachEngine()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QTemporaryDir dir;
    const QString target = dir.filePath("copy.sqlite");
    const StoreError error = BackupService::writeBackup(database, target);
    if (!test.isSqlite()) {
        // PostgreSQL is backed up with its own tools.
        QVERIFY(error);
        QVERIFY2(error.message().contains("pg_dump"), qPrintable(error.message()));
        QVERIFY(!QFileInfo::exists(target));
        QString written;
        QVERIFY(BackupService::backUpIfDue(database, utc(2025, 3, 14), &written));
        QVERIFY(written.isEmpty());
        return;
    }
    setSetting(database, "marker", "before");
    QVERIFY2(BackupService::writeBackup(database, target).ok(), qPrintable(error.message()));
    setSetting(database, "marker", "after");
    QCOMPARE(settingIn(target, "marker"), QStringLiteral("before"));
    QCOMPARE(QFileInfo(target).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    int version = 0;
    CG_VERIFY_OK(BackupService::verify(target, &version));
    QCOMPARE(version, database.schemaVersion());
    // Overwriting an older backup is allowed.
    CG_VERIFY_OK(BackupService::writeBackup(database, target));
    QCOMPARE(settingIn(target, "marker"), QStringLiteral("after"));
    QVERIFY(!QFileInfo::exists(target + ".partial"));
}

void TestBackup::backupRefusesToOverwriteOtherFiles()
{
    TestDatabase test("sqlite");
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    const QString notes = test.directory() + "/notes.txt";
    {
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Minutes of the meeting\n");
    }
    StoreError error = BackupService::writeBackup(database, notes);
    QVERIFY(error);
    QVERIFY(error.message().contains("not an SQLite file"));
    QCOMPARE(QFileInfo(notes).size(), qint64(23));

    error = BackupService::writeBackup(database, test.settings().sqlitePath());
    QVERIFY(error);
    QVERIFY(error.message().contains("the database itself"));

    error = BackupService::writeBackup(database, test.directory() + "/no/such/folder/copy.sqlite");
    QVERIFY(error);
    QVERIFY(error.message().contains("does not exist"));
    error = BackupService::writeBackup(database, test.directory());
    QVERIFY(error);
}

void TestBackup::backupWhileTheConnectionIsBusy()
{
    TestDatabase test("sqlite");
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    for (int i = 0; i < 300; ++i)
        setSetting(database, QString("k%1").arg(i), "v");
    setSetting(database, "marker", "saved");
    // A screen half-way through reading, and a save not yet committed.
    QSqlQuery reading(database.connection());
    reading.setForwardOnly(true);
    QVERIFY(reading.exec("SELECT key FROM settings") && reading.next());
    QSqlQuery saving(database.connection());
    QVERIFY(saving.exec("BEGIN IMMEDIATE"));
    QVERIFY(saving.exec("UPDATE settings SET value = 'unsaved' WHERE key = 'marker'"));

    const QString target = test.directory() + "/copy.sqlite";
    const StoreError error = BackupService::writeBackup(database, target);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QCOMPARE(settingIn(target, "marker"), QStringLiteral("saved"));
    QVERIFY(saving.exec("ROLLBACK"));
    QVERIFY(reading.next());
}

void TestBackup::dailyBackupsOnExitKeepSeven()
{
    TestDatabase test("sqlite");
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    const BackupRotation rotation(test.settings().sqlitePath());
    QString written;
    CG_VERIFY_OK(BackupService::backUpIfDue(database, utc(2025, 3, 1, 17), &written));
    QCOMPARE(written, rotation.pathFor(utc(2025, 3, 1, 17)));
    QCOMPARE(QFileInfo(rotation.directory()).permissions() & (QFile::ReadOther | QFile::ExeOther),
             QFile::Permissions());
    // The second exit of the same day makes none.
    CG_VERIFY_OK(BackupService::backUpIfDue(database, utc(2025, 3, 1, 18), &written));
    QVERIFY(written.isEmpty());
    QCOMPARE(rotation.backups().size(), 1);
    for (int day = 2; day <= 10; ++day) {
        setSetting(database, "marker", QString::number(day));
        CG_VERIFY_OK(BackupService::backUpIfDue(database, utc(2025, 3, day, 17), &written));
        QVERIFY(!written.isEmpty());
    }
    const QList<BackupRotation::Entry> kept = rotation.backups();
    QCOMPARE(kept.size(), 7);
    QCOMPARE(kept.constFirst().takenAt, utc(2025, 3, 10, 17));
    QCOMPARE(kept.constLast().takenAt, utc(2025, 3, 4, 17));
    QCOMPARE(settingIn(kept.constFirst().path, "marker"), QStringLiteral("10"));
    QCOMPARE(settingIn(kept.constLast().path, "marker"), QStringLiteral("4"));
    // A backup on demand is made even when one was made today.
    CG_VERIFY_OK(BackupService::backUpToFolder(database, utc(2025, 3, 10, 18), &written));
    QCOMPARE(written, rotation.pathFor(utc(2025, 3, 10, 18)));
    QCOMPARE(rotation.backups().size(), 7);
}

void TestBackup::verifyRefuses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << "missing"
                             << "does not exist";
    QTest::newRow("text file") << "text"
                               << "not an SQLite file";
    QTest::newRow("another program's database") << "foreign"
                                                << "not a Common Ground database";
    QTest::newRow("empty database") << "empty"
                                    << "not a Common Ground database";
    QTest::newRow("newer schema") << "newer"
                                  << "newer version";
    QTest::newRow("damaged") << "damaged"
                             << "";
}

void TestBackup::verifyRefuses()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath("backup.sqlite");
    if (kind == "text") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Minutes of the meeting held on Tuesday\n");
    } else if (kind == "foreign" || kind == "empty" || kind == "newer" || kind == "damaged") {
        if (kind == "newer" || kind == "damaged") {
            Database database(ConnectionSettings::sqlite(path));
            CG_VERIFY_OK(database.open());
            QSqlQuery query(database.connection());
            if (kind == "newer") {
                query.prepare(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (?, 'f', '2031-01-01')");
                query.addBindValue(Migrator::latestVersion() + 1);
                QVERIFY(query.exec());
            } else {
                QVERIFY(query.exec("BEGIN"));
                for (int i = 0; i < 400; ++i)
                    QVERIFY(query.exec(QString("INSERT INTO settings (key, value) VALUES ('k%1', '%2')")
                                           .arg(i)
                                           .arg(QString(300, 'x'))));
                QVERIFY(query.exec("COMMIT"));
            }
            query.finish();
            QVERIFY(query.exec("PRAGMA journal_mode = DELETE"));
        } else {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "tst-backup-make");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            if (kind == "foreign")
                QVERIFY(QSqlQuery(db).exec("CREATE TABLE recipes (name TEXT)"));
            else
                QVERIFY(QSqlQuery(db).exec("PRAGMA user_version = 1")); // a header, no tables
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase("tst-backup-make");
        }
        if (kind == "damaged") {
            // Scribble over pages in the middle of the file.
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 40000);
            file.seek(file.size() / 2);
            file.write(QByteArray(8192, '\x5a'));
        }
    }
    int version = -1;
    const StoreError error = BackupService::verify(path, &version);
    QVERIFY(error);
    QCOMPARE(version, 0);
    QVERIFY2(error.message().contains(message), qPrintable(error.message()));
}

void TestBackup::restoreReplacesTheDatabaseAndKeepsTheOldOne()
{
    TestDatabase test("sqlite");
    const QString live = test.settings().sqlitePath();
    makeDatabase(test.settings(), "monday");
    const QString backup = test.directory() + "/monday.sqlite";
    {
        Database database(test.settings());
        CG_VERIFY_OK(database.open());
        CG_VERIFY_OK(BackupService::writeBackup(database, backup));
        setSetting(database, "marker", "tuesday");
    }
    QFile::setPermissions(live, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    const QByteArray backupBefore = TestFiles::sha256(backup);

    BackupService::RestoreResult result;
    const StoreError error =
        BackupService::restore(test.settings(), backup, utc(2025, 3, 14, 9, 30), &result);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QCOMPARE(result.schemaVersion, Database::supportedSchemaVersion());
    QCOMPARE(result.previousCopy, live + ".before-restore-20250314-093000.bak");
    QCOMPARE(settingIn(result.previousCopy, "marker"), QStringLiteral("tuesday"));
    QCOMPARE(settingIn(live, "marker"), QStringLiteral("monday"));
    QCOMPARE(TestFiles::sha256(backup), backupBefore);
    QVERIFY(!QFileInfo::exists(live + ".restoring"));
    QCOMPARE(QFileInfo(live).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::ReadGroup);

    // The restored database opens and checks clean.
    Database database(test.settings());
    CG_VERIFY_OK(database.open({.create = false, .migrate = false}));
    QStringList problems;
    CG_VERIFY_OK(database.checkIntegrity(&problems));
    QVERIFY(problems.isEmpty());
}

void TestBackup::restoreIntoAnEmptyPlace()
{
    TestDatabase source("sqlite");
    makeDatabase(source.settings(), "kept");
    QTemporaryDir dir;
    const ConnectionSettings live = ConnectionSettings::sqlite(dir.filePath("new/cases.sqlite"));
    BackupService::RestoreResult result;
    const StoreError error =
        BackupService::restore(live, source.settings().sqlitePath(), utc(2025, 3, 14), &result);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QVERIFY(result.previousCopy.isEmpty());
    QCOMPARE(settingIn(live.sqlitePath(), "marker"), QStringLiteral("kept"));
    QCOMPARE(QFileInfo(live.sqlitePath()).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
}

void TestBackup::restoreRemovesStaleJournals()
{
    TestDatabase test("sqlite");
    makeDatabase(test.settings(), "old");
    const QString backup = test.directory() + "/backup.sqlite";
    {
        Database database(test.settings());
        CG_VERIFY_OK(database.open());
        CG_VERIFY_OK(BackupService::writeBackup(database, backup));
    }
    const QString live = test.settings().sqlitePath();
    // Leftovers that must never be replayed into the restored file.
    touch(live + "-shm");
    touch(live + "-journal");
    BackupService::RestoreResult result;
    const StoreError error = BackupService::restore(test.settings(), backup, utc(2025, 3, 14), &result);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QVERIFY(!QFileInfo::exists(live + "-wal"));
    QVERIFY(!QFileInfo::exists(live + "-shm"));
    QVERIFY(!QFileInfo::exists(live + "-journal"));
    QCOMPARE(settingIn(live, "marker"), QStringLiteral("old"));
}

void TestBackup::restoreRefusesADatabaseInUse()
{
    TestDatabase test("sqlite");
    makeDatabase(test.settings(), "open");
    const QString backup = test.directory() + "/backup.sqlite";
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    CG_VERIFY_OK(BackupService::writeBackup(database, backup));
    setSetting(database, "marker", "still open");

    BackupService::RestoreResult result;
    const StoreError error = BackupService::restore(test.settings(), backup, utc(2025, 3, 14), &result);
    QVERIFY(error);
    QCOMPARE(error.kind(), StoreError::Kind::Busy);
    QVERIFY2(error.message().contains("Nothing was changed"), qPrintable(error.message()));
    QVERIFY(!QFileInfo::exists(test.settings().sqlitePath() + ".restoring"));
    const QStringList asides = QDir(test.directory()).entryList({"*.before-restore-*"});
    QVERIFY(asides.isEmpty());
    QSqlQuery query(database.connection());
    QVERIFY(query.exec("SELECT value FROM settings WHERE key = 'marker'") && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("still open"));
}

void TestBackup::restoreRefusesABadBackupAndChangesNothing()
{
    TestDatabase test("sqlite");
    makeDatabase(test.settings(), "precious");
    const QString live = test.settings().sqlitePath();
    const QByteArray before = TestFiles::sha256(live);
    const QString bad = test.directory() + "/bad.sqlite";
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
    }
    BackupService::RestoreResult result;
    StoreError error = BackupService::restore(test.settings(), bad, utc(2025, 3, 14), &result);
    QVERIFY(error);
    QCOMPARE(TestFiles::sha256(live), before);
    error = BackupService::restore(test.settings(), live, utc(2025, 3, 14), &result);
    QVERIFY(error);
    QVERIFY(error.message().contains("the database itself"));
    QCOMPARE(TestFiles::sha256(live), before);
    QCOMPARE(QDir(test.directory()).entryList(QDir::Files).size(), 2); // the database and bad.sqlite
}

void TestBackup::restoreRefusesPostgres()
{
    QString error;
    const ConnectionSettings postgres =
        ConnectionSettings::fromConnInfo("host=/nonexistent port=5432 dbname=cases user=alex", &error);
    QVERIFY(postgres.isValid());
    TestDatabase source("sqlite");
    makeDatabase(source.settings(), "x");
    BackupService::RestoreResult result;
    const StoreError refused =
        BackupService::restore(postgres, source.settings().sqlitePath(), utc(2025, 3, 14), &result);
    QVERIFY(refused);
    QVERIFY2(refused.message().contains("pg_restore"), qPrintable(refused.message()));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
