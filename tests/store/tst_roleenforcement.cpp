#include "CaseSeed.h"
#include "PlainSql.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "UserSeed.h"
#include "rules/Permissions.h"
#include "store/access/AccountRepository.h"
#include "store/access/SessionActor.h"
#include "store/cases/CaseListQuery.h"
#include "store/cases/DashboardQueries.h"
#include "store/certificates/CertificateRepository.h"
#include "store/infrastructure/Database.h"
#include "store/meetings/MeetingRepository.h"
#include "store/meetings/VenueRepository.h"
#include "store/settings/BankHolidayRepository.h"
#include "store/settings/SettingsRepository.h"

#include <QSqlQuery>
#include <QTest>
#include <functional>

// Roles enforced by the store itself, not by hidden buttons: each guarded
// repository call is refused (Kind::Forbidden, with the sentence naming who
// may) or allowed for each role, on both engines. On SQLite the actor is the
// connection's SessionActor; on PostgreSQL it is the login, whose users row
// is given the role under test. Every name is synthetic.
namespace {
const QDate kToday(2026, 11, 23);
const QDateTime kNine(kToday, QTime(9, 0), Qt::UTC);
const QString kPassword = QStringLiteral("heron lantern quarry");

using PlainSql::scalar;
using UserSeed::person;
// An office with two cases waiting on a Part 1 certificate (one of them, the
// "other" case, with Part 1 issued already), then users, then `role` acting.
struct Office
{
    QSqlDatabase db;
    qint64 councilId = 0;
    qint64 assignedCase = 0; // the acting user is its mediator
    qint64 otherCase = 0;    // assigned to nobody acting
    qint64 issuedId = 0;     // Part 1 of otherCase
    qint64 actorId = 0;
    QString why;

    bool build(const TestDatabase& test, QSqlDatabase connection, UserRole role)
    {
        db = connection;
        councilId =
            CaseSeed::addCouncil(db, QStringLiteral("Northmoor Borough Council"), QStringLiteral("NMB"));
        for (qint64* id : {&assignedCase, &otherCase}) {
            const Referral referral = CaseSeed::mediationReferral(
                councilId, QStringLiteral("Zoë"),
                id == &assignedCase ? QStringLiteral("Nguyễn") : QStringLiteral("Haddad"),
                QDate(2026, 11, 2));
            *id = CaseSeed::addCase(db, referral, kToday, &why);
            if (*id == 0 ||
                !CaseSeed::advanceTo(db, *id, CaseStage::NotPursuing, QDate(2026, 11, 16), kToday, &why))
                return false;
        }
        Certificate issued;
        CaseSeed::addSupervisor(db, QStringLiteral("ada.okafor"), QStringLiteral("Ada Okafor"));
        if (StoreError error = CertificateRepository(db, BankHolidayCalendar::shipped())
                                   .issueForCase(otherCase, std::nullopt, {QStringLiteral("ada.okafor"), {}},
                                                 kToday, &issued)) {
            why = error.message();
            return false;
        }
        issuedId = issued.id;

        // Users, as an administrator adds them: from here on the store asks who acts.
        AccountRepository accounts(db, PasswordHasher(PasswordHasher::minimum()));
        User admin = person(QStringLiteral("priya.venn"), UserRole::Administrator);
        StoreError error = test.isSqlite() ? accounts.createFirstAdministrator(&admin, kPassword, kNine)
                                           : accounts.adoptLoginAsFirstAdministrator(kNine, &admin);
        if (error) {
            why = error.message();
            return false;
        }
        if (test.isSqlite()) {
            User actor = person(QStringLiteral("acting.user"), role);
            if (role == UserRole::Administrator)
                actor = admin;
            else if ((error =
                          accounts.addUser(admin.id, &actor, QStringLiteral("kestrel meadow path"), kNine)))
                return fail(error);
            // Signed in as a new user would be.
            SignInResult result;
            if ((error = accounts.signIn(
                     actor.username,
                     role == UserRole::Administrator ? kPassword : QStringLiteral("kestrel meadow path"),
                     kNine, &result)))
                return fail(error);
            if (result.outcome != SignInResult::Outcome::SignedIn) {
                why = QStringLiteral("sign-in refused");
                return false;
            }
            if ((error = SessionActor::set(db, result.user.id)))
                return fail(error);
            actorId = result.user.id;
        } else {
            // The login is the actor: a second administrator lets it take the role.
            User second = person(QStringLiteral("second.admin"), UserRole::Administrator);
            if ((error = accounts.addUser(admin.id, &second, QString(), kNine)))
                return fail(error);
            if (role != UserRole::Administrator && (error = accounts.setRole(second.id, admin.id, role)))
                return fail(error);
            actorId = admin.id;
        }
        QSqlQuery assign(db);
        assign.prepare(QStringLiteral("UPDATE cases SET mediator_id = ? WHERE id = ?"));
        assign.addBindValue(actorId);
        assign.addBindValue(assignedCase);
        if (!assign.exec()) {
            why = assign.lastError().text();
            return false;
        }
        return true;
    }

