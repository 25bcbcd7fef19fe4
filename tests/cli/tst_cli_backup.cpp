#include "CliRunner.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "TestFiles.h"
#include "store/infrastructure/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

namespace {
void setMarker(const ConnectionSettings& settings, const QString& value)
{
    Database database(settings);
    CG_VERIFY_OK(database.open());
    QSqlQuery query(database.connection());
    query.prepare(
        "INSERT INTO settings (key, value) VALUES ('marker', ?) ON CONFLICT (key) DO UPDATE SET value "
        "= excluded.value");
    query.addBindValue(value);
    QVERIFY(query.exec());
}

QString marker(const ConnectionSettings& settings)
{
    Database database(settings);
    if (database.open({.create = false, .migrate = false}))
        return "<cannot open>";
    QSqlQuery query(database.connection());
    if (!query.exec("SELECT value FROM settings WHERE key = 'marker'") || !query.next())
        return "<none>";
    return query.value(0).toString();
}
} // namespace

class TestCliBackup : public QObject
{
    Q_OBJECT

private slots:
    void helpListsBackupAndRestore();
    void backupThenRestore();
    void backupIntoTheBackupsFolder();
    void usageErrors_data();
    void usageErrors();
    void backupNeedsAnExistingDatabase();
    void restoreRefusesWhatIsNotABackup();
    void postgresPointsToItsOwnTools_data();
    void postgresPointsToItsOwnTools();
};

void TestCliBackup::helpListsBackupAndRestore()
{
    const CliRun run = CliRunner::run({"--help"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("  backup "));
    QVERIFY(run.out.contains("  restore "));
    const CliRun backupHelp = CliRunner::run({"backup", "--help"});
    QCOMPARE(backupHelp.exitCode, 0);
    QVERIFY(backupHelp.out.contains("backup [--out FILE]"));
}

void TestCliBackup::backupThenRestore()
{
    TestDatabase test("sqlite");
    setMarker(test.settings(), "monday");
    const QString live = test.settings().sqlitePath();
    const QString backup = test.directory() + "/monday.sqlite";

    CliRun run = CliRunner::run({"--database", live, "backup", "--out", backup});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.outLines(),
             (QStringList{"backup: " + QDir::toNativeSeparators(backup),
                          QString("schema version: %1").arg(Database::supportedSchemaVersion()),
                          "integrity: ok"}));
    QVERIFY(run.err.isEmpty());

    setMarker(test.settings(), "tuesday");
    run = CliRunner::run({"--database", live, "restore", backup});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.outLines();
    QCOMPARE(lines.value(0), "restored: " + QDir::toNativeSeparators(backup));
    QCOMPARE(lines.value(1), "database: " + test.settings().describe());
    QCOMPARE(lines.value(2), QString("schema version: %1").arg(Database::supportedSchemaVersion()));
    QVERIFY2(lines.value(3).startsWith("previous database: " + live + ".before-restore-"),
             qPrintable(run.out));
    QCOMPARE(marker(test.settings()), QStringLiteral("monday"));
    const QString previous = lines.value(3).section(": ", 1);
    QCOMPARE(marker(ConnectionSettings::sqlite(previous)), QStringLiteral("tuesday"));

    // And check agrees.
    run = CliRunner::run({"--database", live, "check"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("integrity: ok"));
}

void TestCliBackup::backupIntoTheBackupsFolder()
{
    TestDatabase test("sqlite");
    setMarker(test.settings(), "x");
    const CliRun run = CliRunner::run({"--database", test.settings().sqlitePath(), "backup"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString line = run.outLines().value(0);
    QVERIFY2(line.contains(QRegularExpression("^backup: .*/backups/cases-\\d{8}T\\d{6}Z\\.sqlite$")),
             qPrintable(line));
    QVERIFY(QFileInfo::exists(line.section(": ", 1)));
}

void TestCliBackup::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("backup with an argument")
        << QStringList{"backup", "now"} << "no arguments other than --out";
    QTest::newRow("backup --out without a file") << QStringList{"backup", "--out"} << "Missing value";
    QTest::newRow("backup with an unknown option") << QStringList{"backup", "--to", "x"} << "Unknown option";
    QTest::newRow("restore without a file") << QStringList{"restore"} << "one argument";
    QTest::newRow("restore with two files") << QStringList{"restore", "a", "b"} << "one argument";
    QTest::newRow("restore with an option") << QStringList{"restore", "--force"} << "one argument";
}

void TestCliBackup::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    TestDatabase test("sqlite");
    const CliRun run = CliRunner::run(CliRunner::where(test) + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFileInfo::exists(test.settings().sqlitePath()));
}

void TestCliBackup::backupNeedsAnExistingDatabase()
{
    TestDatabase test("sqlite");
    const CliRun run = CliRunner::run(
        {"--database", test.settings().sqlitePath(), "backup", "--out", test.directory() + "/b"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("There is no database"), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(test.settings().sqlitePath()));
    QVERIFY(!QFileInfo::exists(test.directory() + "/b"));
}

void TestCliBackup::restoreRefusesWhatIsNotABackup()
{
    TestDatabase test("sqlite");
    setMarker(test.settings(), "kept");
    const QString live = test.settings().sqlitePath();
    const QByteArray before = TestFiles::sha256(live);
    const QString notes = test.directory() + "/notes.txt";
    {
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Minutes of the meeting\n");
    }
    CliRun run = CliRunner::run({"--database", live, "restore", notes});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith("commonground-cli: ") && run.err.contains("not a Common Ground backup"),
             qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    run = CliRunner::run({"--database", live, "restore", test.directory() + "/missing.sqlite"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("does not exist"));
    QCOMPARE(TestFiles::sha256(live), before);
}

void TestCliBackup::postgresPointsToItsOwnTools_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("tool");
    QTest::newRow("backup") << QStringList{"backup", "--out", "x.sqlite"} << "pg_dump -Fc";
    QTest::newRow("restore") << QStringList{"restore", "x.sqlite"} << "pg_restore";
}

void TestCliBackup::postgresPointsToItsOwnTools()
{
    QFETCH(QStringList, command);
    QFETCH(QString, tool);
    // Refused before any connection is tried: no server is needed.
    const CliRun run = CliRunner::run(
        QStringList{"--postgres", "host=/nonexistent port=5432 dbname=cases user=alex"} + command);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(tool), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
