#include "StoreVerify.h"
#include "TestDatabase.h"
#include "TestFiles.h"
#include "store/infrastructure/Database.h"
#include "store/infrastructure/DatabaseFileGuard.h"
#include "store/infrastructure/Migrator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

namespace {
QString pragma(QSqlDatabase db, const QString& name)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return QStringLiteral("<failed>");
    return query.value(0).toString();
}

// Makes a database with enough rows to span many pages, then closes it.
void makeDatabaseWithRows(const ConnectionSettings& settings, int rows)
{
    Database database(settings);
    CG_VERIFY_OK(database.open());
    QSqlQuery query(database.connection());
    QVERIFY(query.exec("BEGIN"));
    for (int i = 0; i < rows; ++i) {
        query.prepare("INSERT INTO settings (key, value) VALUES (?, ?)");
        query.addBindValue(QStringLiteral("key-%1").arg(i));
        query.addBindValue(QString(200, QLatin1Char('x')));
        QVERIFY(query.exec());
    }
    QVERIFY(query.exec("COMMIT"));
}
} // namespace

class TestDatabaseOpen : public QObject
{
    Q_OBJECT

private slots:
    void sqliteConnectionIsConfigured();
    void newerSchemaIsRefusedAndLeftUntouched_data() { TestDatabase::addEngineRows(); }
    void newerSchemaIsRefusedAndLeftUntouched();
    void fileThatIsNotADatabase_data();
    void fileThatIsNotADatabase();
    void truncatedFileIsRefusedAndLeftUntouched();
    void damagedPageIsReported();
    void otherApplicationsDatabaseIsRefused();
    void missingFileIsNotCreatedWithoutAsking();
    void networkFilesystemTypes_data();
    void networkFilesystemTypes();
    void networkFilesystemIsRefused();
};

void TestDatabaseOpen::sqliteConnectionIsConfigured()
{
    TestDatabase test(QStringLiteral("sqlite"));
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QCOMPARE(pragma(database.connection(), "foreign_keys"), QStringLiteral("1"));
    QCOMPARE(pragma(database.connection(), "journal_mode"), QStringLiteral("wal"));
    QCOMPARE(pragma(database.connection(), "synchronous"), QStringLiteral("2")); // FULL
    QCOMPARE(pragma(database.connection(), "busy_timeout"), QStringLiteral("5000"));
}

void TestDatabaseOpen::newerSchemaIsRefusedAndLeftUntouched()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    const int future = Migrator::latestVersion() + 7;
    {
        Database database(test.settings());
        CG_VERIFY_OK(database.open());
        QSqlQuery query(database.connection());
        query.prepare(
            "INSERT INTO schema_version (version, name, applied_at) VALUES (?, 'future', '2031-01-01')");
        query.addBindValue(future);
        QVERIFY(query.exec());
    }
    const QByteArray before =
        test.isSqlite() ? TestFiles::sha256(test.settings().sqlitePath()) : QByteArray();

    Database database(test.settings());
    const StoreError error = database.open();
    QCOMPARE(error.kind(), StoreError::Kind::NewerSchema);
    QVERIFY2(error.message().contains("newer version"), qPrintable(error.message()));
    QVERIFY(error.message().contains(QString::number(future)));
    QVERIFY(!database.isOpen());
    if (test.isSqlite())
        QCOMPARE(TestFiles::sha256(test.settings().sqlitePath()), before);

    // And still refused the second time: nothing was changed by the first.
    QCOMPARE(database.open().kind(), StoreError::Kind::NewerSchema);
}

void TestDatabaseOpen::fileThatIsNotADatabase_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text") << QByteArray("Minutes of the meeting held on Tuesday\n");
    QTest::newRow("pdf") << QByteArray("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n");
    QTest::newRow("short") << QByteArray("SQLite");
    QTest::newRow("zeros") << QByteArray(8192, '\0');
}

