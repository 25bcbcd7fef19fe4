#include "PlainSql.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "UserSeed.h"
#include "platform/PasswordHasher.h"
#include "store/access/AccessGuard.h"
#include "store/access/AccountRepository.h"
#include "store/access/SessionActor.h"
#include "store/access/UserRepository.h"
#include "store/infrastructure/Database.h"
#include "store/settings/SettingsRepository.h"

#include <QSqlQuery>
#include <QTest>

// Sign-in accounts, the lockout and the administrator's management of users,
// on both engines. Hashes use libsodium's minimum cost so the tests stay quick.
namespace {
const QDateTime kNine(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
const QString kGood = QStringLiteral("heron lantern quarry");

using PlainSql::scalar;
using UserSeed::person;
} // namespace

class TestAccountRepository : public QObject
{
    Q_OBJECT

private slots:
    void hasherVerifiesAndRehashes();
    void firstStartCreatesAnAdministrator_data() { TestDatabase::addEngineRows(); }
    void firstStartCreatesAnAdministrator();
    void fiveWrongPasswordsLockForFiveMinutes_data() { TestDatabase::addEngineRows(); }
    void fiveWrongPasswordsLockForFiveMinutes();
    void signInRehashesWhenTheCostRose_data() { TestDatabase::addEngineRows(); }
    void signInRehashesWhenTheCostRose();
    void onlyAdministratorsManageUsers_data() { TestDatabase::addEngineRows(); }
    void onlyAdministratorsManageUsers();
    void changeOwnPassword_data() { TestDatabase::addEngineRows(); }
    void changeOwnPassword();
    void theLastAdministratorStays_data() { TestDatabase::addEngineRows(); }
    void theLastAdministratorStays();
    void accessGuardReadsTheStoredRole_data() { TestDatabase::addEngineRows(); }
    void accessGuardReadsTheStoredRole();
    void postgresLoginIsTheSignIn();
    void sessionActorIsWhoTheStoreChecks_data() { TestDatabase::addEngineRows(); }
    void sessionActorIsWhoTheStoreChecks();
    void screenLockIsAnAdministratorsSetting_data() { TestDatabase::addEngineRows(); }
    void screenLockIsAnAdministratorsSetting();
};

void TestAccountRepository::hasherVerifiesAndRehashes()
{
    const PasswordHasher quick(PasswordHasher::minimum());
    const QByteArray hash = quick.hash(kGood);
    QVERIFY(hash.startsWith("$argon2id$"));
    QVERIFY(!hash.contains(kGood.toUtf8()));
    QVERIFY(quick.verify(hash, kGood));
    QVERIFY(!quick.verify(hash, kGood + QLatin1Char('!')));
    QVERIFY(!quick.verify(QByteArray(), kGood));
    QVERIFY(!quick.verify("not a hash", kGood));
    // Salted: the same password twice gives two hashes.
    QVERIFY(quick.hash(kGood) != hash);
    QVERIFY(!quick.needsRehash(hash));
    QVERIFY(PasswordHasher(PasswordHasher::interactive()).needsRehash(hash));
    QVERIFY(quick.needsRehash("not a hash"));
}

void TestAccountRepository::firstStartCreatesAnAdministrator()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    AccountRepository accounts(db, PasswordHasher(PasswordHasher::minimum()));

    // A v1 user without a password does not count as an account.
    User old = person("sam.okafor", "Sam Okafor", UserRole::Caseworker);
    CG_VERIFY_OK(UserRepository(db).add(&old));
    bool needed = false;
    CG_VERIFY_OK(accounts.needsFirstAdministrator(&needed));
    QVERIFY(needed);

    User admin = person("priya.venn", "Priya Venn", UserRole::Caseworker);
    StoreError error = accounts.createFirstAdministrator(&admin, QStringLiteral("short"), kNine);
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    QVERIFY2(error.message().contains(QStringLiteral("at least 10 characters")), qPrintable(error.message()));
    User badName = person("priya venn", "Priya Venn", UserRole::Caseworker);
    QCOMPARE(accounts.createFirstAdministrator(&badName, kGood, kNine).kind(), StoreError::Kind::Invalid);

