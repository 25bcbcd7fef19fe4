#include "TestDatabase.h"
#include "store/access/UserRepository.h"
#include "store/cases/ActivityRepository.h"
#include "store/cases/CaseRepository.h"
#include "store/directory/InviteeRepository.h"
#include "store/infrastructure/Database.h"
#include "store/settings/CouncilRepository.h"

#include <QSqlQuery>
#include <QTest>

namespace {
const QDate kToday(2026, 11, 23);

int count(QSqlDatabase db, const char* table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Referral referralFor(qint64 councilId)
{
    Referral r;
    r.child = {"Zoë", "Nguyễn", QDate(2015, 6, 1), {}, {}, {}, {}};
    r.parent = {"Siobhán", "Nguyễn", {}, "2 Quay Street", "nm2 7hd", "07700 900456", "siobhan@mail.example"};
    r.schoolName = "Larkfield Primary School";
    r.councilId = councilId;
    r.decisionType = DecisionType::PlanContent;
    r.sections = PlanSections{PlanSection::F, PlanSection::I};
    r.decisionNoticeDate = QDate(2026, 11, 2);
    r.enquiryDate = QDate(2026, 11, 20); // a Friday
    return r;
}
} // namespace

class TestCaseRepository : public QObject
{
    Q_OBJECT

private slots:
    void referralBecomesACase_data() { TestDatabase::addEngineRows(); }
    void referralBecomesACase();
    void invalidReferralSavesNothing_data() { TestDatabase::addEngineRows(); }
    void invalidReferralSavesNothing();
    void stageMovesAreCheckedAndLogged_data() { TestDatabase::addEngineRows(); }
    void stageMovesAreCheckedAndLogged();
    void anotherDesksSaveIsNotOverwritten_data() { TestDatabase::addEngineRows(); }
    void anotherDesksSaveIsNotOverwritten();
    void meetingHeldNeedsTheDecisionMaker_data() { TestDatabase::addEngineRows(); }
    void meetingHeldNeedsTheDecisionMaker();
    void drMeetingBookedNeedsWillingness_data() { TestDatabase::addEngineRows(); }
    void drMeetingBookedNeedsWillingness();
    void mediatorIsAssigned_data() { TestDatabase::addEngineRows(); }
    void mediatorIsAssigned();
};

void TestCaseRepository::referralBecomesACase()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    QVERIFY(!database.open());
    Council council;
    council.name = "Northmoor Borough Council";
    council.code = "NMB";
    council.referralActionWorkingDays = 5;
    QVERIFY(!CouncilRepository(database.connection()).add(&council));

    CaseRepository cases(database.connection(), BankHolidayCalendar::shipped());
    qint64 id = 0;
    QString reference;
    const StoreError error =
        cases.createReferral(referralFor(council.id), kToday, std::nullopt, &id, &reference);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(reference, QStringLiteral("MED-2026-00001"));

    CaseDetails details;
    QVERIFY(!cases.load(id, &details));
    QCOMPARE(details.reference, reference);
    QCOMPARE(details.stage, CaseStage::Enquiry);
    QCOMPARE(details.referral.child.fullName(), QStringLiteral("Zoë Nguyễn"));
    QCOMPARE(details.referral.parent.postcode, QStringLiteral("NM2 7HD"));
    QCOMPARE(details.referral.schoolName, QStringLiteral("Larkfield Primary School"));
    QCOMPARE(details.referral.sections, (PlanSections{PlanSection::F, PlanSection::I}));
    QCOMPARE(details.referral.decisionNoticeDate, QDate(2026, 11, 2));
    QCOMPARE(details.council.name, council.name);

