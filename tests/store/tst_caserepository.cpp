#include "CaseSeed.h"
#include "PlainSql.h"
#include "StoreVerify.h"
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
    CG_VERIFY_OK(database.open());
    Council council;
    council.name = "Northmoor Borough Council";
    council.code = "NMB";
    council.referralActionWorkingDays = 5;
    CG_VERIFY_OK(CouncilRepository(database.connection()).add(&council));

    CaseRepository cases(database.connection(), BankHolidayCalendar::shipped());
    qint64 id = 0;
    QString reference;
    const StoreError error =
        cases.createReferral(referralFor(council.id), kToday, std::nullopt, &id, &reference);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QCOMPARE(reference, QStringLiteral("MED-2026-00001"));

    CaseDetails details;
    CG_VERIFY_OK(cases.load(id, &details));
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
    CG_VERIFY_OK(cases.createReferral(second, kToday, std::nullopt, &id, &reference));
    QCOMPARE(reference, QStringLiteral("DR-2026-00002"));
    QCOMPARE(PlainSql::rowCount(database.connection(), "organisations"), 1);
    QList<Activity> timeline;
    CG_VERIFY_OK(ActivityRepository(database.connection()).listForCase(id, &timeline));
    QCOMPARE(timeline.size(), 1);
    QVERIFY(timeline.first().summary.contains("Referral taken"));
}

void TestCaseRepository::invalidReferralSavesNothing()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    const qint64 councilId = CaseSeed::addCouncil(database.connection(), "Eastbrook County Council", "EBC");
    QVERIFY(councilId);
    CaseRepository cases(database.connection(), BankHolidayCalendar::shipped());

    Referral bad = referralFor(councilId);
    bad.referrerKind = ReferrerKind::YoungPerson; // but born in 2015
    qint64 id = 0;
    const StoreError error = cases.createReferral(bad, kToday, std::nullopt, &id);
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    QVERIFY(error.message().contains("16 or over"));
    Referral noCouncil = referralFor(999); // passes the form, fails in the store
    QCOMPARE(cases.createReferral(noCouncil, kToday, std::nullopt, &id).kind(), StoreError::Kind::NotFound);
    for (const char* table : {"cases", "people", "organisations", "activities", "counters"})
        QCOMPARE(PlainSql::rowCount(database.connection(), table), 0);
}

void TestCaseRepository::stageMovesAreCheckedAndLogged()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    const qint64 councilId = CaseSeed::addCouncil(database.connection(), "Westvale City Council", "WVC");
    QVERIFY(councilId);
    CaseRepository cases(database.connection(), BankHolidayCalendar::shipped());
    qint64 id = 0;
    CG_VERIFY_OK(cases.createReferral(referralFor(councilId), kToday, std::nullopt, &id));

    // Refused: the rules say information comes first; nothing changes.
    StoreError refused =
        cases.moveStage(id, {CaseStage::MediationRequested, QDate(2026, 11, 20), {}}, kToday, {});
    QCOMPARE(refused.kind(), StoreError::Kind::Invalid);
    QVERIFY(refused.message().contains("information first"));
    CaseDetails details;
    CG_VERIFY_OK(cases.load(id, &details));
    QCOMPARE(details.stage, CaseStage::Enquiry);

    CG_VERIFY_OK(cases.moveStage(id, {CaseStage::InformationGiven, QDate(2026, 11, 20), {}}, kToday, {}));
    CG_VERIFY_OK(cases.moveStage(id, {CaseStage::MediationRequested, QDate(2026, 11, 23), {}}, kToday, {}));
    CG_VERIFY_OK(cases.load(id, &details));
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
    CG_VERIFY_OK(
        cases.moveStage(id, {CaseStage::Closed, QDate(2026, 11, 23), "Family withdrew"}, kToday, {}));
    CG_VERIFY_OK(cases.load(id, &details));
    QCOMPARE(details.closedReason, QStringLiteral("Family withdrew"));
    QVERIFY(query.exec() && query.next());
    QVERIFY(query.value(0).isNull()); // a closed case waits on nothing

    QList<Activity> timeline;
    CG_VERIFY_OK(ActivityRepository(database.connection()).listForCase(id, &timeline));
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
    CG_VERIFY_OK(deskA.open());
    Database deskB(test.settings());
    CG_VERIFY_OK(deskB.open());
    const qint64 councilId = CaseSeed::addCouncil(deskA.connection(), "Saltmarsh Council", "SMC");
    QVERIFY(councilId);
    CaseRepository casesA(deskA.connection(), BankHolidayCalendar::shipped());
    CaseRepository casesB(deskB.connection(), BankHolidayCalendar::shipped());
    qint64 id = 0;
    CG_VERIFY_OK(casesA.createReferral(referralFor(councilId), kToday, std::nullopt, &id));

    CaseDetails a;
    CaseDetails b;
    CG_VERIFY_OK(casesA.load(id, &a));
    CG_VERIFY_OK(casesB.load(id, &b));
    a.referral.interpreterLanguage = "Vietnamese";
    CG_VERIFY_OK(casesA.saveDetails(a, {}));
    b.referral.reasonableAdjustments = "Breaks every 45 minutes";
    const StoreError conflict = casesB.saveDetails(b, {});
    QCOMPARE(conflict.kind(), StoreError::Kind::Conflict);
    QVERIFY2(conflict.message().contains("Someone else changed this case"), qPrintable(conflict.message()));

    CaseDetails now;
    CG_VERIFY_OK(casesB.load(id, &now));
    QCOMPARE(now.referral.interpreterLanguage, QStringLiteral("Vietnamese"));
    QVERIFY(now.referral.reasonableAdjustments.isEmpty());
    // Reloaded, B's edit goes in.
    now.referral.reasonableAdjustments = "Breaks every 45 minutes";
    CG_VERIFY_OK(casesB.saveDetails(now, {}));
}