    CG_VERIFY_OK(accounts.createFirstAdministrator(&admin, kGood, kNine));
    QVERIFY(admin.id > 0);
    QCOMPARE(admin.role, UserRole::Administrator);
    QCOMPARE(scalar(db, QStringLiteral("SELECT role FROM users WHERE id = ?"), {admin.id}).toString(),
             QStringLiteral("administrator"));
    // The password itself is nowhere in the table.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE password_hash LIKE ?"),
                    {QStringLiteral("%heron%")})
                 .toInt(),
             0);
    CG_VERIFY_OK(accounts.needsFirstAdministrator(&needed));
    QVERIFY(!needed);
    // Only once: a second "first" administrator is refused.
    User another = person("mallory", "Mallory", UserRole::Caseworker);
    QCOMPARE(accounts.createFirstAdministrator(&another, kGood, kNine).kind(), StoreError::Kind::Forbidden);

    SignInResult result;
    CG_VERIFY_OK(accounts.signIn(QStringLiteral("priya.venn"), kGood, kNine, &result));
    QCOMPARE(result.outcome, SignInResult::Outcome::SignedIn);
    QCOMPARE(result.user.id, admin.id);
    // A user without a password cannot sign in, whatever they type.
    CG_VERIFY_OK(accounts.signIn(QStringLiteral("sam.okafor"), QString(), kNine, &result));
    QCOMPARE(result.outcome, SignInResult::Outcome::Refused);
    CG_VERIFY_OK(accounts.signIn(QStringLiteral("nobody"), kGood, kNine, &result));
    QCOMPARE(result.outcome, SignInResult::Outcome::Refused);
}

void TestAccountRepository::fiveWrongPasswordsLockForFiveMinutes()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    AccountRepository accounts(db, PasswordHasher(PasswordHasher::minimum()));
    User admin = person("priya.venn", "Priya Venn", UserRole::Administrator);
    CG_VERIFY_OK(accounts.createFirstAdministrator(&admin, kGood, kNine));

    SignInResult result;
    for (int i = 1; i <= 4; ++i) {
        CG_VERIFY_OK(accounts.signIn(QStringLiteral("priya.venn"), QStringLiteral("wrong password"),
                                     kNine.addSecs(i), &result));
        QCOMPARE(result.outcome, SignInResult::Outcome::Refused);
        QCOMPARE(result.attemptsLeft, 5 - i);
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT failed_attempts FROM users WHERE id = ?"), {admin.id}).toInt(),
             4);
    CG_VERIFY_OK(accounts.signIn(QStringLiteral("priya.venn"), QStringLiteral("wrong password"),
                                 kNine.addSecs(5), &result));
    QCOMPARE(result.outcome, SignInResult::Outcome::Locked);
    QCOMPARE(result.lockedUntil, kNine.addSecs(5 + 300));
    // Locked: even the right password is not tried.
    CG_VERIFY_OK(accounts.signIn(QStringLiteral("priya.venn"), kGood, kNine.addSecs(200), &result));
    QCOMPARE(result.outcome, SignInResult::Outcome::Locked);
    // The lock shows on the Users screen while it lasts.
    QList<Account> list;
    CG_VERIFY_OK(accounts.list(admin.id, kNine.addSecs(200), &list));
    QCOMPARE(list.size(), 1);
    // On PostgreSQL no login may read the lockout counters (schema 12), so the
    // list cannot show the lock there.
    if (db.driverName() != QLatin1String("QPSQL"))
        QCOMPARE(list.first().lockedUntil, kNine.addSecs(305));
    else
        QVERIFY(!list.first().lockedUntil.isValid());
    // Five minutes on, the right password works and the count is cleared.
    CG_VERIFY_OK(accounts.signIn(QStringLiteral("priya.venn"), kGood, kNine.addSecs(305), &result));
    QCOMPARE(result.outcome, SignInResult::Outcome::SignedIn);
    QCOMPARE(scalar(db, QStringLiteral("SELECT failed_attempts FROM users WHERE id = ?"), {admin.id}).toInt(),
             0);
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE locked_until IS NULL AND id = ?"),
                   {admin.id})
                .toInt() == 1);
}