    // The next deadline is kept for the list: 5 working days after Friday 20 Nov is Friday 27 Nov.
    QSqlQuery query(database.connection());
    query.prepare("SELECT next_deadline, next_deadline_kind FROM cases WHERE id = ?");
    query.addBindValue(id);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toDate(), QDate(2026, 11, 27));
    QCOMPARE(query.value(1).toString(), QStringLiteral("referral_action"));

    // A second referral takes the next number, and the school is not duplicated.
    Referral second = referralFor(council.id);
    second.route = Route::DisagreementResolution;
    second.disagreementSubject = "Transport to school";
    second.schoolName = "larkfield primary school";
    QVERIFY(!cases.createReferral(second, kToday, std::nullopt, &id, &reference));
    QCOMPARE(reference, QStringLiteral("DR-2026-00002"));
    QCOMPARE(count(database.connection(), "organisations"), 1);
    QList<Activity> timeline;
    QVERIFY(!ActivityRepository(database.connection()).listForCase(id, &timeline));
    QCOMPARE(timeline.size(), 1);
    QVERIFY(timeline.first().summary.contains("Referral taken"));
}

void TestCaseRepository::invalidReferralSavesNothing()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    QVERIFY(!database.open());
    Council council;
    council.name = "Eastbrook County Council";
    council.code = "EBC";
    QVERIFY(!CouncilRepository(database.connection()).add(&council));
    CaseRepository cases(database.connection(), BankHolidayCalendar::shipped());

    Referral bad = referralFor(council.id);
    bad.referrerKind = ReferrerKind::YoungPerson; // but born in 2015
    qint64 id = 0;
    const StoreError error = cases.createReferral(bad, kToday, std::nullopt, &id);
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    QVERIFY(error.message().contains("16 or over"));
    Referral noCouncil = referralFor(999); // passes the form, fails in the store
    QCOMPARE(cases.createReferral(noCouncil, kToday, std::nullopt, &id).kind(), StoreError::Kind::NotFound);
    for (const char* table : {"cases", "people", "organisations", "activities", "counters"})
        QCOMPARE(count(database.connection(), table), 0);
}

void TestCaseRepository::stageMovesAreCheckedAndLogged()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    QVERIFY(!database.open());
    Council council;
    council.name = "Westvale City Council";
    council.code = "WVC";
    QVERIFY(!CouncilRepository(database.connection()).add(&council));
    CaseRepository cases(database.connection(), BankHolidayCalendar::shipped());
    qint64 id = 0;
    QVERIFY(!cases.createReferral(referralFor(council.id), kToday, std::nullopt, &id));

    // Refused: the rules say information comes first; nothing changes.
    StoreError refused =
        cases.moveStage(id, {CaseStage::MediationRequested, QDate(2026, 11, 20), {}}, kToday, {});
    QCOMPARE(refused.kind(), StoreError::Kind::Invalid);
    QVERIFY(refused.message().contains("information first"));
    CaseDetails details;
    QVERIFY(!cases.load(id, &details));
    QCOMPARE(details.stage, CaseStage::Enquiry);

    QVERIFY(!cases.moveStage(id, {CaseStage::InformationGiven, QDate(2026, 11, 20), {}}, kToday, {}));
    QVERIFY(!cases.moveStage(id, {CaseStage::MediationRequested, QDate(2026, 11, 23), {}}, kToday, {}));
    QVERIFY(!cases.load(id, &details));
    QCOMPARE(details.stage, CaseStage::MediationRequested);
    QCOMPARE(details.mediationRequestedDate, QDate(2026, 11, 23));
    // Now the case waits on the 30-day meeting duty: 23 Nov + 30 days = 23 Dec.
    QSqlQuery query(database.connection());
    query.prepare("SELECT next_deadline, next_deadline_kind FROM cases WHERE id = ?");
    query.addBindValue(id);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toDate(), QDate(2026, 12, 23));
    QCOMPARE(query.value(1).toString(), QStringLiteral("meeting_by"));
    query.finish();

    QCOMPARE(cases.moveStage(id, {CaseStage::Closed, QDate(2026, 11, 23), {}}, kToday, {}).kind(),
             StoreError::Kind::Invalid); // no reason given
    QVERIFY(!cases.moveStage(id, {CaseStage::Closed, QDate(2026, 11, 23), "Family withdrew"}, kToday, {}));
    QVERIFY(!cases.load(id, &details));
    QCOMPARE(details.closedReason, QStringLiteral("Family withdrew"));
    QVERIFY(query.exec() && query.next());
    QVERIFY(query.value(0).isNull()); // a closed case waits on nothing

    QList<Activity> timeline;
    QVERIFY(!ActivityRepository(database.connection()).listForCase(id, &timeline));
    QCOMPARE(timeline.size(), 4); // referral + three moves, each time-stamped
    QVERIFY(timeline.first().summary.contains("Closed"));
    QCOMPARE(timeline.first().body, QStringLiteral("Family withdrew"));
    QVERIFY(timeline.first().occurredAt.isValid());
}

