#include "StoreVerify.h"
#include "TestDatabase.h"
#include "store/infrastructure/Database.h"
#include "store/infrastructure/Migrator.h"
#include "store/infrastructure/SqlDialect.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QStringList kTables = {QStringLiteral("settings"),
                             QStringLiteral("counters"),
                             QStringLiteral("users"),
                             QStringLiteral("councils"),
                             QStringLiteral("organisations"),
                             QStringLiteral("contacts"),
                             QStringLiteral("people"),
                             QStringLiteral("cases"),
                             QStringLiteral("case_plan_sections"),
                             QStringLiteral("invitees"),
                             QStringLiteral("venues"),
                             QStringLiteral("meetings"),
                             QStringLiteral("meeting_mediators"),
                             QStringLiteral("certificates"),
                             QStringLiteral("activities"),
                             QStringLiteral("bank_holidays"),
                             QStringLiteral("schema_version")};

// The versions that have a step (numbered alike on both engines). A number
// may be missing while parallel work is merged; the loops below skip it.
QList<int> stepVersions()
{
    QList<int> versions;
    for (const Migrator::Step& step : Migrator::steps(SqlDialect::forDriver(QStringLiteral("QSQLITE"))))
        versions << step.version;
    return versions;
}

QString fixturePath(int version)
{
    return QStringLiteral(CG_FIXTURES_DIR "/schema-v%1.sql").arg(version);
}

// Loads a fixture and returns how many rows it put in each table.
QMap<QString, int> loadFixture(QSqlDatabase db, int version, QString* error)
{
    QMap<QString, int> rows;
    QFile file(fixturePath(version));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("no fixture ") + file.fileName();
        return rows;
    }
    static const QRegularExpression insertInto(QStringLiteral(R"(^INSERT INTO (\w+))"));
    QSqlQuery query(db);
    for (const QString& statement : Migrator::splitStatements(QString::fromUtf8(file.readAll()))) {
        if (!query.exec(statement)) {
            *error = query.lastError().text() + QStringLiteral(" in ") + statement;
            return rows;
        }
        rows[insertInto.match(statement).captured(1)]++;
    }
    return rows;
}

int countRows(QSqlDatabase db, const QString& table)
{
    QSqlQuery query(db);
    // Table names come from our own fixture file, never from input.
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}
} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT

private slots:
    void newDatabaseHasEveryTable_data() { TestDatabase::addEngineRows(); }
    void newDatabaseHasEveryTable();
    void foreignKeysAreEnforced_data() { TestDatabase::addEngineRows(); }
    void foreignKeysAreEnforced();
    void checkConstraintsRefuseUnknownValues_data() { TestDatabase::addEngineRows(); }
    void checkConstraintsRefuseUnknownValues();
    void fixtureOfEveryVersionLoads_data();
    void fixtureOfEveryVersionLoads();
    void upgradeFromEveryEarlierVersion_data();
    void upgradeFromEveryEarlierVersion();
    void failedStepLeavesNoTrace_data() { TestDatabase::addEngineRows(); }
    void failedStepLeavesNoTrace();
    void splitStatements_data();
    void splitStatements();
    void issuedCertificateIsNoLongerDue_data() { TestDatabase::addEngineRows(); }
    void issuedCertificateIsNoLongerDue();
    void thirtyDaysStartWhenTheCouncilWasTold_data() { TestDatabase::addEngineRows(); }
    void thirtyDaysStartWhenTheCouncilWasTold();
    void refusalToReplaceBecomesADecisionType_data() { TestDatabase::addEngineRows(); }
    void refusalToReplaceBecomesADecisionType();
    void skippedStepIsRefused_data() { TestDatabase::addEngineRows(); }
    void skippedStepIsRefused();
};

void TestMigrator::newDatabaseHasEveryTable()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    const StoreError error = database.open();
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QCOMPARE(database.schemaVersion(), Migrator::latestVersion());
    QVERIFY(database.schemaVersion() >= 1);
    for (const QString& table : kTables)
        QVERIFY2(countRows(database.connection(), table) >= 0, qPrintable(table));
    // One row per applied step, so the history of upgrades can be read back.
    QCOMPARE(countRows(database.connection(), QStringLiteral("schema_version")), int(stepVersions().size()));
}