void TestAccountRepository::signInRehashesWhenTheCostRose()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    User admin = person("priya.venn", "Priya Venn", UserRole::Administrator);
    CG_VERIFY_OK(AccountRepository(db, PasswordHasher(PasswordHasher::minimum()))
                     .createFirstAdministrator(&admin, kGood, kNine));
    const QString before =
        scalar(db, QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {admin.id}).toString();
    // The office's cost rose to libsodium's interactive one.
    const PasswordHasher stronger(PasswordHasher::interactive());
    QVERIFY(stronger.needsRehash(before.toLatin1()));
    SignInResult result;
    CG_VERIFY_OK(AccountRepository(db, stronger).signIn(QStringLiteral("priya.venn"), kGood, kNine, &result));
    QCOMPARE(result.outcome, SignInResult::Outcome::SignedIn);
    const QString after =
        scalar(db, QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {admin.id}).toString();
    QVERIFY(after != before);
    QVERIFY(!stronger.needsRehash(after.toLatin1()));
    QVERIFY(stronger.verify(after.toLatin1(), kGood));
}

void TestAccountRepository::onlyAdministratorsManageUsers()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    AccountRepository accounts(db, PasswordHasher(PasswordHasher::minimum()));
    User admin = person("priya.venn", "Priya Venn", UserRole::Administrator);
    CG_VERIFY_OK(accounts.createFirstAdministrator(&admin, kGood, kNine));

    User caseworker = person("sam.okafor", "Sam Okafor", UserRole::Caseworker);
    StoreError error = accounts.addUser(admin.id, &caseworker, QStringLiteral("too short"), kNine);
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    CG_VERIFY_OK(accounts.addUser(admin.id, &caseworker, QStringLiteral("kestrel meadow path"), kNine));
    QVERIFY(caseworker.id > 0);
    User duplicate = person("sam.okafor", "Sam Okafor", UserRole::Caseworker);
    error = accounts.addUser(admin.id, &duplicate, QStringLiteral("kestrel meadow path"), kNine);
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    QVERIFY(error.message().contains(QStringLiteral("already a user called sam.okafor")));

    // The caseworker, signed in, can do none of it.
    User supervisor = person("grace.ibekwe", "Grace Ibekwe", UserRole::Supervisor);
    error = accounts.addUser(caseworker.id, &supervisor, QStringLiteral("kestrel meadow path"), kNine);
    QCOMPARE(error.kind(), StoreError::Kind::Forbidden);
    QCOMPARE(error.message(), QStringLiteral("Only administrators can manage users."));
    QCOMPARE(accounts.setRole(caseworker.id, caseworker.id, UserRole::Administrator).kind(),
             StoreError::Kind::Forbidden);
    QCOMPARE(accounts.resetPassword(caseworker.id, admin.id, QStringLiteral("taken over now"), kNine).kind(),
             StoreError::Kind::Forbidden);
    QCOMPARE(accounts.setActive(caseworker.id, admin.id, false).kind(), StoreError::Kind::Forbidden);
    QList<Account> list;
    QCOMPARE(accounts.list(caseworker.id, kNine, &list).kind(), StoreError::Kind::Forbidden);
    QVERIFY(list.isEmpty());
    QCOMPARE(scalar(db, QStringLiteral("SELECT role FROM users WHERE id = ?"), {caseworker.id}).toString(),
             QStringLiteral("caseworker"));

    // The administrator can.
    CG_VERIFY_OK(accounts.setRole(admin.id, caseworker.id, UserRole::Supervisor));
    QCOMPARE(scalar(db, QStringLiteral("SELECT role FROM users WHERE id = ?"), {caseworker.id}).toString(),
             QStringLiteral("supervisor"));
    CG_VERIFY_OK(accounts.resetPassword(admin.id, caseworker.id, QStringLiteral("new otter bridge"), kNine));
    SignInResult result;
    CG_VERIFY_OK(
        accounts.signIn(QStringLiteral("sam.okafor"), QStringLiteral("kestrel meadow path"), kNine, &result));
    QCOMPARE(result.outcome, SignInResult::Outcome::Refused);
    CG_VERIFY_OK(
        accounts.signIn(QStringLiteral("sam.okafor"), QStringLiteral("new otter bridge"), kNine, &result));
    QCOMPARE(result.outcome, SignInResult::Outcome::SignedIn);
    CG_VERIFY_OK(accounts.setActive(admin.id, caseworker.id, false));
    CG_VERIFY_OK(
        accounts.signIn(QStringLiteral("sam.okafor"), QStringLiteral("new otter bridge"), kNine, &result));
    QCOMPARE(result.outcome, SignInResult::Outcome::Refused);
    // A deactivated user can no longer act, even as an administrator.
    CG_VERIFY_OK(accounts.setRole(admin.id, caseworker.id, UserRole::Administrator));
    QCOMPARE(accounts.setRole(caseworker.id, admin.id, UserRole::Mediator).kind(),
             StoreError::Kind::Forbidden);
    CG_VERIFY_OK(accounts.list(admin.id, kNine, &list));
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).user.username, QStringLiteral("priya.venn")); // active first
    QVERIFY(!list.at(1).user.active);
    // Whether a password is set cannot be read by a login on PostgreSQL (schema 12).
    QCOMPARE(list.at(1).hasPassword, db.driverName() != QLatin1String("QPSQL"));
    QCOMPARE(accounts.setRole(admin.id, 999999, UserRole::Mediator).kind(), StoreError::Kind::NotFound);
}