QTEST_GUILESS_MAIN(TestCaseRepository)
#include "tst_caserepository.moc"

void TestCaseRepository::meetingHeldNeedsTheDecisionMaker()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    const qint64 councilId = CaseSeed::addCouncil(database.connection(), "Westvale City Council", "WVC");
    QVERIFY(councilId);
    CaseRepository cases(database.connection(), BankHolidayCalendar::shipped());
    qint64 id = 0;
    Referral referral = referralFor(councilId);
    referral.decisionType = DecisionType::RefusalToAssess; // only the decision-maker is required
    referral.sections = {};
    CG_VERIFY_OK(cases.createReferral(referral, kToday, std::nullopt, &id));
    const QDate day(2026, 11, 23);
    for (CaseStage stage :
         {CaseStage::InformationGiven, CaseStage::MediationRequested, CaseStage::MeetingArranged})
        CG_VERIFY_OK(cases.moveStage(id, {stage, day, {}}, kToday, {}));

    InviteeRepository invitees(database.connection());
    Invitee parent;
    parent.caseId = id;
    parent.displayName = "Siobhán Nguyễn";
    parent.role = InviteeRole::ParentCarer;
    parent.status = InviteeStatus::Attended;
    CG_VERIFY_OK(invitees.add(&parent));
    Invitee officer;
    officer.caseId = id;
    officer.displayName = "Pat Council";
    officer.role = InviteeRole::CouncilDecisionMaker;
    officer.status = InviteeStatus::Declined; // declined is not invited
    CG_VERIFY_OK(invitees.add(&officer));

    const int before = PlainSql::rowCount(database.connection(), "activities");
    const StoreError refused = cases.moveStage(id, {CaseStage::MeetingHeld, day, {}}, kToday, {});
    QCOMPARE(refused.kind(), StoreError::Kind::Invalid);
    QVERIFY2(refused.message().contains("no council decision-maker"), qPrintable(refused.message()));
    CaseDetails details;
    CG_VERIFY_OK(cases.load(id, &details));
    QCOMPARE(details.stage, CaseStage::MeetingArranged);
    QVERIFY(!details.meetingHeldDate.isValid());
    QCOMPARE(PlainSql::rowCount(database.connection(), "activities"), before); // nothing logged

    officer.status = InviteeStatus::Attended;
    CG_VERIFY_OK(invitees.update(officer));
    CG_VERIFY_OK(cases.moveStage(id, {CaseStage::MeetingHeld, day, {}}, kToday, {}));
    CG_VERIFY_OK(cases.load(id, &details));
    QCOMPARE(details.stage, CaseStage::MeetingHeld);
    QCOMPARE(details.meetingHeldDate, day);
}

