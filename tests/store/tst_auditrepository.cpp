#include "CaseSeed.h"
#include "PlainSql.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "platform/PasswordHasher.h"
#include "store/access/AccountRepository.h"
#include "store/access/AuditRepository.h"
#include "store/access/AuditTriggers.h"
#include "store/access/SessionActor.h"
#include "store/access/UserRepository.h"
#include "store/infrastructure/Database.h"

#include <QSqlQuery>
#include <QTest>

// The audit trail on both engines: what row changes and events it records,
// that it keeps no secrets, and that it cannot be changed but by a redaction.
// Every name here is synthetic.
namespace {
const QDate kToday(2026, 11, 23);
const QDateTime kNine(kToday, QTime(9, 0), Qt::UTC);
const QString kGood = QStringLiteral("heron lantern quarry");

using PlainSql::exec;
using PlainSql::scalar;
// The acting user, a supervisor (who may both change cases and read the
// trail): on SQLite signed in on the connection, made by the first
// administrator; on PostgreSQL the users row of the login.
User signInSupervisor(QSqlDatabase db, bool sqlite)
{
    User supervisor;
    supervisor.displayName = QStringLiteral("Priya Venn");
    supervisor.role = UserRole::Supervisor;
    if (sqlite) {
        User admin;
        admin.username = QStringLiteral("ada.okafor");
        admin.displayName = QStringLiteral("Ada Okafor");
        supervisor.username = QStringLiteral("priya.venn");
        AccountRepository accounts(db, PasswordHasher(PasswordHasher::minimum()));
        if (accounts.createFirstAdministrator(&admin, kGood, kNine) ||
            accounts.addUser(admin.id, &supervisor, kGood, kNine) || SessionActor::set(db, supervisor.id))
            supervisor.id = 0;
    } else {
        supervisor.username = scalar(db, QStringLiteral("SELECT session_user")).toString();
        if (UserRepository(db).add(&supervisor))
            supervisor.id = 0;
    }
    return supervisor;
}

QList<AuditEntry> entries(QSqlDatabase db, AuditFilter filter)
{
    QList<AuditEntry> list;
    if (StoreError error = AuditRepository(db).list(filter, &list))
        qWarning("%s", qPrintable(error.message()));
    return list;
}

AuditFilter about(const QString& table, qint64 id, const QString& action = {})
{
    AuditFilter filter;
    filter.table = table;
    filter.recordId = QString::number(id);
    filter.action = action;
    return filter;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}
} // namespace

class TestAuditRepository : public QObject
{
    Q_OBJECT

private slots:
    void rowChangesNameTheActor_data() { TestDatabase::addEngineRows(); }
    void rowChangesNameTheActor();
    void secretsAreNeverKept_data() { TestDatabase::addEngineRows(); }
    void secretsAreNeverKept();
    void trailCannotBeChanged_data() { TestDatabase::addEngineRows(); }
    void trailCannotBeChanged();
    void redactionRemovesValuesOnly_data() { TestDatabase::addEngineRows(); }
    void redactionRemovesValuesOnly();
    void eventsAreRecorded_data() { TestDatabase::addEngineRows(); }
    void eventsAreRecorded();
    void listFilters_data() { TestDatabase::addEngineRows(); }
    void listFilters();
    void onlySupervisorsAndAdministratorsRead();
    void bothEnginesAuditTheSameTables_data() { TestDatabase::addEngineRows(); }
    void bothEnginesAuditTheSameTables();
    void everyConnectionAudits();
};

