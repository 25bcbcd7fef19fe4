// PostgreSQL's grants and row-level security (schema 10): a person who
// connects with psql under their own login can do no more than in the
// program. Each test makes login roles of its own, connects as them and
// tries what a psql user would, in plain SQL, then drops the roles.
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "rules/BankHolidayCalendar.h"
#include "store/access/AccountRepository.h"
#include "store/access/AuditRepository.h"
#include "store/cases/CaseListQuery.h"
#include "store/cases/CaseRepository.h"
#include "store/infrastructure/Database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <memory>

namespace {
const QDate kToday(2026, 11, 23);

struct Outcome
{
    bool ok = false;
    int rows = 0;
    StoreError error;
};

Outcome run(QSqlDatabase db, const QString& sql)
{
    QSqlQuery query(db);
    Outcome outcome;
    outcome.ok = query.exec(sql);
    if (!outcome.ok) {
        outcome.error = StoreError::fromSql(query.lastError(), QStringLiteral("as a psql user"));
        return outcome;
    }
    outcome.rows = query.isSelect() ? 0 : query.numRowsAffected();
    return outcome;
}

QStringList column(QSqlDatabase db, const QString& sql)
{
    QStringList values;
    QSqlQuery query(db);
    if (!query.exec(sql))
        return {QStringLiteral("error: ") + query.lastError().text()};
    while (query.next())
        values << query.value(0).toString();
    return values;
}

// A migrated test database and login roles made for one test (dropped at
// the end: roles belong to the whole server, so the names are unique).
class Office
{
public:
    Office() : m_test(QStringLiteral("postgres")) {}
    ~Office()
    {
        m_logins.clear();
        if (m_owner && m_owner->isOpen()) {
            // A closed connection's server process may still be ending.
            QSqlQuery query(m_owner->connection());
            for (const QString& role : std::as_const(m_roles)) {
                for (int attempt = 0; attempt < 20; ++attempt) {
                    if (query.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role)))
                        break;
                    QThread::msleep(100);
                }
            }
        }
    }

    TestDatabase& test() { return m_test; }

    // Migrates as the server's superuser (the owner here).
    QString open()
    {
        m_owner = std::make_unique<Database>(m_test.settings());
        const StoreError error = m_owner->open();
        return error ? error.message() : QString();
    }
    QSqlDatabase owner() const { return m_owner->connection(); }

    // A login role named after `suffix`, unique to this run.
    QString makeLogin(const QString& suffix)
    {
        static QAtomicInteger<int> counter;
        const QString role = QStringLiteral("cg_rls_%1_%2_%3")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(counter.fetchAndAddRelaxed(1))
                                 .arg(suffix);
        QSqlQuery query(owner());
        if (!query.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(role)))
            return {};
        m_roles << role;
        return role;
    }

    // A users row for `login`; returns its id (0 on failure).
    qint64 addUser(const QString& login, const QString& role, bool active = true)
    {
        QSqlQuery query(owner());
        query.prepare(QStringLiteral("INSERT INTO users (username, display_name, role, active, created_at) "
                                     "VALUES (?, ?, ?, ?, now()) RETURNING id"));
        query.addBindValue(login);
        query.addBindValue(login);
        query.addBindValue(role);
        query.addBindValue(active ? 1 : 0);
        if (!query.exec() || !query.next())
            return 0;
        return query.value(0).toLongLong();
    }

    // Connects as `login` the way the programs do.
    Database* connectAs(const QString& login, StoreError* error)
    {
        const ConnectionSettings& server = m_test.settings();
        auto database = std::make_unique<Database>(
            ConnectionSettings::postgres(server.host(), server.port(), server.databaseName(), login));
        *error = database->open();
        m_logins.push_back(std::move(database));
        return m_logins.back().get();
    }

private:
    TestDatabase m_test;
    std::unique_ptr<Database> m_owner;
    std::vector<std::unique_ptr<Database>> m_logins;
    QStringList m_roles;
};

