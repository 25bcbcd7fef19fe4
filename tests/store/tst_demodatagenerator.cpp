#include "AuditChainCheck.h"
#include "PlainSql.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "demo/DemoDataGenerator.h"
#include "store/access/SessionActor.h"
#include "store/cases/CaseRepository.h"
#include "store/directory/InviteeRepository.h"
#include "store/infrastructure/Database.h"
#include "store/meetings/MeetingRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace {
const QDate kToday(2026, 11, 23);
} // namespace

class TestDemoDataGenerator : public QObject
{
    Q_OBJECT

private slots:
    void generateRefusesADatabaseWithCases_data() { TestDatabase::addEngineRows(); }
    void generateRefusesADatabaseWithCases();
    void generateIfEmptyFillsOnlyAnEmptyDatabase_data() { TestDatabase::addEngineRows(); }
    void generateIfEmptyFillsOnlyAnEmptyDatabase();
    void negativeCountIsRefused();
    void nothingIsRecordedLaterThanNow();
    void bulkRowsReadBackThroughTheRepositories();
    void failedLoadKeepsOnlyWholeBatches_data() { TestDatabase::addEngineRows(); }
    void failedLoadKeepsOnlyWholeBatches();
};

void TestDemoDataGenerator::generateRefusesADatabaseWithCases()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    DemoDataGenerator generator(database.connection(), BankHolidayCalendar::shipped(), 3);
    CG_VERIFY_OK(generator.generate(20, kToday));
    QCOMPARE(PlainSql::rowCount(database.connection(), "cases"), 20);
    // Demo data never mixes with cases already there.
    const StoreError error = generator.generate(5, kToday);
    QVERIFY(error);
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    QVERIFY(error.message().contains(QLatin1String("already holds cases")));
    QCOMPARE(PlainSql::rowCount(database.connection(), "cases"), 20);
}

// A stage moved today is stamped 10:30 at the latest, never after the moment
// the demo was made (before, a demo made at 08:00 had moves at 10:30 to come).
void TestDemoDataGenerator::nothingIsRecordedLaterThanNow()
{
    TestDatabase test("sqlite");
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    const QDate today = QDate::currentDate();
    CG_VERIFY_OK(
        DemoDataGenerator(database.connection(), BankHolidayCalendar::shipped(), 5).generate(300, today));
    const QDateTime made = QDateTime::currentDateTimeUtc();
    QSqlQuery query(database.connection());
    QVERIFY(query.exec("SELECT occurred_at FROM activities WHERE kind = 'stage_change'"));
    int movedToday = 0;
    while (query.next()) {
        const QDateTime at = query.value(0).toDateTime();
        QVERIFY2(at.isValid() && at <= made, qPrintable(query.value(0).toString()));
        movedToday += at.toUTC().date() == today ? 1 : 0;
    }
    QVERIFY(movedToday > 0); // the case this test is about happened
}

void TestDemoDataGenerator::generateIfEmptyFillsOnlyAnEmptyDatabase()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    DemoDataGenerator generator(database.connection(), BankHolidayCalendar::shipped(), 5);
    bool generated = false;
    CG_VERIFY_OK(generator.generateIfEmpty(12, kToday, &generated));
    QVERIFY(generated);
    QCOMPARE(PlainSql::rowCount(database.connection(), "cases"), 12);
    // The second start of `commonground --demo` opens the database as it was left.
    CG_VERIFY_OK(generator.generateIfEmpty(12, kToday, &generated));
    QVERIFY(!generated);
    QCOMPARE(PlainSql::rowCount(database.connection(), "cases"), 12);
}

// The generator writes in bulk, not through the repositories (a million
// cases one repository call at a time would take hours). This keeps that
// path from drifting from the schema and the rules: every case it makes
// loads through the repositories with its meetings and invitees, and
// recomputing every next deadline by the rules changes nothing it stored.
// SQLite only, like the demo database itself (`demo-data` refuses PostgreSQL).
void TestDemoDataGenerator::bulkRowsReadBackThroughTheRepositories()
{
    TestDatabase test(QStringLiteral("sqlite"));
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    CG_VERIFY_OK(DemoDataGenerator(db, BankHolidayCalendar::shipped(), 11).generate(150, kToday));

    const auto deadlines = [&db] {
        QStringList rows;
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT id, stage, next_deadline, next_deadline_kind FROM cases "
                                       "ORDER BY id")))
            return QStringList{query.lastError().text()};
        while (query.next())
            rows << QStringLiteral("%1 %2 %3 %4")
                        .arg(query.value(0).toString(), query.value(1).toString(),
                             query.value(2).toDate().toString(Qt::ISODate), query.value(3).toString());
        return rows;
    };
    const QStringList stored = deadlines();
    QCOMPARE(stored.size(), 150);
    // Read as the demo's supervisor, who may see every case.
    QSqlQuery supervisor(db);
    QVERIFY(supervisor.exec(QStringLiteral("SELECT id FROM users WHERE username = '%1'")
                                .arg(QLatin1String(DemoDataGenerator::kDemoSupervisor))));
    QVERIFY(supervisor.next());
    CG_VERIFY_OK(SessionActor::set(db, supervisor.value(0).toLongLong()));

    CaseRepository cases(db, BankHolidayCalendar::shipped());
    MeetingRepository meetings(db, BankHolidayCalendar::shipped());
    InviteeRepository invitees(db);
    int meetingsRead = 0;
    int inviteesRead = 0;
    for (const QString& row : stored) {
        const qint64 id = row.section(QLatin1Char(' '), 0, 0).toLongLong();
        CaseDetails details;
        CG_VERIFY_OK(cases.load(id, &details));
        QCOMPARE(caseStageToString(details.stage), row.section(QLatin1Char(' '), 1, 1));
        QList<Meeting> caseMeetings;
        CG_VERIFY_OK(meetings.listForCase(id, &caseMeetings));
        meetingsRead += caseMeetings.size();
        QList<Invitee> caseInvitees;
        CG_VERIFY_OK(invitees.listForCase(id, &caseInvitees));
        inviteesRead += caseInvitees.size();
    }
    QVERIFY(meetingsRead > 0);
    QVERIFY(inviteesRead > 0);

    CG_VERIFY_OK(cases.refreshAllNextDeadlines());
    const QStringList recomputed = deadlines();
    for (int i = 0; i < stored.size(); ++i)
        QCOMPARE(recomputed.at(i), stored.at(i));
}