void TestDatabaseOpen::fileThatIsNotADatabase()
{
    QFETCH(QByteArray, content);
    TestDatabase test(QStringLiteral("sqlite"));
    const QString path = test.settings().sqlitePath();
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    Database database(test.settings());
    const StoreError error = database.open();
    QCOMPARE(error.kind(), StoreError::Kind::NotADatabase);
    QVERIFY2(error.message().contains("left as it is"), qPrintable(error.message()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TestDatabaseOpen::truncatedFileIsRefusedAndLeftUntouched()
{
    TestDatabase test(QStringLiteral("sqlite"));
    makeDatabaseWithRows(test.settings(), 500);
    const QString path = test.settings().sqlitePath();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > 20000);
    QVERIFY(file.resize(6000)); // the header survives; most pages are gone
    file.close();
    const QByteArray before = TestFiles::sha256(path);

    Database database(test.settings());
    const StoreError error = database.open();
    QVERIFY(error.isError());
    QCOMPARE(error.kind(), StoreError::Kind::Corrupt);
    QVERIFY2(error.message().contains("backup"), qPrintable(error.message()));
    QCOMPARE(TestFiles::sha256(path), before);
}

void TestDatabaseOpen::damagedPageIsReported()
{
    TestDatabase test(QStringLiteral("sqlite"));
    makeDatabaseWithRows(test.settings(), 2000);
    const QString path = test.settings().sqlitePath();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 200000);
    // Scribble over pages in the middle of the settings table.
    QVERIFY(file.seek(size / 2));
    file.write(QByteArray(3 * 4096, '\x5a'));
    file.close();

    Database database(test.settings());
    const StoreError error = database.open({.create = false, .migrate = false});
    if (error) {
        QCOMPARE(error.kind(), StoreError::Kind::Corrupt);
        return;
    }
    QStringList problems;
    const StoreError checkError = database.checkIntegrity(&problems);
    QVERIFY(checkError.isError() || !problems.isEmpty());
}

void TestDatabaseOpen::otherApplicationsDatabaseIsRefused()
{
    TestDatabase test(QStringLiteral("sqlite"));
    const QString path = test.settings().sqlitePath();
    {
        QSqlDatabase other = QSqlDatabase::addDatabase("QSQLITE", "other-app");
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery query(other);
        QVERIFY(query.exec("CREATE TABLE recipes (name TEXT)"));
        QVERIFY(query.exec("INSERT INTO recipes VALUES ('soup')"));
        other.close();
    }
    QSqlDatabase::removeDatabase("other-app");
    const QByteArray before = TestFiles::sha256(path);

    Database database(test.settings());
    const StoreError error = database.open();
    QCOMPARE(error.kind(), StoreError::Kind::NotADatabase);
    QVERIFY(error.message().contains("not a Common Ground one"));
    QCOMPARE(TestFiles::sha256(path), before);
}

void TestDatabaseOpen::missingFileIsNotCreatedWithoutAsking()
{
    TestDatabase test(QStringLiteral("sqlite"));
    Database database(test.settings());
    const StoreError error = database.open({.create = false, .migrate = true});
    QVERIFY(error.isError());
    QVERIFY(error.message().contains("no database"));
    QVERIFY(!QFile::exists(test.settings().sqlitePath()));
}

void TestDatabaseOpen::networkFilesystemTypes_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<bool>("network");
    QTest::newRow("ext4") << QByteArray("ext4") << false;
    QTest::newRow("btrfs") << QByteArray("btrfs") << false;
    QTest::newRow("tmpfs") << QByteArray("tmpfs") << false;
    QTest::newRow("overlay") << QByteArray("overlay") << false;
    QTest::newRow("nfs") << QByteArray("nfs") << true;
    QTest::newRow("nfs4") << QByteArray("nfs4") << true;
    QTest::newRow("cifs") << QByteArray("cifs") << true;
    QTest::newRow("smb3") << QByteArray("smb3") << true;
    QTest::newRow("smbfs upper case") << QByteArray("SMBFS") << true;
    QTest::newRow("sshfs") << QByteArray("fuse.sshfs") << true;
}

void TestDatabaseOpen::networkFilesystemTypes()
{
    QFETCH(QByteArray, type);
    QFETCH(bool, network);
    QCOMPARE(DatabaseFileGuard::isNetworkFilesystem(type), network);
}

void TestDatabaseOpen::networkFilesystemIsRefused()
{
    TestDatabase test(QStringLiteral("sqlite"));
    QString probed;
    const DatabaseFileGuard guard([&probed](const QString& directory) {
        probed = directory;
        return QByteArray("cifs");
    });
    const StoreError error = guard.check(test.settings().sqlitePath());
    QCOMPARE(error.kind(), StoreError::Kind::NetworkFilesystem);
    QVERIFY2(error.message().contains("PostgreSQL"), qPrintable(error.message()));
    QCOMPARE(probed, test.directory());
    QVERIFY(!DatabaseFileGuard([](const QString&) { return QByteArray("ext4"); })
                 .check(test.settings().sqlitePath())
                 .isError());
}

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "tst_database.moc"