    bool fail(const StoreError& error)
    {
        why = error.message();
        return false;
    }
};

struct GuardedCall
{
    Action action;
    const char* name;
    std::function<StoreError(Office&)> call;
    // What an allowed role gets: done, or NotFound for the meeting that is not there.
    StoreError::Kind allowedKind = StoreError::Kind::None;
};

QList<GuardedCall> guardedCalls()
{
    const BankHolidayCalendar calendar = BankHolidayCalendar::shipped();
    return {
        {Action::TakeReferrals, "CaseRepository::createReferral",
         [calendar](Office& o) {
             qint64 id = 0;
             return CaseRepository(o.db, calendar)
                 .createReferral(CaseSeed::mediationReferral(o.councilId, QStringLiteral("Ffion"),
                                                             QStringLiteral("Ó Briain"), kToday.addDays(-3)),
                                 kToday, std::nullopt, &id);
         }},
        {Action::EditCases, "CaseRepository::saveDetails",
         [calendar](Office& o) {
             CaseRepository cases(o.db, calendar);
             CaseDetails details;
             if (StoreError error = cases.load(o.assignedCase, &details))
                 return error;
             details.referral.interpreterLanguage = QStringLiteral("Polish");
             return cases.saveDetails(details, std::nullopt);
         }},
        {Action::ManageInvitees, "InviteeRepository::add",
         [](Office& o) {
             Invitee invitee;
             invitee.caseId = o.assignedCase;
             invitee.displayName = QStringLiteral("Aled Pritchard");
             invitee.role = InviteeRole::Supporter;
             return InviteeRepository(o.db).add(&invitee);
         }},
        {Action::ManageMeetings, "MeetingRepository::cancel",
         // No such meeting: an allowed role hears NotFound, a refused one Forbidden.
         [calendar](Office& o) {
             return MeetingRepository(o.db, calendar).cancel(999999, QStringLiteral("Ill"), std::nullopt);
         },
         StoreError::Kind::NotFound},
        {Action::IssueCertificates, "CertificateRepository::issueForCase",
         [calendar](Office& o) {
             return CertificateRepository(o.db, calendar)
                 .issueForCase(o.assignedCase, std::nullopt, {QString(), o.actorId}, kToday);
         }},
        {Action::VoidCertificates, "CertificateRepository::voidCertificate",
         [calendar](Office& o) {
             return CertificateRepository(o.db, calendar)
                 .voidCertificate(o.issuedId, QStringLiteral("Wrong decision date"), kToday);
         }},
        {Action::ManageSettings, "CouncilRepository::add",
         [](Office& o) {
             Council council;
             council.name = QStringLiteral("Eastvale District Council");
             council.code = QStringLiteral("EVD");
             return CouncilRepository(o.db).add(&council);
         }},
        {Action::ManageSettings, "VenueRepository::add",
         [](Office& o) {
             Venue venue;
             venue.name = QStringLiteral("Quay Street Centre");
             venue.address = QStringLiteral("12 Quay Street, Northmoor");
             venue.postcode = QStringLiteral("NM2 7HD");
             return VenueRepository(o.db).add(&venue);
         }},
        {Action::ManageSettings, "MeetingRepository::setOfficeHours",
         [calendar](Office& o) {
             return MeetingRepository(o.db, calendar).setOfficeHours({QTime(8, 30), QTime(17, 0)});
         }},
        {Action::ManageSettings, "SettingsRepository::setProvider",
         [](Office& o) {
             ProviderDetails provider;
             provider.name = QStringLiteral("Northmoor Mediation Service");
             return SettingsRepository(o.db).setProvider(provider);
         }},
        {Action::ManageSettings, "SettingsRepository::setPart2IssuedAs",
         [](Office& o) {
             return SettingsRepository(o.db).setPart2IssuedAs(IssuingCapacity::MediationAdviser);
         }},
        {Action::ManageSettings, "SettingsRepository::setLetterTemplate",
         [](Office& o) {
             LetterTemplate letter = LetterTemplate::standard(LetterKind::Invitation);
             letter.body = QStringLiteral("Dear {invitee_name},\n\nSee you on {meeting_date}.\n");
             return SettingsRepository(o.db).setLetterTemplate(letter);
         }},
        {Action::ManageSettings, "BankHolidayRepository::replaceAll",
         [](Office& o) {
             return BankHolidayRepository(o.db).replaceAll(BankHolidayCalendar::shipped());
         }},
        {Action::ManageSettings, "BankHolidayRepository::merge",
         [](Office& o) {
             return BankHolidayRepository(o.db).merge(BankHolidayCalendar::shipped());
         }},
        {Action::EditCases, "CaseRepository::moveStage",
         [calendar](Office& o) {
             return CaseRepository(o.db, calendar)
                 .moveStage(o.assignedCase, {CaseStage::Closed, kToday, QStringLiteral("Family moved away")},
                            kToday, std::nullopt);
         }},
    };
}

// Rows counted in the tables each call writes, to show a refusal wrote nothing.
qint64 rowsWritten(QSqlDatabase db)
{
    qint64 total = 0;
    for (const char* table : {"cases", "activities", "invitees", "certificates", "councils", "venues",
                              "settings", "counters", "bank_holidays"})
        total += scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))).toLongLong();
    return total + scalar(db, QStringLiteral("SELECT SUM(row_version) FROM cases")).toLongLong() +
           scalar(db, QStringLiteral("SELECT COUNT(*) FROM certificates WHERE status = 'voided'"))
               .toLongLong();
}
} // namespace