void TestDemoDataGenerator::negativeCountIsRefused()
{
    TestDatabase test(QStringLiteral("sqlite"));
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    const StoreError error =
        DemoDataGenerator(database.connection(), BankHolidayCalendar::shipped()).generate(-1, kToday);
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    QCOMPARE(PlainSql::rowCount(database.connection(), "cases"), 0);
}

namespace {
// What a demo load wrote, as text to compare: the cases with their stage and
// next deadline, the reference counters, and what each case's rows add up to.
QStringList contentOf(QSqlDatabase db)
{
    QStringList rows;
    const auto read = [&](const QString& sql) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            rows << QStringLiteral("error: ") + query.lastError().text();
            return;
        }
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << query.value(i).toString();
            rows << values.join(QLatin1Char('|'));
        }
    };
    read(QStringLiteral("SELECT reference, stage, next_deadline, child_id, parent_id, mediator_id FROM cases "
                        "ORDER BY id"));
    read(QStringLiteral("SELECT name, value FROM counters ORDER BY name"));
    read(QStringLiteral("SELECT (SELECT COUNT(*) FROM people), (SELECT COUNT(*) FROM activities), "
                        "(SELECT COUNT(*) FROM case_plan_sections), (SELECT COUNT(*) FROM meetings), "
                        "(SELECT COUNT(*) FROM meeting_mediators), (SELECT COUNT(*) FROM meeting_invitees), "
                        "(SELECT COUNT(*) FROM case_search), (SELECT COUNT(*) FROM users)"));
    read(QStringLiteral("SELECT case_id, role, display_name FROM invitees ORDER BY id"));
    return rows;
}
} // namespace

// A load commits a batch at a time. One that fails partway (here at the
// 95th case, in the third batch of 40) keeps the two batches before it,
// each whole: exactly what a load of their 80 cases makes, with every
// reference counter, invitee and search entry, and the trail in order.
void TestDemoDataGenerator::failedLoadKeepsOnlyWholeBatches()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    QString why;
    if (test.isSqlite()) {
        QVERIFY2(
            PlainSql::exec(db,
                           QStringLiteral("CREATE TEMP TRIGGER fail_partway AFTER INSERT ON main.cases "
                                          "WHEN NEW.id = 95 BEGIN SELECT RAISE(ABORT, 'disk full'); END"),
                           {}, &why),
            qPrintable(why));
    } else {
        // DDL, which PostgreSQL does not prepare: run as it stands.
        QSqlQuery ddl(db);
        QVERIFY2(ddl.exec(QStringLiteral("CREATE FUNCTION fail_partway() RETURNS trigger LANGUAGE plpgsql AS "
                                         "'BEGIN IF NEW.id = 95 THEN RAISE EXCEPTION ''disk full''; END IF; "
                                         "RETURN NEW; END'")),
                 qPrintable(ddl.lastError().text()));
        QVERIFY2(ddl.exec(QStringLiteral("CREATE TRIGGER fail_partway AFTER INSERT ON cases FOR EACH ROW "
                                         "EXECUTE FUNCTION fail_partway()")),
                 qPrintable(ddl.lastError().text()));
    }
    DemoDataGenerator failing(db, BankHolidayCalendar::shipped(), 5);
    failing.setBatchSize(40);
    const StoreError error = failing.generate(150, kToday);
    QVERIFY(error);
    QVERIFY2(error.message().contains(QLatin1String("disk full")), qPrintable(error.message()));
    QCOMPARE(PlainSql::rowCount(db, "cases"), 80);

    // The same seed, 80 cases, nothing failing: the same content.
    TestDatabase wholeTest(engine);
    Database whole(wholeTest.settings());
    CG_VERIFY_OK(whole.open());
    DemoDataGenerator generator(whole.connection(), BankHolidayCalendar::shipped(), 5);
    generator.setBatchSize(40);
    CG_VERIFY_OK(generator.generate(80, kToday));
    const QStringList expected = contentOf(whole.connection());
    QVERIFY(expected.size() > 80);
    QCOMPARE(contentOf(db), expected);

    // Nothing points nowhere, and the trail records the two batches, sealed in order.
    if (test.isSqlite()) {
        QSqlQuery check(db);
        QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY2(!check.next(), "a row points to one that is not there");
        QCOMPARE(PlainSql::scalar(db, QStringLiteral("SELECT SUM(json_extract(new_value, '$.rows')) FROM "
                                                     "audit_log WHERE action = 'bulk_insert' AND "
                                                     "table_name = 'cases'"))
                     .toInt(),
                 80);
        CG_VERIFY_AUDIT_CHAIN(db);
        // After the load, this connection audits each insert again.
        QCOMPARE(PlainSql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_temp_master WHERE "
                                                     "name = 'audit_insert_cases'"))
                     .toInt(),
                 1);
    }
}

QTEST_GUILESS_MAIN(TestDemoDataGenerator)
#include "tst_demodatagenerator.moc"