void TestCaseRepository::anotherDesksSaveIsNotOverwritten()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database deskA(test.settings());
    QVERIFY(!deskA.open());
    Database deskB(test.settings());
    QVERIFY(!deskB.open());
    Council council;
    council.name = "Saltmarsh Council";
    council.code = "SMC";
    QVERIFY(!CouncilRepository(deskA.connection()).add(&council));
    CaseRepository casesA(deskA.connection(), BankHolidayCalendar::shipped());
    CaseRepository casesB(deskB.connection(), BankHolidayCalendar::shipped());
    qint64 id = 0;
    QVERIFY(!casesA.createReferral(referralFor(council.id), kToday, std::nullopt, &id));

    CaseDetails a;
    CaseDetails b;
    QVERIFY(!casesA.load(id, &a));
    QVERIFY(!casesB.load(id, &b));
    a.referral.interpreterLanguage = "Vietnamese";
    QVERIFY(!casesA.saveDetails(a, {}));
    b.referral.reasonableAdjustments = "Breaks every 45 minutes";
    const StoreError conflict = casesB.saveDetails(b, {});
    QCOMPARE(conflict.kind(), StoreError::Kind::Conflict);
    QVERIFY(conflict.message().contains("Someone else saved"));

    CaseDetails now;
    QVERIFY(!casesB.load(id, &now));
    QCOMPARE(now.referral.interpreterLanguage, QStringLiteral("Vietnamese"));
    QVERIFY(now.referral.reasonableAdjustments.isEmpty());
    // Reloaded, B's edit goes in.
    now.referral.reasonableAdjustments = "Breaks every 45 minutes";
    QVERIFY(!casesB.saveDetails(now, {}));
}

QTEST_GUILESS_MAIN(TestCaseRepository)
#include "tst_caserepository.moc"

void TestCaseRepository::meetingHeldNeedsTheDecisionMaker()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    QVERIFY(!database.open());
    Council council;
    council.name = "Westvale City Council";
    council.code = "WVC";
    QVERIFY(!CouncilRepository(database.connection()).add(&council));
    CaseRepository cases(database.connection(), BankHolidayCalendar::shipped());
    qint64 id = 0;
    Referral referral = referralFor(council.id);
    referral.decisionType = DecisionType::RefusalToAssess; // only the decision-maker is required
    referral.sections = {};
    QVERIFY(!cases.createReferral(referral, kToday, std::nullopt, &id));
    const QDate day(2026, 11, 23);
    for (CaseStage stage :
         {CaseStage::InformationGiven, CaseStage::MediationRequested, CaseStage::MeetingArranged})
        QVERIFY(!cases.moveStage(id, {stage, day, {}}, kToday, {}));

    InviteeRepository invitees(database.connection());
    Invitee parent;
    parent.caseId = id;
    parent.displayName = "Siobhán Nguyễn";
    parent.role = InviteeRole::ParentCarer;
    parent.status = InviteeStatus::Attended;
    QVERIFY(!invitees.add(&parent));
    Invitee officer;
    officer.caseId = id;
    officer.displayName = "Pat Council";
    officer.role = InviteeRole::CouncilDecisionMaker;
    officer.status = InviteeStatus::Declined; // declined is not invited
    QVERIFY(!invitees.add(&officer));

    const int before = count(database.connection(), "activities");
    const StoreError refused = cases.moveStage(id, {CaseStage::MeetingHeld, day, {}}, kToday, {});
    QCOMPARE(refused.kind(), StoreError::Kind::Invalid);
    QVERIFY2(refused.message().contains("no council decision-maker"), qPrintable(refused.message()));
    CaseDetails details;
    QVERIFY(!cases.load(id, &details));
    QCOMPARE(details.stage, CaseStage::MeetingArranged);
    QVERIFY(!details.meetingHeldDate.isValid());
    QCOMPARE(count(database.connection(), "activities"), before); // nothing logged

    officer.status = InviteeStatus::Attended;
    QVERIFY(!invitees.update(officer));
    QVERIFY(!cases.moveStage(id, {CaseStage::MeetingHeld, day, {}}, kToday, {}));
    QVERIFY(!cases.load(id, &details));
    QCOMPARE(details.stage, CaseStage::MeetingHeld);
    QCOMPARE(details.meetingHeldDate, day);
}