void TestAuditRepository::rowChangesNameTheActor()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    const User actor = signInSupervisor(db, test.isSqlite());
    QVERIFY(actor.id > 0);

    const qint64 council =
        CaseSeed::addCouncil(db, QStringLiteral("Westvale Council"), QStringLiteral("WVC"));
    QString why;
    const qint64 caseId = CaseSeed::addCase(
        db, CaseSeed::mediationReferral(council, QStringLiteral("Elowen"), QStringLiteral("Tarrant"), kToday),
        kToday, &why);
    QVERIFY2(caseId > 0, qPrintable(why));

    QList<AuditEntry> inserted =
        entries(db, about(QStringLiteral("cases"), caseId, QStringLiteral("insert")));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted[0].actorId, std::optional<qint64>(actor.id));
    QCOMPARE(inserted[0].actorName, actor.username);
    QVERIFY(inserted[0].field.isEmpty());
    QVERIFY(!inserted[0].oldValue);
    QVERIFY(inserted[0].newValue && inserted[0].newValue->contains(QStringLiteral("mediation")));
    QVERIFY(qAbs(inserted[0].at.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    QCOMPARE(inserted[0].at.timeSpec(), Qt::UTC);

    // (Making the referral already updated the case: its next deadline.)
    const int before = entries(db, about(QStringLiteral("cases"), caseId, QStringLiteral("update"))).size();
    QVERIFY(exec(db, QStringLiteral("UPDATE cases SET enquiry_channel = ? WHERE id = ?"),
                 {QStringLiteral("email"), caseId}));
    QList<AuditEntry> updated = entries(db, about(QStringLiteral("cases"), caseId, QStringLiteral("update")));
    QCOMPARE(updated.size(), before + 1); // one row per changed field, and only one field changed
    QCOMPARE(updated.constLast().field, QStringLiteral("enquiry_channel"));
    QCOMPARE(updated.constLast().newValue, std::optional<QString>(QStringLiteral("email")));
    QCOMPARE(updated.constLast().actorName, actor.username);
    // An update that changes nothing records nothing.
    QVERIFY(exec(db, QStringLiteral("UPDATE cases SET enquiry_channel = enquiry_channel WHERE id = ?"),
                 {caseId}));
    QCOMPARE(entries(db, about(QStringLiteral("cases"), caseId, QStringLiteral("update"))).size(),
             before + 1);

    // Composite keys are joined with '/'.
    QVERIFY(exec(db, QStringLiteral("INSERT INTO case_plan_sections (case_id, section) VALUES (?, 'F')"),
                 {caseId}));
    AuditFilter plan;
    plan.table = QStringLiteral("case_plan_sections");
    plan.recordId = QStringLiteral("%1/F").arg(caseId);
    QCOMPARE(entries(db, plan).size(), 1);

    QVERIFY(exec(db, QStringLiteral("DELETE FROM cases WHERE id = ?"), {caseId}));
    // The cascade is recorded too.
    plan.action = QStringLiteral("delete");
    QCOMPARE(entries(db, plan).size(), 1);
    QList<AuditEntry> deleted = entries(db, about(QStringLiteral("cases"), caseId, QStringLiteral("delete")));
    QCOMPARE(deleted.size(), 1);
    QVERIFY(deleted[0].oldValue && deleted[0].oldValue->contains(QStringLiteral("email")));
    QVERIFY(!deleted[0].newValue);
}

void TestAuditRepository::secretsAreNeverKept()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    const User actor = signInSupervisor(db, test.isSqlite());
    QVERIFY(actor.id > 0);
    AccountRepository accounts(db, PasswordHasher(PasswordHasher::minimum()));
    if (test.isSqlite()) {
        CG_VERIFY_OK(
            accounts.changeOwnPassword(actor.id, kGood, QStringLiteral("otter meadow lantern"), kNine));
        SignInResult result;
        // A refused password is an outcome, not an error: the call itself succeeds.
        CG_VERIFY_OK(accounts.signIn(actor.username, QStringLiteral("wrong password here"), kNine, &result));
    }
    const QString hash = QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$c2FsdA$secretsecretsecret");
    QVERIFY(exec(db, QStringLiteral("UPDATE users SET password_hash = ?, failed_attempts = 3 WHERE id = ?"),
                 {hash, actor.id}));
    User other;
    other.username = QStringLiteral("hana.castell");
    other.displayName = QStringLiteral("Hana Castell");
    CG_VERIFY_OK(UserRepository(db).add(&other));
    QVERIFY(exec(db, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {hash, other.id}));
    QVERIFY(exec(db, QStringLiteral("DELETE FROM users WHERE id = ?"), {other.id}));

    QCOMPARE(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE old_value LIKE '%argon2%' OR "
                                  "new_value LIKE '%argon2%' OR old_value LIKE '%password_hash%' OR "
                                  "new_value LIKE '%password_hash%' OR new_value LIKE '%failed_attempts%'"))
            .toInt(),
        0);
    // The change itself is on the record, its values withheld.
    AuditFilter filter = about(QStringLiteral("users"), actor.id, QStringLiteral("update"));
    bool sawHash = false;
    for (const AuditEntry& entry : entries(db, filter)) {
        if (entry.field != QLatin1String("password_hash"))
            continue;
        sawHash = true;
        QVERIFY(entry.redacted);
        QVERIFY(!entry.oldValue && !entry.newValue);
    }
    QVERIFY(sawHash);
    QCOMPARE(entries(db, about(QStringLiteral("users"), other.id, QStringLiteral("delete"))).size(), 1);
}