void TestCaseRepository::drMeetingBookedNeedsWillingness()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    const qint64 councilId = CaseSeed::addCouncil(database.connection(), "Westvale City Council", "WVC");
    QVERIFY(councilId);
    CaseRepository cases(database.connection(), BankHolidayCalendar::shipped());
    Referral referral = referralFor(councilId);
    referral.route = Route::DisagreementResolution;
    referral.decisionType.reset();
    referral.sections = {};
    referral.decisionNoticeDate = {};
    referral.disagreementSubject = "Transport to school";
    referral.otherParties = "Larkfield Primary School";
    qint64 id = 0;
    const StoreError created = cases.createReferral(referral, kToday, std::nullopt, &id);
    QVERIFY2(created.ok(), qPrintable(created.message()));
    const QDate day(2026, 11, 23);
    for (CaseStage stage : {CaseStage::PartiesContacted, CaseStage::AllWilling})
        CG_VERIFY_OK(cases.moveStage(id, {stage, day, {}}, kToday, {}));

    InviteeRepository invitees(database.connection());
    Invitee school;
    school.caseId = id;
    school.displayName = "Larkfield SENCO";
    school.role = InviteeRole::SchoolRepresentative;
    school.status = InviteeStatus::Invited;
    CG_VERIFY_OK(invitees.add(&school));
    const StoreError refused = cases.moveStage(id, {CaseStage::MeetingBooked, day, {}}, kToday, {});
    QCOMPARE(refused.kind(), StoreError::Kind::Invalid);
    QVERIFY2(refused.message().contains("willing"), qPrintable(refused.message()));

    school.willing = true;
    CG_VERIFY_OK(invitees.update(school));
    const StoreError booked = cases.moveStage(id, {CaseStage::MeetingBooked, day, {}}, kToday, {});
    QVERIFY2(booked.ok(), qPrintable(booked.message()));
    CaseDetails details;
    CG_VERIFY_OK(cases.load(id, &details));
    QCOMPARE(details.stage, CaseStage::MeetingBooked);
}

void TestCaseRepository::mediatorIsAssigned()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    const qint64 councilId = CaseSeed::addCouncil(database.connection(), "Westvale City Council", "WVC");
    QVERIFY(councilId);
    User mediator;
    mediator.username = "ama.owusu";
    mediator.displayName = "Ama Owusu";
    mediator.role = UserRole::Mediator;
    CG_VERIFY_OK(UserRepository(database.connection()).add(&mediator));
    CaseRepository cases(database.connection(), BankHolidayCalendar::shipped());
    qint64 id = 0;
    CG_VERIFY_OK(cases.createReferral(referralFor(councilId), kToday, std::nullopt, &id));

    CG_VERIFY_OK(cases.assignMediator(id, mediator.id, std::nullopt));
    CaseDetails details;
    CG_VERIFY_OK(cases.load(id, &details));
    QCOMPARE(details.mediatorId, std::optional<qint64>(mediator.id));
    QCOMPARE(details.mediatorName, QStringLiteral("Ama Owusu"));
    QList<Activity> timeline;
    CG_VERIFY_OK(ActivityRepository(database.connection()).listForCase(id, &timeline));
    QVERIFY(timeline.first().summary.contains("Ama Owusu"));

    QCOMPARE(cases.assignMediator(id, mediator.id + 100, std::nullopt).kind(), StoreError::Kind::NotFound);
    QCOMPARE(cases.assignMediator(id + 100, mediator.id, std::nullopt).kind(), StoreError::Kind::NotFound);
    CG_VERIFY_OK(cases.assignMediator(id, std::nullopt, std::nullopt));
    CG_VERIFY_OK(cases.load(id, &details));
    QVERIFY(!details.mediatorId);
    QVERIFY(details.mediatorName.isEmpty());
}