void TestMigrator::foreignKeysAreEnforced()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlQuery query(database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO organisations (name, kind, council_id, created_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(QStringLiteral("Nowhere School"));
    query.addBindValue(QStringLiteral("school"));
    query.addBindValue(4242); // no such council
    query.addBindValue(QStringLiteral("2026-01-01T00:00:00Z"));
    QVERIFY(!query.exec());
    QCOMPARE(StoreError::fromSql(query.lastError(), QStringLiteral("insert")).kind(),
             StoreError::Kind::Constraint);
    QCOMPARE(countRows(database.connection(), QStringLiteral("organisations")), 0);
}

void TestMigrator::checkConstraintsRefuseUnknownValues()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO councils (name, code, meeting_clock_start, created_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(QStringLiteral("Westvale Council"));
    query.addBindValue(QStringLiteral("WVC"));
    query.addBindValue(QStringLiteral("whenever"));
    query.addBindValue(QStringLiteral("2026-01-01T00:00:00Z"));
    QVERIFY(!query.exec());
    QCOMPARE(StoreError::fromSql(query.lastError(), QStringLiteral("insert")).kind(),
             StoreError::Kind::Constraint);
}

void TestMigrator::fixtureOfEveryVersionLoads_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<int>("version");
    for (const QString& engine : {QStringLiteral("sqlite"), QStringLiteral("postgres")}) {
        for (int version : stepVersions())
            QTest::addRow("%s v%d", qPrintable(engine), version) << engine << version;
    }
}

void TestMigrator::fixtureOfEveryVersionLoads()
{
    // Every version has a fixture, so that the next upgrade has data to carry.
    QFETCH(QString, engine);
    QFETCH(int, version);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open({.create = true, .migrate = false}));
    CG_VERIFY_OK(Migrator(database.connection()).migrateTo(version));
    QString error;
    const QMap<QString, int> rows = loadFixture(database.connection(), version, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(rows.value(QStringLiteral("cases")) > 0);
}

void TestMigrator::upgradeFromEveryEarlierVersion_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<int>("fromVersion");
    for (const QString& engine : {QStringLiteral("sqlite"), QStringLiteral("postgres")}) {
        QTest::addRow("%s from v0", qPrintable(engine)) << engine << 0;
        for (int version : stepVersions()) {
            if (version < Migrator::latestVersion())
                QTest::addRow("%s from v%d", qPrintable(engine), version) << engine << version;
        }
    }
}

void TestMigrator::upgradeFromEveryEarlierVersion()
{
    QFETCH(QString, engine);
    QFETCH(int, fromVersion);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    QMap<QString, int> rows;
    {
        Database old(test.settings());
        CG_VERIFY_OK(old.open({.create = true, .migrate = false}));
        CG_VERIFY_OK(Migrator(old.connection()).migrateTo(fromVersion));
        if (fromVersion > 0) {
            QString error;
            rows = loadFixture(old.connection(), fromVersion, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            // What is there, not what the fixture wrote: from schema 8 on
            // PostgreSQL, the audit triggers add rows of their own.
            for (auto it = rows.begin(); it != rows.end(); ++it)
                it.value() = countRows(old.connection(), it.key());
        }
    }
    Database database(test.settings());
    const StoreError error = database.open();
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QCOMPARE(database.schemaVersion(), Migrator::latestVersion());
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        QCOMPARE(countRows(database.connection(), it.key()), it.value());
    // Step 30 writes the case search index again, names folded
    // (Migrator's work after a step): every case has its entry, including
    // the fixture's, which were written straight into the tables.
    if (fromVersion < 30)
        QCOMPARE(countRows(database.connection(), QStringLiteral("case_search")),
                 countRows(database.connection(), QStringLiteral("cases")));
    if (test.isSqlite() && fromVersion > 0) {
        // The file was copied aside before it was changed.
        QVERIFY(!database.preMigrationCopy().isEmpty());
        QVERIFY(QFile::exists(database.preMigrationCopy()));
    }
}

void TestMigrator::failedStepLeavesNoTrace()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    // A copy of the real steps plus a step whose second statement fails.
    QTemporaryDir steps;
    const QStringList real = QDir(Migrator::kStepsDirectory).entryList(QDir::Files);
    for (const QString& file : real)
        QVERIFY(QFile::copy(Migrator::kStepsDirectory + QLatin1Char('/') + file, steps.filePath(file)));
    const int broken = Migrator::latestVersion() + 1;
    QFile step(steps.filePath(QStringLiteral("%1_broken.sql").arg(broken, 4, 10, QLatin1Char('0'))));
    QVERIFY(step.open(QIODevice::WriteOnly));
    step.write("CREATE TABLE half_done (id INTEGER);\nINSERT INTO no_such_table VALUES (1);\n");
    step.close();

    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Migrator migrator(database.connection(), steps.path());
    QVERIFY(migrator.migrateTo(broken).isError());
    int version = -1;
    CG_VERIFY_OK(migrator.readVersion(&version));
    QCOMPARE(version, Migrator::latestVersion());
    QCOMPARE(countRows(database.connection(), QStringLiteral("half_done")), -1); // rolled back with the step
}