void TestAccountRepository::changeOwnPassword()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    AccountRepository accounts(database.connection(), PasswordHasher(PasswordHasher::minimum()));
    User admin = person("priya.venn", "Priya Venn", UserRole::Administrator);
    CG_VERIFY_OK(accounts.createFirstAdministrator(&admin, kGood, kNine));
    const QString next = QStringLiteral("otter bridge window");
    StoreError error = accounts.changeOwnPassword(admin.id, QStringLiteral("not the one"), next, kNine);
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    QCOMPARE(error.message(), QStringLiteral("The current password is not right."));
    QCOMPARE(accounts.changeOwnPassword(admin.id, kGood, QStringLiteral("short"), kNine).kind(),
             StoreError::Kind::Invalid);
    QCOMPARE(accounts.changeOwnPassword(admin.id, kGood, kGood, kNine).kind(), StoreError::Kind::Invalid);
    CG_VERIFY_OK(accounts.changeOwnPassword(admin.id, kGood, next, kNine));
    SignInResult result;
    CG_VERIFY_OK(accounts.signIn(QStringLiteral("priya.venn"), kGood, kNine, &result));
    QCOMPARE(result.outcome, SignInResult::Outcome::Refused);
    CG_VERIFY_OK(accounts.signIn(QStringLiteral("priya.venn"), next, kNine, &result));
    QCOMPARE(result.outcome, SignInResult::Outcome::SignedIn);
}