class TestRoleEnforcement : public QObject
{
    Q_OBJECT

private slots:
    void eachGuardedCallPerRole_data();
    void eachGuardedCallPerRole();
    void caseworkerCannotIssueACertificate_data() { TestDatabase::addEngineRows(); }
    void caseworkerCannotIssueACertificate();
    void mediatorSeesOnlyAssignedCases_data() { TestDatabase::addEngineRows(); }
    void mediatorSeesOnlyAssignedCases();
    void signedOutIsRefused();
};

void TestRoleEnforcement::eachGuardedCallPerRole_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("roleName");
    // What each role may do, written out here rather than read from
    // Permissions, so that a change to the table has to change this too.
    QTest::addColumn<QStringList>("allowed");
    const struct
    {
        UserRole role;
        QStringList allowed;
    } roles[] = {
        {UserRole::Caseworker, {"take_referrals", "edit_cases", "manage_invitees", "manage_meetings"}},
        {UserRole::Mediator, {"edit_cases", "manage_invitees", "manage_meetings"}},
        {UserRole::Supervisor,
         {"take_referrals", "edit_cases", "manage_invitees", "manage_meetings", "issue_certificates",
          "void_certificates"}},
        {UserRole::Administrator, {"manage_settings"}},
    };
    for (const char* engine : {"sqlite", "postgres"}) {
        for (const auto& r : roles)
            QTest::addRow("%s/%s", engine, qPrintable(userRoleToString(r.role)))
                << QString::fromLatin1(engine) << userRoleToString(r.role) << r.allowed;
    }
}