// Two cases: MED-1 assigned to `mediatorId` (as its mediator), DR-2 not.
QString addCases(QSqlDatabase owner, qint64 caseworkerId, qint64 mediatorId)
{
    QSqlQuery query(owner);
    const QStringList statements = {
        QStringLiteral(
            "INSERT INTO councils (id, name, code, created_at) VALUES (1, 'Fenmarsh Council', 'FMC', now())"),
        QStringLiteral("INSERT INTO people (id, given_name, family_name, created_at) VALUES "
                       "(1, 'Ada', 'Rook', now()), (2, 'Bel', 'Stroud', now())"),
        QStringLiteral("INSERT INTO cases (id, reference, council_id, route, stage, child_id, referrer_kind, "
                       "disagreement_subject, enquiry_date, enquiry_channel, caseworker_id, mediator_id, "
                       "created_at, updated_at) VALUES "
                       "(1, 'MED-1', 1, 'disagreement_resolution', 'enquiry', 1, 'parent', 'Transport', "
                       "'2026-11-02', 'phone', %1, %2, now(), now()), "
                       "(2, 'DR-2', 1, 'disagreement_resolution', 'enquiry', 2, 'parent', 'Therapy', "
                       "'2026-11-03', 'phone', %1, NULL, now(), now())")
            .arg(caseworkerId)
            .arg(mediatorId),
        QStringLiteral("INSERT INTO activities (case_id, occurred_at, kind, summary, created_at) VALUES "
                       "(1, now(), 'note', 'First call', now()), (2, now(), 'note', 'Second call', now())"),
        QStringLiteral("SELECT setval(pg_get_serial_sequence('cases', 'id'), 10)"),
        QStringLiteral("SELECT setval(pg_get_serial_sequence('people', 'id'), 10)"),
    };
    for (const QString& statement : statements) {
        if (!query.exec(statement))
            return query.lastError().text() + QStringLiteral(" in ") + statement;
    }
    return {};
}

QString certificateInsert()
{
    return QStringLiteral("INSERT INTO certificates (part, case_id, trigger_date, issuer_name, created_at) "
                          "VALUES (1, 1, '2026-11-20', 'A. Person', now())");
}
} // namespace

#define CG_OPEN_OFFICE(office)                                                                               \
    CG_REQUIRE_ENGINE((office).test());                                                                      \
    {                                                                                                        \
        const QString openError = (office).open();                                                           \
        QVERIFY2(openError.isEmpty(), qPrintable(openError));                                                \
    }