void TestAccountRepository::theLastAdministratorStays()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    AccountRepository accounts(db, PasswordHasher(PasswordHasher::minimum()));
    User admin = person("priya.venn", "Priya Venn", UserRole::Administrator);
    CG_VERIFY_OK(accounts.createFirstAdministrator(&admin, kGood, kNine));
    QCOMPARE(accounts.setRole(admin.id, admin.id, UserRole::Caseworker).kind(), StoreError::Kind::Invalid);
    QCOMPARE(accounts.setActive(admin.id, admin.id, false).kind(), StoreError::Kind::Invalid);
    User second = person("ravi.shah", "Ravi Shah", UserRole::Administrator);
    CG_VERIFY_OK(accounts.addUser(admin.id, &second, QStringLiteral("kestrel meadow path"), kNine));
    // With a second administrator, the first may step down.
    CG_VERIFY_OK(accounts.setRole(admin.id, admin.id, UserRole::Supervisor));
    QCOMPARE(accounts.setActive(second.id, second.id, false).kind(), StoreError::Kind::Invalid);
}

void TestAccountRepository::accessGuardReadsTheStoredRole()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    User mediator = person("jo.mercer", "Jo Mercer", UserRole::Mediator);
    User supervisor = person("grace.ibekwe", "Grace Ibekwe", UserRole::Supervisor);
    CG_VERIFY_OK(UserRepository(db).add(&mediator));
    CG_VERIFY_OK(UserRepository(db).add(&supervisor));
    const AccessGuard guard(db);
    CG_VERIFY_OK(guard.require(supervisor.id, Action::IssueCertificates));
    const StoreError refused = guard.require(mediator.id, Action::IssueCertificates);
    QCOMPARE(refused.kind(), StoreError::Kind::Forbidden);
    QCOMPARE(refused.message(), QStringLiteral("Only supervisors can issue certificates."));
    QCOMPARE(guard.require(0, Action::TakeReferrals).kind(), StoreError::Kind::Forbidden);
    // Mediators see the cases assigned to them only.
    CG_VERIFY_OK(guard.requireCaseVisible(mediator.id, std::nullopt, mediator.id));
    QCOMPARE(guard.requireCaseVisible(mediator.id, supervisor.id, std::nullopt).kind(),
             StoreError::Kind::Forbidden);
    CG_VERIFY_OK(guard.requireCaseVisible(supervisor.id, std::nullopt, mediator.id));
}

void TestAccountRepository::postgresLoginIsTheSignIn()
{
    TestDatabase test(QStringLiteral("postgres"));
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    const QString login = scalar(db, QStringLiteral("SELECT session_user")).toString();
    QVERIFY(!login.isEmpty());
    AccountRepository accounts(db);
    User found;
    CG_VERIFY_OK(accounts.databaseLogin(&found));
    QCOMPARE(found.id, 0); // no users row for the login yet
    // A new shared database: the login becomes its first administrator, once.
    User adopted;
    CG_VERIFY_OK(accounts.adoptLoginAsFirstAdministrator(kNine, &adopted));
    QVERIFY(adopted.id > 0);
    QCOMPARE(adopted.username, login);
    CG_VERIFY_OK(accounts.databaseLogin(&found));
    QCOMPARE(found.id, adopted.id);
    QCOMPARE(found.role, UserRole::Administrator);
    User again;
    QCOMPARE(accounts.adoptLoginAsFirstAdministrator(kNine, &again).kind(), StoreError::Kind::Forbidden);
    // The only administrator stays one.
    QCOMPARE(accounts.setRole(adopted.id, adopted.id, UserRole::Supervisor).kind(),
             StoreError::Kind::Invalid);
}