void TestAuditRepository::trailCannotBeChanged()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    QVERIFY(CaseSeed::addCouncil(db, QStringLiteral("Westvale Council"), QStringLiteral("WVC")) > 0);
    const qint64 id = scalar(db, QStringLiteral("SELECT MIN(id) FROM audit_log")).toLongLong();
    QVERIFY(id > 0);
    const int rows = scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();

    const QStringList refused = {
        QStringLiteral("UPDATE audit_log SET action = 'delete' WHERE id = ?"),
        QStringLiteral("UPDATE audit_log SET actor_name = 'somebody.else' WHERE id = ?"),
        QStringLiteral("UPDATE audit_log SET new_value = NULL WHERE id = ?"), // redacted left 0
        QStringLiteral("UPDATE audit_log SET redacted = 1 WHERE id = ?"),     // values left in place
        QStringLiteral("UPDATE audit_log SET new_value = NULL, redacted = 1, record_id = '99' WHERE id = ?"),
        QStringLiteral("DELETE FROM audit_log WHERE id = ?"),
    };
    for (const QString& sql : refused)
        QVERIFY2(!exec(db, sql, {id}), qPrintable(sql));
    QVERIFY(!exec(db, QStringLiteral("DELETE FROM audit_log")));
    if (!test.isSqlite()) {
        QVERIFY(!exec(db, QStringLiteral("TRUNCATE audit_log")));
        QVERIFY(!exec(db, QStringLiteral("SELECT cg_audit_record('insert', 'cases', '1', 'forged')")));
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), rows);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE redacted = 1")).toInt(), 0);

    // The redaction shape alone is allowed, once.
    QVERIFY(exec(
        db,
        QStringLiteral("UPDATE audit_log SET old_value = NULL, new_value = NULL, redacted = 1 WHERE id = ?"),
        {id}));
    QVERIFY(!exec(
        db,
        QStringLiteral("UPDATE audit_log SET old_value = NULL, new_value = NULL, redacted = 1 WHERE id = ?"),
        {id}));
    QVERIFY(!exec(db, QStringLiteral("UPDATE audit_log SET new_value = 'back' WHERE id = ?"), {id}));
}

void TestAuditRepository::redactionRemovesValuesOnly()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    const User actor = signInSupervisor(db, test.isSqlite());
    QVERIFY(actor.id > 0);
    const qint64 council =
        CaseSeed::addCouncil(db, QStringLiteral("Westvale Council"), QStringLiteral("WVC"));
    const qint64 kept = CaseSeed::addCase(
        db, CaseSeed::mediationReferral(council, QStringLiteral("Ada"), QStringLiteral("Quill"), kToday),
        kToday);
    const qint64 gone = CaseSeed::addCase(
        db, CaseSeed::mediationReferral(council, QStringLiteral("Elowen"), QStringLiteral("Tarrant"), kToday),
        kToday);
    QVERIFY(kept > 0 && gone > 0);
    const qint64 child =
        scalar(db, QStringLiteral("SELECT child_id FROM cases WHERE id = ?"), {gone}).toLongLong();
    QVERIFY(exec(db,
                 QStringLiteral(
                     "UPDATE people SET given_name = 'Anonymised', family_name = 'Anonymised' WHERE id = ?"),
                 {child}));
    // Redaction is for an anonymised case (on PostgreSQL, schema 12 checks).
    QVERIFY(exec(db, QStringLiteral("UPDATE cases SET anonymised_at = ? WHERE id = ?"),
                 {QDateTime::currentDateTimeUtc(), gone}));
    QVERIFY(exec(db, QStringLiteral("UPDATE cases SET enquiry_channel = 'email' WHERE id = ?"), {gone}));

    const QString countTarrant = QStringLiteral(
        "SELECT COUNT(*) FROM audit_log WHERE old_value LIKE '%Tarrant%' OR new_value LIKE '%Tarrant%'");
    QVERIFY(scalar(db, countTarrant).toInt() > 0);
    const int beforeRows = entries(db, about(QStringLiteral("people"), child)).size();
    AuditRepository audit(db);
    CG_VERIFY_OK(audit.redact(QStringLiteral("people"), QList<qint64>{child}));
    CG_VERIFY_OK(audit.redact(QStringLiteral("cases"), QList<qint64>{gone}));
    CG_VERIFY_OK(audit.redact(QStringLiteral("cases"), QList<qint64>{})); // nothing to do

    // The parent's row (also named Tarrant) is another record, not redacted here.
    const qint64 parent =
        scalar(db, QStringLiteral("SELECT parent_id FROM cases WHERE id = ?"), {gone}).toLongLong();
    CG_VERIFY_OK(audit.redact(QStringLiteral("people"), QList<qint64>{parent}));
    // So is the parent's invitee row, made at intake with their name.
    const qint64 parentInvitee =
        scalar(db, QStringLiteral("SELECT id FROM invitees WHERE case_id = ?"), {gone}).toLongLong();
    QVERIFY(parentInvitee > 0);
    QVERIFY(scalar(db, countTarrant).toInt() > 0);
    CG_VERIFY_OK(audit.redact(QStringLiteral("invitees"), QList<qint64>{parentInvitee}));
    QCOMPARE(scalar(db, countTarrant).toInt(), 0);

    const QList<AuditEntry> childRows = entries(db, about(QStringLiteral("people"), child));
    QCOMPARE(childRows.size(), beforeRows + 1);
    for (const AuditEntry& entry : childRows) {
        if (entry.action == QLatin1String("anonymise")) {
            QCOMPARE(entry.actorName, actor.username);
            continue;
        }
        QVERIFY(entry.redacted);
        QVERIFY(!entry.oldValue && !entry.newValue);
    }
    // Who changed which field and when stay.
    const QList<AuditEntry> caseRows =
        entries(db, about(QStringLiteral("cases"), gone, QStringLiteral("update")));
    QVERIFY(!caseRows.isEmpty());
    QCOMPARE(caseRows.constLast().field, QStringLiteral("enquiry_channel"));
    QCOMPARE(caseRows.constLast().actorName, actor.username);
    QVERIFY(caseRows.constLast().redacted && !caseRows.constLast().newValue);
    // The other case keeps its values.
    const QList<AuditEntry> keptRows =
        entries(db, about(QStringLiteral("cases"), kept, QStringLiteral("insert")));
    QCOMPARE(keptRows.size(), 1);
    QVERIFY(!keptRows[0].redacted && keptRows[0].newValue);
}