void TestRoleEnforcement::eachGuardedCallPerRole()
{
    QFETCH(QString, engine);
    QFETCH(QString, roleName);
    QFETCH(QStringList, allowed);
    const UserRole role = userRoleFromString(roleName).value_or(UserRole::Caseworker);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Office office;
    QVERIFY2(office.build(test, database.connection(), role), qPrintable(office.why));
    // One office for every call: the calls are ordered so that none needs
    // what an earlier one changed (the case is closed last).
    for (const GuardedCall& guarded : guardedCalls()) {
        const qint64 before = rowsWritten(office.db);
        const StoreError error = guarded.call(office);
        const QString key = Permissions::actionKey(guarded.action);
        const QString label =
            QStringLiteral("%1 (%2): %3").arg(QLatin1String(guarded.name), key, error.message());
        if (allowed.contains(key)) {
            QVERIFY2(error.kind() == guarded.allowedKind, qPrintable(label));
        } else {
            QVERIFY2(error.kind() == StoreError::Kind::Forbidden, qPrintable(label));
            QCOMPARE(error.message(), Permissions::refusal(guarded.action));
            QCOMPARE(rowsWritten(office.db), before);
        }
    }
}

void TestRoleEnforcement::caseworkerCannotIssueACertificate()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Office office;
    QVERIFY2(office.build(test, database.connection(), UserRole::Caseworker), qPrintable(office.why));
    CertificateRepository certificates(office.db, BankHolidayCalendar::shipped());
    const QVariant counters = scalar(office.db, QStringLiteral("SELECT SUM(value) FROM counters"));
    const QVariant before = scalar(office.db, QStringLiteral("SELECT COUNT(*) FROM certificates"));

    StoreError error = certificates.issueForCase(office.assignedCase, std::nullopt,
                                                 {QStringLiteral("Sam Okafor"), office.actorId}, kToday);
    QCOMPARE(error.kind(), StoreError::Kind::Forbidden);
    QCOMPARE(error.message(), QStringLiteral("Only supervisors can issue certificates."));
    qint64 draftId = 0;
    error = certificates.createDraft(office.assignedCase, std::nullopt, {QStringLiteral("Sam Okafor"), {}},
                                     &draftId);
    QCOMPARE(error.kind(), StoreError::Kind::Forbidden);
    error = certificates.voidCertificate(office.issuedId, QStringLiteral("Wrong date"), kToday,
                                         CertificateIssuer{QStringLiteral("Sam Okafor"), {}});
    QCOMPARE(error.kind(), StoreError::Kind::Forbidden);
    QCOMPARE(error.message(), QStringLiteral("Only supervisors can void certificates."));
    // Nothing written: no draft, no number taken, the issued one still issued.
    QCOMPARE(scalar(office.db, QStringLiteral("SELECT COUNT(*) FROM certificates")), before);
    QCOMPARE(scalar(office.db, QStringLiteral("SELECT SUM(value) FROM counters")), counters);
    QCOMPARE(
        scalar(office.db, QStringLiteral("SELECT status FROM certificates WHERE id = ?"), {office.issuedId})
            .toString(),
        QStringLiteral("issued"));
    // Reading the register stays open to a caseworker.
    QList<Certificate> all;
    CG_VERIFY_OK(certificates.list(&all));
    QCOMPARE(all.size(), 1);
}