void TestAccountRepository::sessionActorIsWhoTheStoreChecks()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    const AccessGuard guard(db);
    // Nobody can sign in yet: the database is open to whoever holds it.
    bool open = false;
    CG_VERIFY_OK(guard.isOpenForSetup(&open));
    QVERIFY(open);
    CG_VERIFY_OK(guard.require(Action::IssueCertificates));
    AccountRepository accounts(db, PasswordHasher(PasswordHasher::minimum()));
    User admin = person("priya.venn", "Priya Venn", UserRole::Administrator);
    if (test.isSqlite()) {
        CG_VERIFY_OK(accounts.createFirstAdministrator(&admin, kGood, kNine));
    } else {
        CG_VERIFY_OK(accounts.adoptLoginAsFirstAdministrator(kNine, &admin));
    }
    CG_VERIFY_OK(guard.isOpenForSetup(&open));
    QVERIFY(!open);
    User caseworker = person("sam.okafor", "Sam Okafor", UserRole::Caseworker);
    CG_VERIFY_OK(accounts.addUser(admin.id, &caseworker, QStringLiteral("kestrel meadow path"), kNine));
    qint64 actor = -1;
    CG_VERIFY_OK(SessionActor::current(db, &actor));
    if (test.isSqlite()) {
        // Nobody signed in on this connection: refused, whatever the action.
        QCOMPARE(actor, 0);
        QCOMPARE(guard.require(Action::TakeReferrals).kind(), StoreError::Kind::Forbidden);
        CG_VERIFY_OK(SessionActor::set(db, caseworker.id));
        CG_VERIFY_OK(SessionActor::current(db, &actor));
        QCOMPARE(actor, caseworker.id);
        CG_VERIFY_OK(guard.require(Action::TakeReferrals));
        QCOMPARE(guard.require(Action::IssueCertificates).kind(), StoreError::Kind::Forbidden);
        CaseScope scope = CaseScope::Assigned;
        qint64 scoped = -1;
        CG_VERIFY_OK(guard.caseScope(&scope, &scoped));
        QCOMPARE(scope, CaseScope::All);
        // A second connection to the same file does not inherit the actor.
        Database other(test.settings());
        CG_VERIFY_OK(other.open());
        qint64 otherActor = -1;
        CG_VERIFY_OK(SessionActor::current(other.connection(), &otherActor));
        QCOMPARE(otherActor, 0);
        CG_VERIFY_OK(SessionActor::clear(db));
        QCOMPARE(guard.require(Action::TakeReferrals).kind(), StoreError::Kind::Forbidden);
    } else {
        // The login is the actor, and cannot be swapped for another user.
        QCOMPARE(actor, admin.id);
        QCOMPARE(SessionActor::set(db, caseworker.id).kind(), StoreError::Kind::Forbidden);
        CG_VERIFY_OK(SessionActor::set(db, admin.id));
        CG_VERIFY_OK(guard.require(Action::ManageUsers));
    }
    // An unknown or deactivated user cannot be made the actor.
    QCOMPARE(SessionActor::set(db, 9999).kind(), StoreError::Kind::Forbidden);
}

void TestAccountRepository::screenLockIsAnAdministratorsSetting()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    AccountRepository accounts(db, PasswordHasher(PasswordHasher::minimum()));
    User admin = person("priya.venn", "Priya Venn", UserRole::Administrator);
    CG_VERIFY_OK(accounts.createFirstAdministrator(&admin, kGood, kNine));
    User supervisor = person("grace.ibekwe", "Grace Ibekwe", UserRole::Supervisor);
    CG_VERIFY_OK(accounts.addUser(admin.id, &supervisor, QStringLiteral("kestrel meadow path"), kNine));
    SettingsRepository settings(db);
    int minutes = 0;
    CG_VERIFY_OK(settings.screenLockMinutes(&minutes));
    QCOMPARE(minutes, 15);
    QCOMPARE(settings.setScreenLockMinutes(supervisor.id, 5).kind(), StoreError::Kind::Forbidden);
    QCOMPARE(settings.setScreenLockMinutes(admin.id, 0).kind(), StoreError::Kind::Invalid);
    CG_VERIFY_OK(settings.setScreenLockMinutes(admin.id, 5));
    CG_VERIFY_OK(settings.setScreenLockMinutes(admin.id, 7)); // replaces, not duplicates
    CG_VERIFY_OK(settings.screenLockMinutes(&minutes));
    QCOMPARE(minutes, 7);
}

QTEST_GUILESS_MAIN(TestAccountRepository)
#include "tst_accountrepository.moc"