void TestMigrator::splitStatements_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("two plain") << "CREATE TABLE a (x INTEGER);\n\nCREATE TABLE b (y TEXT);\n"
                               << QStringList{"CREATE TABLE a (x INTEGER)", "CREATE TABLE b (y TEXT)"};
    QTest::newRow("comments skipped") << "-- a comment; with a semicolon\nCREATE TABLE a (x INTEGER);\n"
                                      << QStringList{"CREATE TABLE a (x INTEGER)"};
    QTest::newRow("multi-line") << "CREATE TABLE a (\n  x INTEGER,\n  y TEXT\n);\n"
                                << QStringList{"CREATE TABLE a (\n  x INTEGER,\n  y TEXT\n)"};
    QTest::newRow("sqlite trigger")
        << "CREATE TRIGGER t BEFORE UPDATE ON a\nBEGIN\n  SELECT RAISE(ABORT, 'no');\n"
           "END;\nCREATE TABLE b (y TEXT);\n"
        << QStringList{"CREATE TRIGGER t BEFORE UPDATE ON a\nBEGIN\n  SELECT "
                       "RAISE(ABORT, 'no');\nEND;",
                       "CREATE TABLE b (y TEXT)"};
    QTest::newRow("postgres function")
        << "CREATE OR REPLACE FUNCTION f() RETURNS trigger AS $$\nBEGIN\n  RAISE EXCEPTION 'no';\nEND;\n"
           "$$ LANGUAGE plpgsql;\nCREATE TABLE b (y TEXT);\n"
        << QStringList{"CREATE OR REPLACE FUNCTION f() RETURNS trigger AS $$\nBEGIN\n  RAISE EXCEPTION "
                       "'no';\nEND;\n$$ LANGUAGE plpgsql;",
                       "CREATE TABLE b (y TEXT)"};
    QTest::newRow("postgres trigger without body")
        << "CREATE TRIGGER t AFTER INSERT ON a FOR EACH ROW EXECUTE FUNCTION f('id');\nCREATE TABLE b (y "
           "TEXT);\n"
        << QStringList{"CREATE TRIGGER t AFTER INSERT ON a FOR EACH ROW EXECUTE FUNCTION f('id')",
                       "CREATE TABLE b (y TEXT)"};
}

void TestMigrator::splitStatements()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, expected);
    QCOMPARE(Migrator::splitStatements(sql), expected);
}