void TestRoleEnforcement::mediatorSeesOnlyAssignedCases()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Office office;
    QVERIFY2(office.build(test, database.connection(), UserRole::Mediator), qPrintable(office.why));

    CaseListQuery list(office.db);
    list.setFilter({}, kToday);
    int total = 0;
    CG_VERIFY_OK(list.count(&total));
    QCOMPARE(total, 1);
    QList<CaseListRow> rows;
    CG_VERIFY_OK(list.fetch(0, 50, &rows));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().id, office.assignedCase);

    CaseRepository cases(office.db, BankHolidayCalendar::shipped());
    CaseDetails details;
    CG_VERIFY_OK(cases.load(office.assignedCase, &details));
    const StoreError refused = cases.load(office.otherCase, &details);
    QCOMPARE(refused.kind(), StoreError::Kind::Forbidden);
    QCOMPARE(details.id, 0); // nothing of the other case leaks out
    details = CaseDetails();
    CG_VERIFY_OK(cases.load(office.assignedCase, &details));
    QCOMPARE(cases
                 .moveStage(office.otherCase, {CaseStage::Closed, kToday, QStringLiteral("Moved")}, kToday,
                            std::nullopt)
                 .kind(),
             StoreError::Kind::Forbidden);

    DashboardCounts counts;
    CG_VERIFY_OK(DashboardQueries(office.db).counts(kToday, office.actorId, &counts));
    QCOMPARE(counts.certificatesDue, 1); // the other case's Part 1 is issued; this one's is due

    QList<CertificateDueItem> due;
    CG_VERIFY_OK(CertificateRepository(office.db, BankHolidayCalendar::shipped()).due(&due));
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().caseId, office.assignedCase);
    // The register holds only the assigned case's certificates: none yet.
    QList<Certificate> register_;
    CG_VERIFY_OK(CertificateRepository(office.db, BankHolidayCalendar::shipped()).list(&register_));
    QVERIFY(register_.isEmpty());

    // Records of the other case, reached by their own ids, are refused too.
    Certificate certificate;
    QCOMPARE(CertificateRepository(office.db, BankHolidayCalendar::shipped())
                 .load(office.issuedId, &certificate)
                 .kind(),
             StoreError::Kind::Forbidden);
    QByteArray pdf;
    QCOMPARE(CertificateRepository(office.db, BankHolidayCalendar::shipped())
                 .loadPdf(office.issuedId, &pdf)
                 .kind(),
             StoreError::Kind::Forbidden);
    QVERIFY(pdf.isEmpty());
    QSqlQuery seed(office.db);
    seed.prepare(QStringLiteral("INSERT INTO invitees (case_id, display_name, role, created_at) "
                                "VALUES (?, 'Aled Pritchard', 'supporter', ?)"));
    seed.addBindValue(office.otherCase);
    seed.addBindValue(QDateTime(kToday, QTime(9, 0), Qt::UTC));
    QVERIFY2(seed.exec(), qPrintable(seed.lastError().text()));
    const qint64 otherInvitee =
        scalar(office.db, QStringLiteral("SELECT MAX(id) FROM invitees")).toLongLong();
    QCOMPARE(InviteeRepository(office.db).remove(otherInvitee).kind(), StoreError::Kind::Forbidden);
    Invitee invitee;
    QCOMPARE(InviteeRepository(office.db).find(otherInvitee, &invitee).kind(), StoreError::Kind::Forbidden);

    // A supervisor's list on the same office shows both (SQLite: swap the actor).
    if (test.isSqlite()) {
        AccountRepository accounts(office.db, PasswordHasher(PasswordHasher::minimum()));
        User supervisor = person(QStringLiteral("grace.ibekwe"), UserRole::Supervisor);
        const qint64 adminId =
            scalar(office.db, QStringLiteral("SELECT id FROM users WHERE role = 'administrator'"))
                .toLongLong();
        CG_VERIFY_OK(accounts.addUser(adminId, &supervisor, QStringLiteral("kestrel meadow path"), kNine));
        CG_VERIFY_OK(SessionActor::set(office.db, supervisor.id));
        CG_VERIFY_OK(list.count(&total));
        QCOMPARE(total, 2);
    }
}

void TestRoleEnforcement::signedOutIsRefused()
{
    TestDatabase test(QStringLiteral("sqlite"));
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Office office;
    QVERIFY2(office.build(test, database.connection(), UserRole::Supervisor), qPrintable(office.why));
    CG_VERIFY_OK(SessionActor::clear(office.db));
    // A database with users and nobody signed in on the connection: every
    // guarded call, and the case list, is refused.
    for (const GuardedCall& guarded : guardedCalls())
        QCOMPARE(guarded.call(office).kind(), StoreError::Kind::Forbidden);
    int total = 0;
    QCOMPARE(CaseListQuery(office.db).count(&total).kind(), StoreError::Kind::Forbidden);
}

QTEST_MAIN(TestRoleEnforcement)
#include "tst_roleenforcement.moc"