void TestAuditRepository::eventsAreRecorded()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    const User actor = signInSupervisor(db, test.isSqlite());
    QVERIFY(actor.id > 0);
    AuditRepository audit(db);
    CG_VERIFY_OK(audit.recordCaseOpened(41));
    CG_VERIFY_OK(audit.recordCertificatePrinted(7, QStringLiteral("CG-2026-000007")));
    CG_VERIFY_OK(audit.recordCertificateExported(7, QStringLiteral("CG-2026-000007")));
    QCOMPARE(audit.record(QStringLiteral("insert"), QStringLiteral("cases"), QStringLiteral("1")).kind(),
             StoreError::Kind::Invalid);

    const QList<AuditEntry> opened = entries(db, about(QStringLiteral("cases"), 41, QStringLiteral("open")));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened[0].actorId, std::optional<qint64>(actor.id));
    QCOMPARE(opened[0].actorName, actor.username);
    const QList<AuditEntry> exported =
        entries(db, about(QStringLiteral("certificates"), 7, QStringLiteral("export")));
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported[0].newValue, std::optional<QString>(QStringLiteral("CG-2026-000007")));
    QCOMPARE(entries(db, about(QStringLiteral("certificates"), 7)).size(), 2); // printed and exported
}

void TestAuditRepository::listFilters()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    const User actor = signInSupervisor(db, test.isSqlite());
    QVERIFY(actor.id > 0);
    AuditRepository audit(db);
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
    CG_VERIFY_OK(audit.recordCaseOpened(1));
    CG_VERIFY_OK(audit.recordCaseOpened(2));
    CG_VERIFY_OK(audit.recordCertificateExported(3, QStringLiteral("CG-2026-000003")));

    AuditFilter all;
    const QList<AuditEntry> everything = entries(db, all);
    QVERIFY(everything.size() >= 3);
    for (qsizetype i = 1; i < everything.size(); ++i)
        QVERIFY(everything[i - 1].id < everything[i].id);

    AuditFilter opens;
    opens.action = QStringLiteral("open");
    QCOMPARE(entries(db, opens).size(), 2);
    opens.newestFirst = true;
    opens.limit = 1;
    QCOMPARE(entries(db, opens).constFirst().recordId, QStringLiteral("2"));

    AuditFilter text;
    text.text = QStringLiteral("cg-2026");
    QCOMPARE(entries(db, text).size(), 1);

    AuditFilter byUser;
    byUser.actorName = actor.username;
    // (On SQLite the administrator made the supervisor's account.)
    const auto byAdmin = std::count_if(everything.cbegin(), everything.cend(),
                                       [&](const AuditEntry& e) { return e.actorName == actor.username; });
    QVERIFY(byAdmin >= 3);
    QCOMPARE(entries(db, byUser).size(), byAdmin);
    byUser.actorName = QStringLiteral("nobody.here");
    QVERIFY(entries(db, byUser).isEmpty());

    AuditFilter window;
    window.from = start;
    window.action = QStringLiteral("open");
    QCOMPARE(entries(db, window).size(), 2);
    window.from = start.addDays(1);
    QVERIFY(entries(db, window).isEmpty());
    window.from = QDateTime();
    window.to = start;
    QVERIFY(entries(db, window).isEmpty());
}