#define CG_CONNECT(variable, office, login)                                                                  \
    StoreError variable##Error;                                                                              \
    Database* variable = (office).connectAs(login, &variable##Error);                                        \
    QVERIFY2(variable##Error.ok(), qPrintable(variable##Error.message()))

class TestRowSecurity : public QObject
{
    Q_OBJECT

private slots:
    void onlySupervisorsWriteCertificates();
    void mediatorSeesOnlyAssignedCases();
    void onlyAdministratorsChangeUsersAndSettings();
    void loginWithoutUserSeesNothing();
    void firstLoginMayBecomeAdministratorOnce();
    void repositoriesWorkForACaseworker();
    void onlyTheOwnerUpgrades();
    void auditTrailIsForSupervisorsAndAdministrators();
    void redactionOnlyForAnonymisedCases();
    void auditEventsNeedAUser();
    void passwordHashesAreTheOwnersOnly();
};

void TestRowSecurity::onlySupervisorsWriteCertificates()
{
    Office office;
    CG_OPEN_OFFICE(office);
    const QString caseworker = office.makeLogin(QStringLiteral("cw"));
    const QString supervisor = office.makeLogin(QStringLiteral("sup"));
    const QString administrator = office.makeLogin(QStringLiteral("adm"));
    const qint64 caseworkerId = office.addUser(caseworker, QStringLiteral("caseworker"));
    QVERIFY(office.addUser(supervisor, QStringLiteral("supervisor")) > 0);
    QVERIFY(office.addUser(administrator, QStringLiteral("administrator")) > 0);
    const QString setup = addCases(office.owner(), caseworkerId, caseworkerId);
    QVERIFY2(setup.isEmpty(), qPrintable(setup));

    CG_CONNECT(asCaseworker, office, caseworker);
    Outcome refused = run(asCaseworker->connection(), certificateInsert());
    QVERIFY(!refused.ok);
    QCOMPARE(refused.error.kind(), StoreError::Kind::Forbidden);
    // Administrators read every case but sign no certificate.
    CG_CONNECT(asAdministrator, office, administrator);
    refused = run(asAdministrator->connection(), certificateInsert());
    QVERIFY(!refused.ok);
    QCOMPARE(refused.error.kind(), StoreError::Kind::Forbidden);

    CG_CONNECT(asSupervisor, office, supervisor);
    const Outcome drafted = run(asSupervisor->connection(), certificateInsert());
    QVERIFY2(drafted.ok, qPrintable(drafted.error.message()));
    // The caseworker sees the draft with the case, but can neither change nor delete it.
    QCOMPARE(column(asCaseworker->connection(), QStringLiteral("SELECT COUNT(*) FROM certificates")),
             QStringList{QStringLiteral("1")});
    QCOMPARE(
        run(asCaseworker->connection(), QStringLiteral("UPDATE certificates SET issuer_name = 'Me'")).rows,
        0);
    QCOMPARE(run(asCaseworker->connection(), QStringLiteral("DELETE FROM certificates")).rows, 0);
    QCOMPARE(column(office.owner(), QStringLiteral("SELECT issuer_name FROM certificates")),
             QStringList{QStringLiteral("A. Person")});
    QCOMPARE(run(asSupervisor->connection(), QStringLiteral("DELETE FROM certificates")).rows, 1);
}

void TestRowSecurity::auditTrailIsForSupervisorsAndAdministrators()
{
    Office office;
    CG_OPEN_OFFICE(office);
    const QString caseworker = office.makeLogin(QStringLiteral("cw"));
    const QString supervisor = office.makeLogin(QStringLiteral("sup"));
    const QString administrator = office.makeLogin(QStringLiteral("adm"));
    const qint64 caseworkerId = office.addUser(caseworker, QStringLiteral("caseworker"));
    QVERIFY(office.addUser(supervisor, QStringLiteral("supervisor")) > 0);
    QVERIFY(office.addUser(administrator, QStringLiteral("administrator")) > 0);
    const QString setup = addCases(office.owner(), caseworkerId, caseworkerId);
    QVERIFY2(setup.isEmpty(), qPrintable(setup));
    const QString all = QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'cases'");
    QCOMPARE(column(office.owner(), all), QStringList{QStringLiteral("2")});

    // A caseworker neither reads the trail nor writes or redacts it.
    CG_CONNECT(asCaseworker, office, caseworker);
    QCOMPARE(column(asCaseworker->connection(), all), QStringList{QStringLiteral("0")});
    Outcome refused =
        run(asCaseworker->connection(),
            QStringLiteral("INSERT INTO audit_log (action, table_name) VALUES ('insert', 'cases')"));
    QVERIFY(!refused.ok);
    QCOMPARE(refused.error.kind(), StoreError::Kind::Forbidden);
    refused = run(asCaseworker->connection(), QStringLiteral("SELECT cg_audit_redact('cases', ARRAY['1'])"));
    QVERIFY(!refused.ok);
    QCOMPARE(refused.error.kind(), StoreError::Kind::Forbidden);
    QList<AuditEntry> entries;
    QCOMPARE(AuditRepository(asCaseworker->connection()).list({}, &entries).kind(),
             StoreError::Kind::Forbidden);

    // Administrators read it, and cannot change it or redact it.
    CG_CONNECT(asAdministrator, office, administrator);
    QCOMPARE(column(asAdministrator->connection(), all), QStringList{QStringLiteral("2")});
    QVERIFY(!run(asAdministrator->connection(), QStringLiteral("UPDATE audit_log SET actor_name = 'x'")).ok);
    QVERIFY(!run(asAdministrator->connection(), QStringLiteral("DELETE FROM audit_log")).ok);
    QVERIFY(!run(asAdministrator->connection(), QStringLiteral("SELECT cg_audit_redact('cases', ARRAY['1'])"))
                 .ok);

    // Supervisors read it through the program and redact for anonymisation.
    CG_CONNECT(asSupervisor, office, supervisor);
    AuditFilter aboutCases;
    aboutCases.table = QStringLiteral("cases");
    StoreError error = AuditRepository(asSupervisor->connection()).list(aboutCases, &entries);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QCOMPARE(entries.size(), 2);
    // Schema 12: only once the case is anonymised (see redactionOnlyForAnonymisedCases).
    QVERIFY(run(office.owner(), QStringLiteral("UPDATE cases SET anonymised_at = now() WHERE id = 1")).ok);
    error = AuditRepository(asSupervisor->connection()).redact(QStringLiteral("cases"), QList<qint64>{1});
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QCOMPARE(
        column(office.owner(),
               QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'cases' AND record_id = '1' "
                              "AND action = 'insert' AND redacted = 1 AND new_value IS NULL")),
        QStringList{QStringLiteral("1")});
    QCOMPARE(
        column(office.owner(), QStringLiteral("SELECT actor_name FROM audit_log WHERE action = 'anonymise'")),
        QStringList{supervisor});
}

void TestRowSecurity::redactionOnlyForAnonymisedCases()
{
    // Before schema 12 any supervisor could erase the history of any record
    // with cg_audit_redact, which PUBLIC may execute.
    Office office;
    CG_OPEN_OFFICE(office);
    const QString supervisor = office.makeLogin(QStringLiteral("sup"));
    const qint64 supervisorId = office.addUser(supervisor, QStringLiteral("supervisor"));
    QVERIFY(supervisorId > 0);
    QVERIFY(office.addUser(office.makeLogin(QStringLiteral("adm")), QStringLiteral("administrator")) > 0);
    const QString setup = addCases(office.owner(), supervisorId, supervisorId);
    QVERIFY2(setup.isEmpty(), qPrintable(setup));
    const QString values =
        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE redacted = 0 AND "
                       "((table_name = 'cases' AND record_id IN ('1', '2')) OR "
                       "(table_name = 'people' AND record_id = '1') OR table_name = 'activities')");
    const QStringList before = column(office.owner(), values);

    CG_CONNECT(asSupervisor, office, supervisor);
    QSqlDatabase db = asSupervisor->connection();
    for (const QString& call : {QStringLiteral("SELECT cg_audit_redact('cases', ARRAY['1'])"),
                                QStringLiteral("SELECT cg_audit_redact('people', ARRAY['1'])"),
                                QStringLiteral("SELECT cg_audit_redact('activities', ARRAY['1', '2'])"),
                                QStringLiteral("SELECT cg_audit_redact('users', ARRAY['1'])"),
                                QStringLiteral("SELECT cg_audit_redact('cases', ARRAY['1 OR TRUE'])")}) {
        const Outcome refused = run(db, call);
        QVERIFY2(!refused.ok, qPrintable(call));
        QCOMPARE(refused.error.kind(), StoreError::Kind::Forbidden);
    }
    QCOMPARE(column(office.owner(), values), before);
    QCOMPARE(
        column(office.owner(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'anonymise'")),
        QStringList{"0"});

    // Case 1 anonymised: its records may be redacted, case 2's still not.
    QVERIFY(run(office.owner(), QStringLiteral("UPDATE cases SET anonymised_at = now() WHERE id = 1")).ok);
    QVERIFY(run(db, QStringLiteral("SELECT cg_audit_redact('people', ARRAY['1'])")).ok);
    QVERIFY(run(db, QStringLiteral("SELECT cg_audit_redact('cases', ARRAY['1'])")).ok);
    QVERIFY(!run(db, QStringLiteral("SELECT cg_audit_redact('cases', ARRAY['2'])")).ok);
    QVERIFY(!run(db, QStringLiteral("SELECT cg_audit_redact('cases', ARRAY['1', '2'])")).ok);
    QCOMPARE(
        column(office.owner(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'cases' "
                                              "AND record_id = '2' AND redacted = 1")),
        QStringList{"0"});
}

void TestRowSecurity::auditEventsNeedAUser()
{
    // Before schema 12 a login with no users row could write events to the trail.
    Office office;
    CG_OPEN_OFFICE(office);
    const QString caseworker = office.makeLogin(QStringLiteral("cw"));
    const QString stranger = office.makeLogin(QStringLiteral("none"));
    QVERIFY(office.addUser(caseworker, QStringLiteral("caseworker")) > 0);
    QVERIFY(office.addUser(office.makeLogin(QStringLiteral("adm")), QStringLiteral("administrator")) > 0);
    const QString events = QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'open'");

    CG_CONNECT(asStranger, office, stranger);
    const Outcome refused =
        run(asStranger->connection(), QStringLiteral("SELECT cg_audit_record('open', 'cases', '1', NULL)"));
    QVERIFY(!refused.ok);
    QCOMPARE(refused.error.kind(), StoreError::Kind::Forbidden);
    QCOMPARE(column(office.owner(), events), QStringList{"0"});

    CG_CONNECT(asCaseworker, office, caseworker);
    const StoreError error = AuditRepository(asCaseworker->connection()).recordCaseOpened(1);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QCOMPARE(column(office.owner(), events), QStringList{"1"});
}

void TestRowSecurity::passwordHashesAreTheOwnersOnly()
{
    // Before schema 12 every signed-in login could read every password hash.
    Office office;
    CG_OPEN_OFFICE(office);
    const QString caseworker = office.makeLogin(QStringLiteral("cw"));
    const QString administrator = office.makeLogin(QStringLiteral("adm"));
    QVERIFY(office.addUser(caseworker, QStringLiteral("caseworker")) > 0);
    const qint64 administratorId = office.addUser(administrator, QStringLiteral("administrator"));
    QVERIFY(administratorId > 0);
    QVERIFY(run(office.owner(), QStringLiteral("UPDATE users SET password_hash = '$argon2id$synthetic', "
                                               "failed_attempts = 2"))
                .ok);

    for (const QString& login : {caseworker, administrator}) {
        CG_CONNECT(asLogin, office, login);
        QSqlDatabase db = asLogin->connection();
        for (const char* sql : {"SELECT password_hash FROM users", "SELECT * FROM users",
                                "SELECT COUNT(*) FROM users WHERE password_hash IS NOT NULL",
                                "SELECT failed_attempts, locked_until FROM users"}) {
            const Outcome refused = run(db, QLatin1String(sql));
            QVERIFY2(!refused.ok, sql);
            QCOMPARE(refused.error.kind(), StoreError::Kind::Forbidden);
        }
        // What the program reads still works.
        QCOMPARE(column(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE active = 1")), QStringList{"2"});
        User me;
        CG_VERIFY_OK(AccountRepository(db).databaseLogin(&me));
        QCOMPARE(me.username, login);
    }
    CG_CONNECT(asAdministrator, office, administrator);
    QList<Account> accounts;
    const StoreError error = AccountRepository(asAdministrator->connection())
                                 .list(administratorId, QDateTime::currentDateTimeUtc(), &accounts);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QCOMPARE(accounts.size(), 2);
}

void TestRowSecurity::mediatorSeesOnlyAssignedCases()
{
    Office office;
    CG_OPEN_OFFICE(office);
    const QString mediator = office.makeLogin(QStringLiteral("med"));
    const QString caseworker = office.makeLogin(QStringLiteral("cw"));
    const qint64 mediatorId = office.addUser(mediator, QStringLiteral("mediator"));
    const qint64 caseworkerId = office.addUser(caseworker, QStringLiteral("caseworker"));
    const QString setup = addCases(office.owner(), caseworkerId, mediatorId);
    QVERIFY2(setup.isEmpty(), qPrintable(setup));

    CG_CONNECT(asMediator, office, mediator);
    QSqlDatabase db = asMediator->connection();
    QCOMPARE(column(db, QStringLiteral("SELECT reference FROM cases ORDER BY id")), QStringList{"MED-1"});
    // What hangs off a case follows it: the timeline, the child.
    QCOMPARE(column(db, QStringLiteral("SELECT summary FROM activities ORDER BY id")),
             QStringList{"First call"});
    QCOMPARE(column(db, QStringLiteral("SELECT given_name FROM people ORDER BY id")), QStringList{"Ada"});
    // And the search entries (which a caseworker reads without each case
    // looked up: schema 30).
    QVERIFY(run(office.owner(), QStringLiteral("INSERT INTO case_search (case_id, document) SELECT id, "
                                               "to_tsvector('simple', reference || ' fenmarsh') FROM cases"))
                .ok);
    QCOMPARE(column(db, QStringLiteral("SELECT case_id FROM case_search ORDER BY case_id")),
             QStringList{"1"});
    // The search reads the index as the owner (cg_case_matches), but keeps
    // to the cases each login may read: the owner's are every case.
    const QString search = QStringLiteral("SELECT case_id FROM cg_case_matches(to_tsquery('simple', "
                                          "'fenmarsh:*'), false, NULL) ORDER BY case_id");
    QCOMPARE(column(db, search), QStringList{"1"});
    QCOMPARE(column(office.owner(), search), QStringList({"1", "2"}));
    // Narrowed to one user's cases (schema 31), it never widens what the
    // login may read: the caseworker's cases are both, the mediator sees one.
    const QString narrowed = QStringLiteral("SELECT case_id FROM cg_case_matches(to_tsquery('simple', "
                                            "'fenmarsh:*'), true, %1) ORDER BY case_id");
    QCOMPARE(column(db, narrowed.arg(caseworkerId)), QStringList{"1"});
    QCOMPARE(column(office.owner(), narrowed.arg(caseworkerId)), QStringList({"1", "2"}));
    QCOMPARE(column(office.owner(), narrowed.arg(mediatorId)), QStringList{"1"});
    {
        CG_CONNECT(asCaseworker, office, caseworker);
        QCOMPARE(column(asCaseworker->connection(),
                        QStringLiteral("SELECT case_id FROM case_search ORDER BY case_id")),
                 QStringList({"1", "2"}));
        QCOMPARE(column(asCaseworker->connection(), search), QStringList({"1", "2"}));
    }
    // A deadline the mediator's edit moves is followed by the case's entry.
    QCOMPARE(run(db, QStringLiteral("UPDATE cases SET next_deadline = '2026-12-01'")).rows, 1);
    QCOMPARE(
        column(office.owner(), QStringLiteral("SELECT case_id || ' ' || COALESCE(next_deadline::text, '-') "
                                              "FROM case_search ORDER BY case_id")),
        QStringList({"1 2026-12-01", "2 -"}));
    // Edits reach only the assigned case.
    QCOMPARE(run(db, QStringLiteral("UPDATE cases SET reasonable_adjustments = 'Breaks'")).rows, 1);
    QCOMPARE(column(office.owner(), QStringLiteral("SELECT reference FROM cases WHERE reasonable_adjustments "
                                                   "IS NOT NULL")),
             QStringList{"MED-1"});
    const Outcome note =
        run(db, QStringLiteral("INSERT INTO activities (case_id, occurred_at, kind, summary, "
                               "created_at) VALUES (2, now(), 'note', 'Sneaky', now())"));
    QVERIFY(!note.ok);
    QCOMPARE(note.error.kind(), StoreError::Kind::Forbidden);
    // Mediators do not take referrals.
    QVERIFY(!run(db, QStringLiteral("INSERT INTO cases (reference, council_id, route, stage, child_id, "
                                    "referrer_kind, disagreement_subject, enquiry_date, enquiry_channel, "
                                    "created_at, updated_at) VALUES ('DR-9', 1, 'disagreement_resolution', "
                                    "'enquiry', 1, 'parent', 'x', '2026-11-04', 'phone', now(), now())"))
                 .ok);

    // Assigned as the caseworker counts too; the caseworker role sees every case.
    QVERIFY(run(office.owner(),
                QStringLiteral("UPDATE cases SET caseworker_id = %1 WHERE id = 2").arg(mediatorId))
                .ok);
    QCOMPARE(column(db, QStringLiteral("SELECT reference FROM cases ORDER BY id")),
             QStringList({"MED-1", "DR-2"}));
    CG_CONNECT(asCaseworker, office, caseworker);
    QCOMPARE(column(asCaseworker->connection(), QStringLiteral("SELECT COUNT(*) FROM cases")),
             QStringList{"2"});
}

void TestRowSecurity::onlyAdministratorsChangeUsersAndSettings()
{
    Office office;
    CG_OPEN_OFFICE(office);
    const QString caseworker = office.makeLogin(QStringLiteral("cw"));
    const QString administrator = office.makeLogin(QStringLiteral("adm"));
    const qint64 caseworkerId = office.addUser(caseworker, QStringLiteral("caseworker"));
    QVERIFY(office.addUser(administrator, QStringLiteral("administrator")) > 0);
    QVERIFY(addCases(office.owner(), caseworkerId, caseworkerId).isEmpty());

    CG_CONNECT(asCaseworker, office, caseworker);
    QSqlDatabase db = asCaseworker->connection();
    // A caseworker reads the users and councils but changes neither.
    QCOMPARE(column(db, QStringLiteral("SELECT COUNT(*) FROM users")), QStringList{"2"});
    QCOMPARE(run(db, QStringLiteral("UPDATE users SET role = 'administrator'")).rows, 0);
    QCOMPARE(run(db, QStringLiteral("UPDATE councils SET name = 'Mine'")).rows, 0);
    QCOMPARE(column(office.owner(), QStringLiteral("SELECT role FROM users WHERE id = %1").arg(caseworkerId)),
             QStringList{"caseworker"});
    QCOMPARE(column(office.owner(), QStringLiteral("SELECT name FROM councils")),
             QStringList{"Fenmarsh Council"});
    for (const QString& insert :
         {QStringLiteral("INSERT INTO users (username, display_name, role, created_at) VALUES ('x', 'X', "
                         "'administrator', now())"),
          QStringLiteral("INSERT INTO councils (name, code, created_at) VALUES ('Other', 'OTH', now())"),
          QStringLiteral("INSERT INTO settings (key, value) VALUES ('screen_lock_minutes', '0')"),
          QStringLiteral("INSERT INTO venues (name, created_at) VALUES ('Hall', now())")}) {
        const Outcome outcome = run(db, insert);
        QVERIFY2(!outcome.ok, qPrintable(insert));
        QCOMPARE(outcome.error.kind(), StoreError::Kind::Forbidden);
    }
    // Nobody gets past the grants to empty a table.
    QVERIFY(!run(db, QStringLiteral("TRUNCATE cases CASCADE")).ok);
    QCOMPARE(column(office.owner(), QStringLiteral("SELECT COUNT(*) FROM cases")), QStringList{"2"});

    CG_CONNECT(asAdministrator, office, administrator);
    QCOMPARE(
        run(asAdministrator->connection(), QStringLiteral("UPDATE councils SET name = 'Fenmarsh DC'")).rows,
        1);
    QCOMPARE(run(asAdministrator->connection(),
                 QStringLiteral("UPDATE users SET role = 'supervisor' WHERE id = %1").arg(caseworkerId))
                 .rows,
             1);
    // ... and reads every case but edits none.
    QCOMPARE(column(asAdministrator->connection(), QStringLiteral("SELECT COUNT(*) FROM cases")),
             QStringList{"2"});
    QCOMPARE(run(asAdministrator->connection(), QStringLiteral("UPDATE cases SET stage = 'closed'")).rows, 0);
}

void TestRowSecurity::loginWithoutUserSeesNothing()
{
    Office office;
    CG_OPEN_OFFICE(office);
    const QString caseworker = office.makeLogin(QStringLiteral("cw"));
    const QString stranger = office.makeLogin(QStringLiteral("none"));
    const QString former = office.makeLogin(QStringLiteral("off"));
    const qint64 caseworkerId = office.addUser(caseworker, QStringLiteral("caseworker"));
    QVERIFY(office.addUser(former, QStringLiteral("supervisor"), false) > 0);
    QVERIFY(addCases(office.owner(), caseworkerId, caseworkerId).isEmpty());

    for (const QString& login : {stranger, former}) {
        CG_CONNECT(asNobody, office, login); // the version table is readable, so it opens
        QSqlDatabase db = asNobody->connection();
        for (const char* table : {"cases", "people", "activities", "councils", "settings", "contacts"})
            QCOMPARE(column(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))),
                     QStringList{"0"});
        // Of the users, at most one's own row.
        QCOMPARE(column(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE username <> session_user")),
                 QStringList{"0"});
        const Outcome added =
            run(db, QStringLiteral("INSERT INTO people (given_name, family_name, created_at) "
                                   "VALUES ('Cal', 'Vance', now())"));
        QVERIFY(!added.ok);
        QCOMPARE(added.error.kind(), StoreError::Kind::Forbidden);
        // A temporary table named users does not make anybody an administrator.
        QVERIFY(
            run(db, QStringLiteral("CREATE TEMP TABLE users (id INTEGER, username TEXT, role TEXT, active "
                                   "INTEGER)"))
                .ok);
        QVERIFY(run(db, QStringLiteral("INSERT INTO users VALUES (1, session_user, 'administrator', 1)")).ok);
        QCOMPARE(column(db, QStringLiteral("SELECT COUNT(*) FROM public.cases")), QStringList{"0"});
        // Left behind, it would hold the role until the server drops it.
        QVERIFY(run(db, QStringLiteral("DROP TABLE pg_temp.users")).ok);
    }
}

void TestRowSecurity::firstLoginMayBecomeAdministratorOnce()
{
    Office office;
    CG_OPEN_OFFICE(office);
    const QString first = office.makeLogin(QStringLiteral("first"));
    const QString second = office.makeLogin(QStringLiteral("second"));

    CG_CONNECT(asFirst, office, first);
    User user;
    StoreError error = AccountRepository(asFirst->connection())
                           .adoptLoginAsFirstAdministrator(QDateTime::currentDateTimeUtc(), &user);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QCOMPARE(user.role, UserRole::Administrator);
    QCOMPARE(user.username, first);

    CG_CONNECT(asSecond, office, second);
    error = AccountRepository(asSecond->connection())
                .adoptLoginAsFirstAdministrator(QDateTime::currentDateTimeUtc(), &user);
    QCOMPARE(error.kind(), StoreError::Kind::Forbidden);
    // Not even behind the program's back.
    const Outcome sneaked = run(asSecond->connection(),
                                QStringLiteral("INSERT INTO users (username, display_name, role, created_at) "
                                               "VALUES (session_user, 'Me', 'administrator', now())"));
    QVERIFY(!sneaked.ok);
    QCOMPARE(sneaked.error.kind(), StoreError::Kind::Forbidden);
    QCOMPARE(column(office.owner(), QStringLiteral("SELECT username FROM users")), QStringList{first});
}

void TestRowSecurity::repositoriesWorkForACaseworker()
{
    Office office;
    CG_OPEN_OFFICE(office);
    const QString caseworker = office.makeLogin(QStringLiteral("cw"));
    const QString mediator = office.makeLogin(QStringLiteral("med"));
    const qint64 caseworkerId = office.addUser(caseworker, QStringLiteral("caseworker"));
    const qint64 mediatorId = office.addUser(mediator, QStringLiteral("mediator"));
    QVERIFY(addCases(office.owner(), caseworkerId, mediatorId).isEmpty());

    CG_CONNECT(asCaseworker, office, caseworker);
    Referral referral;
    referral.child = {"Wren", "Halloway", QDate(2015, 2, 3), {}, {}, {}, {}};
    referral.parent = {"Mira", "Halloway", {}, {}, {}, {}, {}};
    referral.schoolName = "Sedgebrook Primary School"; // a new school goes into the directory
    referral.councilId = 1;
    referral.decisionType = DecisionType::PlanContent;
    referral.sections = PlanSections{PlanSection::F};
    referral.decisionNoticeDate = QDate(2026, 11, 2);
    referral.enquiryDate = QDate(2026, 11, 20);
    CaseRepository cases(asCaseworker->connection(), BankHolidayCalendar::shipped());
    qint64 id = 0;
    QString reference;
    const StoreError error = cases.createReferral(referral, kToday, caseworkerId, &id, &reference);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QCOMPARE(reference, QStringLiteral("MED-2026-00001"));
    CaseDetails details;
    CG_VERIFY_OK(cases.load(id, &details));
    QCOMPARE(details.reference, reference);

    CaseListQuery list(asCaseworker->connection());
    int total = 0;
    CG_VERIFY_OK(list.count(&total));
    QCOMPARE(total, 3);
    QList<CaseListRow> rows;
    CG_VERIFY_OK(list.fetch(0, 10, &rows));
    QCOMPARE(rows.size(), 3);

    // The same query as the mediator lists only theirs.
    CG_CONNECT(asMediator, office, mediator);
    CaseListQuery mediatorList(asMediator->connection());
    CG_VERIFY_OK(mediatorList.count(&total));
    QCOMPARE(total, 1);
    // A case not assigned to them is not there at all.
    CaseRepository mediatorCases(asMediator->connection(), BankHolidayCalendar::shipped());
    CG_VERIFY_OK(mediatorCases.load(1, &details));
    QCOMPARE(details.reference, QStringLiteral("MED-1"));
    QVERIFY(mediatorCases.load(id, &details).isError());
}

void TestRowSecurity::onlyTheOwnerUpgrades()
{
    Office office;
    CG_OPEN_OFFICE(office);
    const QString caseworker = office.makeLogin(QStringLiteral("cw"));
    QVERIFY(office.addUser(caseworker, QStringLiteral("caseworker")) > 0);
    // Pretend the database is one step behind this program.
    QVERIFY(run(office.owner(), QStringLiteral("DELETE FROM schema_version WHERE version = (SELECT "
                                               "MAX(version) FROM schema_version)"))
                .ok);
    StoreError error;
    Database* asCaseworker = office.connectAs(caseworker, &error);
    QCOMPARE(error.kind(), StoreError::Kind::Forbidden);
    QVERIFY2(error.message().contains(office.test().settings().user()), qPrintable(error.message()));
    QVERIFY(!asCaseworker->isOpen());
    // Opened without upgrading (as `check` does), it still reads.
    CG_VERIFY_OK(asCaseworker->open({.create = false, .migrate = false}));
}

QTEST_GUILESS_MAIN(TestRowSecurity)
#include "tst_rowsecurity.moc"