void TestCaseRepository::drMeetingBookedNeedsWillingness()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    QVERIFY(!database.open());
    Council council;
    council.name = "Westvale City Council";
    council.code = "WVC";
    QVERIFY(!CouncilRepository(database.connection()).add(&council));
    CaseRepository cases(database.connection(), BankHolidayCalendar::shipped());
    Referral referral = referralFor(council.id);
    referral.route = Route::DisagreementResolution;
    referral.decisionType.reset();
    referral.sections = {};
    referral.decisionNoticeDate = {};
    referral.disagreementSubject = "Transport to school";
    referral.otherParties = "Larkfield Primary School";
    qint64 id = 0;
    const StoreError created = cases.createReferral(referral, kToday, std::nullopt, &id);
    QVERIFY2(!created, qPrintable(created.message()));
    const QDate day(2026, 11, 23);
    for (CaseStage stage : {CaseStage::PartiesContacted, CaseStage::AllWilling})
        QVERIFY(!cases.moveStage(id, {stage, day, {}}, kToday, {}));

    InviteeRepository invitees(database.connection());
    Invitee school;
    school.caseId = id;
    school.displayName = "Larkfield SENCO";
    school.role = InviteeRole::SchoolRepresentative;
    school.status = InviteeStatus::Invited;
    QVERIFY(!invitees.add(&school));
    const StoreError refused = cases.moveStage(id, {CaseStage::MeetingBooked, day, {}}, kToday, {});
    QCOMPARE(refused.kind(), StoreError::Kind::Invalid);
    QVERIFY2(refused.message().contains("willing"), qPrintable(refused.message()));

    school.willing = true;
    QVERIFY(!invitees.update(school));
    const StoreError booked = cases.moveStage(id, {CaseStage::MeetingBooked, day, {}}, kToday, {});
    QVERIFY2(!booked, qPrintable(booked.message()));
    CaseDetails details;
    QVERIFY(!cases.load(id, &details));
    QCOMPARE(details.stage, CaseStage::MeetingBooked);
}

void TestCaseRepository::mediatorIsAssigned()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    QVERIFY(!database.open());
    Council council;
    council.name = "Westvale City Council";
    council.code = "WVC";
    QVERIFY(!CouncilRepository(database.connection()).add(&council));
    User mediator;
    mediator.username = "ama.owusu";
    mediator.displayName = "Ama Owusu";
    mediator.role = UserRole::Mediator;
    QVERIFY(!UserRepository(database.connection()).add(&mediator));
    CaseRepository cases(database.connection(), BankHolidayCalendar::shipped());
    qint64 id = 0;
    QVERIFY(!cases.createReferral(referralFor(council.id), kToday, std::nullopt, &id));

    QVERIFY(!cases.assignMediator(id, mediator.id, std::nullopt));
    CaseDetails details;
    QVERIFY(!cases.load(id, &details));
    QCOMPARE(details.mediatorId, std::optional<qint64>(mediator.id));
    QCOMPARE(details.mediatorName, QStringLiteral("Ama Owusu"));
    QList<Activity> timeline;
    QVERIFY(!ActivityRepository(database.connection()).listForCase(id, &timeline));
    QVERIFY(timeline.first().summary.contains("Ama Owusu"));

    QCOMPARE(cases.assignMediator(id, mediator.id + 100, std::nullopt).kind(), StoreError::Kind::NotFound);
    QCOMPARE(cases.assignMediator(id + 100, mediator.id, std::nullopt).kind(), StoreError::Kind::NotFound);
    QVERIFY(!cases.assignMediator(id, std::nullopt, std::nullopt));
    QVERIFY(!cases.load(id, &details));
    QVERIFY(!details.mediatorId);
    QVERIFY(details.mediatorName.isEmpty());
}