void TestMigrator::issuedCertificateIsNoLongerDue()
{
    // Schema 15: a case left waiting on a Part already issued waits on
    // nothing more; one whose Part is not issued keeps its deadline.
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open({.create = true, .migrate = false}));
    QSqlDatabase db = database.connection();
    CG_VERIFY_OK(Migrator(db).migrateTo(11));
    QString error;
    loadFixture(db, 11, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSqlQuery query(db);
    for (const QString& statement : {
             QStringLiteral(
                 "INSERT INTO people (id, given_name, family_name, created_at) VALUES (4, 'Tamsin', "
                 "'Rowle', '2026-09-01T08:00:00Z')"),
             QStringLiteral("INSERT INTO people (id, given_name, family_name, created_at) VALUES (5, 'Arlo', "
                            "'Venn', '2026-09-01T08:00:00Z')"),
             QStringLiteral(
                 "INSERT INTO cases (id, reference, council_id, route, stage, child_id, "
                 "referrer_kind, decision_type, decision_notice_date, enquiry_date, enquiry_channel, "
                 "next_deadline, next_deadline_kind, "
                 "created_at, updated_at) VALUES (3, 'MED-2026-00110', 1, 'mediation', "
                 "'meeting_held', 4, 'parent', 'refusal_to_assess', '2026-09-01', '2026-09-02', 'phone', "
                 "'2026-09-24', "
                 "'certificate_part2', '2026-09-02T10:00:00Z', '2026-09-21T10:00:00Z')"),
             QStringLiteral(
                 "INSERT INTO cases (id, reference, council_id, route, stage, child_id, "
                 "referrer_kind, decision_type, decision_notice_date, enquiry_date, enquiry_channel, "
                 "next_deadline, next_deadline_kind, "
                 "created_at, updated_at) VALUES (4, 'MED-2026-00111', 1, 'mediation', "
                 "'meeting_held', 5, 'parent', 'refusal_to_assess', '2026-09-01', '2026-09-02', 'phone', "
                 "'2026-09-24', "
                 "'certificate_part2', '2026-09-02T10:00:00Z', '2026-09-21T10:00:00Z')"),
             QStringLiteral("INSERT INTO certificates (id, number, part, case_id, status, trigger_date, "
                            "issue_date, issuer_name, issuer_role, content, content_sha256, pdf, pdf_sha256, "
                            "created_at) VALUES (2, 'HF-2026-000001', 2, 3, 'issued', '2026-09-21', "
                            "'2026-09-22', 'Cyrus Hale', 'mediator', '{}', "
                            "'%1', 'synthetic pdf', '%2', "
                            "'2026-09-22T09:00:00Z')")
                 .arg(QString(64, QLatin1Char('a')), QString(64, QLatin1Char('b'))),
         })
        QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
    CG_VERIFY_OK(Migrator(db).migrateTo(Migrator::latestVersion()));
    QVERIFY(query.exec(
        QStringLiteral("SELECT id, next_deadline_kind FROM cases WHERE id IN (3, 4) ORDER BY id")));
    QVERIFY(query.next());
    QVERIFY(query.value(1).isNull()); // its Part 2 is issued
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toString(), QStringLiteral("certificate_part2"));
}