void TestAuditRepository::onlySupervisorsAndAdministratorsRead()
{
    TestDatabase test(QStringLiteral("sqlite"));
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    const User actor = signInSupervisor(db, true);
    QVERIFY(actor.id > 0);
    User caseworker;
    caseworker.username = QStringLiteral("hana.castell");
    caseworker.displayName = QStringLiteral("Hana Castell");
    caseworker.role = UserRole::Caseworker;
    const qint64 administrator =
        scalar(db, QStringLiteral("SELECT id FROM users WHERE role = 'administrator'")).toLongLong();
    CG_VERIFY_OK(SessionActor::set(db, administrator));
    CG_VERIFY_OK(AccountRepository(db, PasswordHasher(PasswordHasher::minimum()))
                     .addUser(administrator, &caseworker, QStringLiteral("otter meadow lantern"), kNine));
    CG_VERIFY_OK(SessionActor::set(db, caseworker.id));
    QList<AuditEntry> list;
    QCOMPARE(AuditRepository(db).list(AuditFilter(), &list).kind(), StoreError::Kind::Forbidden);
    QVERIFY(list.isEmpty());
    // Recording an event needs no permission: everybody's actions are recorded.
    CG_VERIFY_OK(AuditRepository(db).recordCaseOpened(5));
    CG_VERIFY_OK(SessionActor::set(db, actor.id));
    const QList<AuditEntry> opened = entries(db, about(QStringLiteral("cases"), 5, QStringLiteral("open")));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened[0].actorName, QStringLiteral("hana.castell"));
}

void TestAuditRepository::bothEnginesAuditTheSameTables()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    QSqlQuery query(db);
    QStringList audited;
    QStringList tables;
    if (test.isSqlite()) {
        QVERIFY(query.exec(
            QStringLiteral("SELECT DISTINCT tbl_name FROM sqlite_temp_master WHERE type = 'trigger' "
                           "AND name LIKE 'audit_%'")));
        while (query.next())
            audited << query.value(0).toString();
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
    } else {
        QVERIFY(query.exec(
            QStringLiteral("SELECT DISTINCT event_object_table FROM information_schema.triggers "
                           "WHERE trigger_name = 'audit_row' AND trigger_schema = current_schema()")));
        while (query.next())
            audited << query.value(0).toString();
        QVERIFY(
            query.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                      "current_schema() AND table_type = 'BASE TABLE'")));
    }
    while (query.next())
        tables << query.value(0).toString();
    QCOMPARE(sorted(audited), sorted(AuditTriggers::auditedTables()));
    // A new table is either audited or deliberately left out.
    for (const QString& table : tables)
        QVERIFY2(AuditTriggers::auditedTables().contains(table) || AuditTriggers::isUnaudited(table),
                 qPrintable(table + QStringLiteral(" is neither audited nor listed as unaudited")));
}

void TestAuditRepository::everyConnectionAudits()
{
    // TEMP triggers die with their connection: a second connection makes its own.
    TestDatabase test(QStringLiteral("sqlite"));
    Database first(test.settings());
    CG_VERIFY_OK(first.open());
    Database second(test.settings());
    CG_VERIFY_OK(second.open());
    QVERIFY(CaseSeed::addCouncil(second.connection(), QStringLiteral("Eastvale Council"),
                                 QStringLiteral("EVC")) > 0);
    first.close();
    CG_VERIFY_OK(first.open()); // installing again replaces, and does not duplicate
    QVERIFY(CaseSeed::addCouncil(first.connection(), QStringLiteral("Northvale Council"),
                                 QStringLiteral("NVC")) > 0);
    QCOMPARE(scalar(first.connection(),
                    QStringLiteral(
                        "SELECT COUNT(*) FROM audit_log WHERE table_name = 'councils' AND action = 'insert'"))
                 .toInt(),
             2);
}

QTEST_GUILESS_MAIN(TestAuditRepository)
#include "tst_auditrepository.moc"
