#include "CliRunner.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "store/infrastructure/Database.h"
#include "store/infrastructure/Migrator.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

class TestCliDatabase : public QObject
{
    Q_OBJECT

private slots:
    void version();
    void helpListsCommands();
    void usageErrors_data();
    void usageErrors();
    void initThenCheck_data() { TestDatabase::addEngineRows(); }
    void initThenCheck();
    void initIsRepeatable();
    void checkRefusesWhatItCannotRead();
    void checkDoesNotCreateADatabase();
    void newerDatabaseIsRefused();
    void postgresPasswordIsNotAcceptedOnTheCommandLine();
    void checkNamesTheFirstBrokenAuditRow();
};

void TestCliDatabase::version()
{
    const CliRun run = CliRunner::run({"--version"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("commonground-cli "));
    QVERIFY(run.out.trimmed().section(' ', 1).contains(QRegularExpression("^\\d+\\.\\d+\\.\\d+$")));
    QVERIFY(run.err.isEmpty());
}

void TestCliDatabase::helpListsCommands()
{
    const CliRun run = CliRunner::run({"--help"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("  init "));
    QVERIFY(run.out.contains("  check "));
    QVERIFY(run.out.contains("--database PATH"));
    QVERIFY(run.out.contains("--postgres CONNINFO"));
}

void TestCliDatabase::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << "Usage:";
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown command 'frobnicate'";
    QTest::newRow("database without path") << QStringList{"init", "--database"} << "--database needs a value";
    QTest::newRow("both engines") << QStringList{"--database", "a.sqlite", "--postgres", "dbname=x", "check"}
                                  << "not both";
    QTest::newRow("unknown option") << QStringList{"--colour", "check"} << "unknown option --colour";
    QTest::newRow("extra argument") << QStringList{"--database", "a.sqlite", "check", "now"}
                                    << "no arguments";
}

void TestCliDatabase::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = CliRunner::run(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCliDatabase::initThenCheck()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    const CliRun init = CliRunner::run(CliRunner::where(test) + QStringList{"init"});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    QVERIFY(init.out.contains(QStringLiteral("schema version: %1").arg(Migrator::latestVersion())));
    QVERIFY(init.err.isEmpty());

    const CliRun check = CliRunner::run(CliRunner::where(test) + QStringList{"check"});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    const QStringList lines = check.outLines();
    QCOMPARE(lines.value(1), QStringLiteral("schema version: %1").arg(Migrator::latestVersion()));
    QCOMPARE(lines.value(2), QStringLiteral("program schema version: %1").arg(Migrator::latestVersion()));
    QVERIFY(lines.contains(QStringLiteral("integrity: ok")));
    if (test.isSqlite())
        QVERIFY2(lines.constLast().startsWith(QLatin1String("audit trail: ok (")), qPrintable(check.out));
}

void TestCliDatabase::initIsRepeatable()
{
    TestDatabase test(QStringLiteral("sqlite"));
    QCOMPARE(CliRunner::run(CliRunner::where(test) + QStringList{"init"}).exitCode, 0);
    const CliRun again = CliRunner::run(CliRunner::where(test) + QStringList{"init"});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(!again.out.contains("copy before upgrade")); // nothing to upgrade, nothing copied
}

void TestCliDatabase::checkRefusesWhatItCannotRead()
{
    TestDatabase test(QStringLiteral("sqlite"));
    QFile file(test.settings().sqlitePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("name,dob\nAlex,2015-01-01\n");
    file.close();
    const CliRun run = CliRunner::run(CliRunner::where(test) + QStringList{"check"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("is not a Common Ground database"), qPrintable(run.err));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("name,dob\nAlex,2015-01-01\n"));
}

void TestCliDatabase::checkDoesNotCreateADatabase()
{
    TestDatabase test(QStringLiteral("sqlite"));
    const CliRun run = CliRunner::run(CliRunner::where(test) + QStringList{"check"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("no database"));
    QVERIFY(!QFile::exists(test.settings().sqlitePath()));
}

void TestCliDatabase::newerDatabaseIsRefused()
{
    TestDatabase test(QStringLiteral("sqlite"));
    {
        Database database(test.settings());
        CG_VERIFY_OK(database.open());
        QSqlQuery query(database.connection());
        QVERIFY(query.exec("INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'x', 'y')"));
    }
    for (const QString& command : {QStringLiteral("init"), QStringLiteral("check")}) {
        const CliRun run = CliRunner::run(CliRunner::where(test) + QStringList{command});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("newer version of Common Ground"), qPrintable(run.err));
    }
}

void TestCliDatabase::postgresPasswordIsNotAcceptedOnTheCommandLine()
{
    const CliRun run = CliRunner::run({"--postgres", "dbname=cases password=secret", "check"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("pgpass"));
    QVERIFY(!run.err.contains("secret"));
}

void TestCliDatabase::checkNamesTheFirstBrokenAuditRow()
{
    // Before schema 13, blanking audit rows through the redaction shape with
    // any SQLite tool left `check` saying ok.
    TestDatabase test("sqlite");
    qint64 blanked = 0;
    {
        Database database(test.settings());
        CG_VERIFY_OK(database.open());
        QSqlQuery query(database.connection());
        QVERIFY(query.exec("INSERT INTO councils (name, code, created_at) VALUES ('Westvale Council', 'WVC', "
                           "'2026-11-23T09:00:00Z')"));
        QVERIFY(query.exec("INSERT INTO councils (name, code, created_at) VALUES ('Fenmarsh Council', 'FMC', "
                           "'2026-11-23T09:00:00Z')"));
        QVERIFY(query.exec("SELECT MIN(id) FROM audit_log WHERE table_name = 'councils'") && query.next());
        blanked = query.value(0).toLongLong();
    }
    CliRun run = CliRunner::run(CliRunner::where(test) + QStringList{"check"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "outsider");
        db.setDatabaseName(test.settings().sqlitePath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec("UPDATE audit_log SET old_value = NULL, new_value = NULL, redacted = 1 "
                           "WHERE table_name = 'councils'"));
        db.close();
    }
    QSqlDatabase::removeDatabase("outsider");
    run = CliRunner::run(CliRunner::where(test) + QStringList{"check"});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.outLines();
    QVERIFY(lines.contains("integrity: ok"));
    QVERIFY2(lines.contains(QStringLiteral("audit trail: broken at row %1").arg(blanked)),
             qPrintable(run.out));
    QVERIFY2(lines.contains(QStringLiteral("problem: audit row %1 was blanked, but its record was never "
                                           "anonymised")
                                .arg(blanked)),
             qPrintable(run.out));
    QVERIFY2(run.err.contains("outside Common Ground"), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliDatabase)
#include "tst_cli_database.moc"