void TestMigrator::thirtyDaysStartWhenTheCouncilWasTold()
{
    // Schema 19: the council's "30 days start at" setting is kept as the
    // contract target; every case that asked for mediation was told the
    // council on the day it asked; a case waiting for its meeting under a
    // contract counting from the enquiry gets the statutory next deadline.
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open({.create = true, .migrate = false}));
    QSqlDatabase db = database.connection();
    CG_VERIFY_OK(Migrator(db).migrateTo(18));
    QString error;
    loadFixture(db, 18, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSqlQuery query(db);
    for (const QString& statement : {
             QStringLiteral(
                 "INSERT INTO councils (id, name, code, meeting_clock_start, "
                 "referral_action_working_days, created_at) VALUES (2, 'Fernleigh County Council', "
                 "'FCC', 'enquiry', 5, '2026-09-01T08:00:00Z')"),
             QStringLiteral(
                 "INSERT INTO people (id, given_name, family_name, created_at) VALUES (4, 'Tamsin', "
                 "'Rowle', '2026-09-01T08:00:00Z')"),
             QStringLiteral("INSERT INTO people (id, given_name, family_name, created_at) VALUES (5, 'Arlo', "
                            "'Venn', '2026-09-01T08:00:00Z')"),
             // Enquiry 2 Sep, asked 21 Sep: the contract's 30 days ended 2 Oct.
             QStringLiteral(
                 "INSERT INTO cases (id, reference, council_id, route, stage, child_id, referrer_kind, "
                 "decision_type, decision_notice_date, enquiry_date, enquiry_channel, "
                 "information_given_date, mediation_requested_date, next_deadline, "
                 "next_deadline_kind, created_at, updated_at) VALUES (3, 'MED-2026-00110', 2, "
                 "'mediation', 'mediation_requested', 4, 'parent', 'refusal_to_assess', '2026-09-01', "
                 "'2026-09-02', 'phone', '2026-09-21', '2026-09-21', '2026-10-02', 'meeting_by', "
                 "'2026-09-02T10:00:00Z', '2026-09-21T10:00:00Z')"),
             // Never asked for mediation: nothing to default.
             QStringLiteral(
                 "INSERT INTO cases (id, reference, council_id, route, stage, child_id, referrer_kind, "
                 "decision_type, decision_notice_date, enquiry_date, enquiry_channel, "
                 "created_at, updated_at) VALUES (4, 'MED-2026-00111', 2, 'mediation', 'enquiry', 5, "
                 "'parent', 'refusal_to_assess', '2026-09-01', '2026-09-02', 'phone', "
                 "'2026-09-02T10:00:00Z', '2026-09-02T10:00:00Z')"),
         })
        QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
    CG_VERIFY_OK(Migrator(db).migrateTo(19));

    QVERIFY(query.exec(QStringLiteral("SELECT id, meeting_clock_start FROM councils ORDER BY id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toString(), QStringLiteral("mediation_requested"));
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toString(), QStringLiteral("enquiry")); // now the contract target
    QVERIFY(query.exec(QStringLiteral("SELECT id, council_told_date, health_only_icb, icb_told_date, "
                                      "next_deadline, next_deadline_kind FROM cases WHERE id IN (3, 4) "
                                      "ORDER BY id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toDate(), QDate(2026, 9, 21));
    QCOMPARE(query.value(2).toInt(), 0);
    QVERIFY(query.value(3).isNull());
    QCOMPARE(query.value(4).toDate(), QDate(2026, 10, 21)); // 21 Sep + 30 days
    QCOMPARE(query.value(5).toString(), QStringLiteral("meeting_by"));
    QVERIFY(query.next());
    QVERIFY(query.value(1).isNull());
    QCOMPARE(query.value(2).toInt(), 0);
    // The new columns refuse what they cannot hold.
    QVERIFY(!query.exec(QStringLiteral("UPDATE cases SET health_only_icb = 2 WHERE id = 3")));
}

void TestMigrator::refusalToReplaceBecomesADecisionType()
{
    // Schema 24 loosens the CHECK on cases.decision_type (on SQLite by
    // editing the table's definition): what was stored stays, the new value
    // is taken on this connection and on one opened before the step, and an
    // unknown value is still refused.
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open({.create = true, .migrate = false}));
    QSqlDatabase db = database.connection();
    CG_VERIFY_OK(Migrator(db).migrateTo(21));
    QString error;
    const QMap<QString, int> rows = loadFixture(db, 21, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSqlQuery query(db);
    const QString insert = QStringLiteral(
        "INSERT INTO cases (id, reference, council_id, route, stage, child_id, referrer_kind, "
        "decision_type, decision_notice_date, enquiry_date, enquiry_channel, created_at, updated_at) "
        "VALUES (%1, 'MED-2026-0%1', 1, 'mediation', 'enquiry', 3, 'parent', '%2', '2026-09-01', "
        "'2026-09-02', 'phone', '2026-09-02T10:00:00Z', '2026-09-02T10:00:00Z')");
    QVERIFY(!query.exec(insert.arg(300).arg(QStringLiteral("refusal_to_replace"))));
    CG_VERIFY_OK(Migrator(db).migrateTo(24));

    QVERIFY2(query.exec(insert.arg(301).arg(QStringLiteral("refusal_to_replace"))),
             qPrintable(query.lastError().text()));
    QVERIFY(!query.exec(insert.arg(302).arg(QStringLiteral("refusal_to_rethink"))));
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM cases")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), rows.value(QStringLiteral("cases")) + 1);
    if (engine == QLatin1String("sqlite")) {
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
    }
    // What an agreement records (reg 42): a period agreed in writing, 1 to
    // 366 days, and whether the council was not a party.
    QVERIFY2(query.exec(QStringLiteral("UPDATE meetings SET agreed_period_days = 28, council_not_party = 1")),
             qPrintable(query.lastError().text()));
    QVERIFY(!query.exec(QStringLiteral("UPDATE meetings SET agreed_period_days = 0")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE meetings SET council_not_party = 2")));
}

void TestMigrator::skippedStepIsRefused()
{
    // A database that recorded a later step without an earlier one (a
    // development build's step numbers) would silently lack what the earlier
    // step made: it is refused with the step named, and left as it was.
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open({.create = true, .migrate = false}));
    QSqlDatabase db = database.connection();
    CG_VERIFY_OK(Migrator(db).migrateTo(20));
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("DELETE FROM schema_version WHERE version = 19")));
    const StoreError error = Migrator(db).migrateTo(Migrator::latestVersion());
    QVERIFY(error);
    QVERIFY2(error.message().contains(QStringLiteral("19")), qPrintable(error.message()));
    QVERIFY(query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 20);
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
