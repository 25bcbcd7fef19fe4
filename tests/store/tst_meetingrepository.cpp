#include "CaseSeed.h"
#include "LondonTime.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "domain/OfficeTime.h"
#include "rules/CaseDeadlines.h"
#include "store/directory/InviteeRepository.h"
#include "store/infrastructure/Database.h"
#include "store/meetings/MeetingRepository.h"
#include "store/meetings/VenueRepository.h"

#include <QSqlQuery>
#include <QTest>

// Meetings on both engines: clashes refused naming the other meeting, the
// 30-day warning, history of moves and cancellations, outcomes and the Part 2
// clock. Every name and place is synthetic.
namespace {
const QDate kToday(2026, 11, 23);

struct World
{
    qint64 council = 0;
    qint64 ollie = 0;
    qint64 hana = 0;
    qint64 caseA = 0; // mediation requested 16 Nov: meeting by 16 Dec
    qint64 caseB = 0;
    Venue hall;
};

bool makeWorld(QSqlDatabase db, World* w, QString* why, PlanSections sections = {})
{
    w->council = CaseSeed::addCouncil(db, QStringLiteral("Northmoor Borough Council"), QStringLiteral("NMB"));
    w->ollie = CaseSeed::addUser(db, QStringLiteral("ollie.farrant"), QStringLiteral("Ollie Farrant"));
    w->hana = CaseSeed::addUser(db, QStringLiteral("hana.castell"), QStringLiteral("Hana Castell"));
    if (!w->council || !w->ollie || !w->hana) {
        *why = QStringLiteral("seed failed");
        return false;
    }
    CaseRepository cases(db, BankHolidayCalendar::shipped());
    for (qint64* id : {&w->caseA, &w->caseB}) {
        Referral referral = CaseSeed::mediationReferral(w->council, QStringLiteral("Tomasz"),
                                                        QStringLiteral("Wren"), QDate(2026, 11, 12));
        if (!sections.isEmpty()) {
            referral.decisionType = DecisionType::PlanContent;
            referral.sections = sections;
        }
        *id = CaseSeed::addCase(db, referral, kToday, why);
        if (!*id)
            return false;
        for (const StageChange& change :
             {StageChange{CaseStage::InformationGiven, QDate(2026, 11, 13), {}},
              StageChange{CaseStage::MediationRequested, QDate(2026, 11, 16), {}}}) {
            if (StoreError e = cases.moveStage(*id, change, kToday, std::nullopt)) {
                *why = e.message();
                return false;
            }
        }
    }
    w->hall.name = QStringLiteral("Brackenholt Community Centre");
    w->hall.address = QStringLiteral("4 Mill Lane, Northmoor");
    w->hall.accessibilityNotes = QStringLiteral("Step-free; hearing loop");
    if (StoreError e = VenueRepository(db).add(&w->hall)) {
        *why = e.message();
        return false;
    }
    return true;
}

Meeting mediation(qint64 caseId, const QDateTime& start, qint64 mediator, const QString& name)
{
    Meeting m;
    m.caseId = caseId;
    m.kind = MeetingKind::Mediation;
    m.start = start;
    m.end = Meeting::defaultEnd(start);
    m.platform = QStringLiteral("Teams");
    m.link = QStringLiteral("https://teams.example/meet/1");
    m.mediators = {{mediator, name}};
    return m;
}

using CaseSeed::inviteDecisionMaker;
// Makes every change of a case's stage fail, as a broken disk or a guard
// would, so that what is saved with the move can be seen to roll back.
bool refuseStageMoves(QSqlDatabase db, bool refuse)
{
    QSqlQuery query(db);
    if (db.driverName() == QLatin1String("QSQLITE")) {
        if (!refuse)
            return query.exec(QStringLiteral("DROP TRIGGER test_refuse_stage"));
        return query.exec(QStringLiteral("CREATE TRIGGER test_refuse_stage BEFORE UPDATE OF stage ON cases "
                                         "BEGIN SELECT RAISE(ABORT, 'test: stage moves refused'); END"));
    }
    if (!refuse)
        return query.exec(QStringLiteral("DROP TRIGGER test_refuse_stage ON cases"));
    return query.exec(QStringLiteral("CREATE OR REPLACE FUNCTION test_refuse_stage() RETURNS trigger "
                                     "LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'test: stage moves "
                                     "refused'; END $$")) &&
           query.exec(QStringLiteral("CREATE TRIGGER test_refuse_stage BEFORE UPDATE OF stage ON cases "
                                     "FOR EACH ROW EXECUTE FUNCTION test_refuse_stage()"));
}

int countOf(QSqlDatabase db, const QString& sql, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(sql);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

CaseStage stageOf(QSqlDatabase db, qint64 caseId, CaseDetails* out = nullptr)
{
    CaseDetails details;
    CG_EXPECT_OK(CaseRepository(db, BankHolidayCalendar::shipped()).load(caseId, &details));
    if (out)
        *out = details;
    return details.stage;
}
} // namespace

class TestMeetingRepository : public QObject
{
    Q_OBJECT

private slots:
    void bookAndReadBack_data() { TestDatabase::addEngineRows(); }
    void bookAndReadBack();
    void clashesAreRefused_data() { TestDatabase::addEngineRows(); }
    void clashesAreRefused();
    void thirtyDayWarning_data() { TestDatabase::addEngineRows(); }
    void thirtyDayWarning();
    void rescheduleAndCancelKeepHistory_data() { TestDatabase::addEngineRows(); }
    void rescheduleAndCancelKeepHistory();
    void outcomeStartsPart2_data() { TestDatabase::addEngineRows(); }
    void outcomeStartsPart2();
    void sectionIOnlyHasNoPart2_data() { TestDatabase::addEngineRows(); }
    void sectionIOnlyHasNoPart2();
    void officeHoursSetting_data() { TestDatabase::addEngineRows(); }
    void officeHoursSetting();
    void bookAndMoveInOneTransaction_data() { TestDatabase::addEngineRows(); }
    void bookAndMoveInOneTransaction();
    void cancellingTheOnlyMeetingMovesBack_data() { TestDatabase::addEngineRows(); }
    void cancellingTheOnlyMeetingMovesBack();
    void heldStartsPart2FromTheMeetingsEnd_data() { TestDatabase::addEngineRows(); }
    void heldStartsPart2FromTheMeetingsEnd();
    void cannotBeHeldInTimeMakesPart3Due_data() { TestDatabase::addEngineRows(); }
    void cannotBeHeldInTimeMakesPart3Due();
    void meetingDatesFollowTheRule_data() { TestDatabase::addEngineRows(); }
    void meetingDatesFollowTheRule();
    void disagreementResolutionMeetingsMoveTheCase_data() { TestDatabase::addEngineRows(); }
    void disagreementResolutionMeetingsMoveTheCase();
    void editChecksNewTimesWithNewMediators_data() { TestDatabase::addEngineRows(); }
    void editChecksNewTimesWithNewMediators();
};

void TestMeetingRepository::bookAndReadBack()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    World w;
    QString why;
    QVERIFY2(makeWorld(db, &w, &why), qPrintable(why));

    Invitee parent;
    parent.caseId = w.caseA;
    parent.displayName = QStringLiteral("Jo Wren");
    parent.email = QStringLiteral("jo.wren@example.org");
    CG_VERIFY_OK(InviteeRepository(db).add(&parent));

    MeetingRepository meetings(db, BankHolidayCalendar::shipped());
    Meeting m = mediation(w.caseA, london(QDate(2026, 12, 8), 10), w.ollie, QStringLiteral("Ollie Farrant"));
    m.mode = MeetingMode::InPerson;
    m.venueId = w.hall.id;
    m.mediators.append({w.hana, QStringLiteral("Hana Castell")});
    m.invitees = {{parent.id, {}, {}, Attendance::Expected}};
    m.reasonableAdjustments = QStringLiteral("Breaks every 45 minutes");
    m.interpreterLanguage = QStringLiteral("Polish");
    MeetingRules::BookingCheck check;
    const StoreError booked = meetings.book(&m, kToday, w.hana, &check);
    QVERIFY2(booked.ok(), qPrintable(booked.message()));
    QVERIFY(m.id > 0);
    QVERIFY(m.uid.endsWith(QStringLiteral("@commonground")));
    QVERIFY(check.warnings.isEmpty());

    Meeting read;
    CG_VERIFY_OK(meetings.find(m.id, &read));
    QCOMPARE(read.start, m.start);
    QCOMPARE(read.end, london(QDate(2026, 12, 8), 13));
    QCOMPARE(read.mode, MeetingMode::InPerson);
    QVERIFY(read.platform.isEmpty()); // online details are not kept for a meeting in person
    QCOMPARE(read.venue.name, w.hall.name);
    QCOMPARE(read.venue.accessibilityNotes, w.hall.accessibilityNotes);
    QCOMPARE(read.mediators.size(), 2);
    QCOMPARE(read.invitees.size(), 1);
    QCOMPARE(read.invitees.first().email, QStringLiteral("jo.wren@example.org"));
    QCOMPARE(read.interpreterLanguage, QStringLiteral("Polish"));
    QCOMPARE(read.caseReference.isEmpty(), false);
    QCOMPARE(read.sequence, 0);
    // Booking the mediation arranged the case's meeting.
    QCOMPARE(stageOf(db, w.caseA), CaseStage::MeetingArranged);

    // What the invitation letters say about it: the same instants, mode and venue.
    std::optional<Meeting> next;
    CG_VERIFY_OK(InviteeRepository(db).nextMeeting(w.caseA, &next));
    QVERIFY(next);
    QCOMPARE(next->start, m.start);
    QCOMPARE(next->end, read.end);
    QCOMPARE(next->mode, MeetingMode::InPerson);
    QCOMPARE(next->venue.name, w.hall.name);
    QCOMPARE(next->venue.address, w.hall.address);

    CG_VERIFY_OK(meetings.setAttendance(m.id, parent.id, Attendance::Attended));
    CG_VERIFY_OK(meetings.find(m.id, &read));
    QCOMPARE(read.invitees.first().attendance, Attendance::Attended);

    // Invited after the booking: expected at the meeting still to be held,
    // and on its attendance list.
    Invitee adviser;
    adviser.caseId = w.caseA;
    adviser.displayName = QStringLiteral("Priya Lorne");
    adviser.role = InviteeRole::SendiassAdviser;
    CG_VERIFY_OK(InviteeRepository(db).add(&adviser));
    CG_VERIFY_OK(meetings.find(m.id, &read));
    QCOMPARE(read.invitees.size(), 2);
    QCOMPARE(read.invitees.at(1).inviteeId, adviser.id);
    QCOMPARE(read.invitees.at(1).attendance, Attendance::Expected);
    QCOMPARE(read.invitees.first().attendance, Attendance::Attended); // the others as they were

    MeetingRepository::Filter filter;
    filter.mediatorId = w.hana;
    QList<Meeting> listed;
    CG_VERIFY_OK(meetings.list(filter, &listed));
    QCOMPARE(listed.size(), 1);
    filter.mediatorId = w.ollie + w.hana + 100;
    CG_VERIFY_OK(meetings.list(filter, &listed));
    QVERIFY(listed.isEmpty());
    filter = {};
    filter.from = london(QDate(2026, 12, 9), 0);
    CG_VERIFY_OK(meetings.list(filter, &listed));
    QVERIFY(listed.isEmpty());
    filter.from = london(QDate(2026, 12, 8), 0);
    filter.to = london(QDate(2026, 12, 9), 0);
    CG_VERIFY_OK(meetings.list(filter, &listed));
    QCOMPARE(listed.size(), 1);

    // Another case's invitee cannot be asked to this meeting.
    Invitee stranger;
    stranger.caseId = w.caseB;
    stranger.displayName = QStringLiteral("Sam Oduya");
    CG_VERIFY_OK(InviteeRepository(db).add(&stranger));
    read.invitees.append({stranger.id, stranger.displayName, {}, Attendance::Expected});
    const StoreError wrong = meetings.edit(read, QString(), kToday, std::nullopt);
    QCOMPARE(wrong.kind(), StoreError::Kind::Invalid);
    QVERIFY(wrong.message().contains(QStringLiteral("Sam Oduya")));
}

void TestMeetingRepository::clashesAreRefused()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    World w;
    QString why;
    QVERIFY2(makeWorld(db, &w, &why), qPrintable(why));
    MeetingRepository meetings(db, BankHolidayCalendar::shipped());

    Meeting first =
        mediation(w.caseA, london(QDate(2026, 12, 8), 10), w.ollie, QStringLiteral("Ollie Farrant"));
    first.mode = MeetingMode::InPerson;
    first.venueId = w.hall.id;
    CG_VERIFY_OK(meetings.book(&first, kToday, std::nullopt));

    // Same mediator, overlapping: refused, naming the other meeting.
    Meeting second =
        mediation(w.caseB, london(QDate(2026, 12, 8), 12), w.ollie, QStringLiteral("Ollie Farrant"));
    const StoreError clash = meetings.book(&second, kToday, std::nullopt);
    QCOMPARE(clash.kind(), StoreError::Kind::Invalid);
    QVERIFY2(clash.message().contains(QStringLiteral("Ollie Farrant is already booked")),
             qPrintable(clash.message()));
    QVERIFY2(clash.message().contains(QStringLiteral("mediation meeting, Tue 8 Dec 2026 10:00")),
             qPrintable(clash.message()));
    QCOMPARE(second.id, 0);

    // Same venue with another mediator: refused too.
    second.mediators = {{w.hana, QStringLiteral("Hana Castell")}};
    second.mode = MeetingMode::InPerson;
    second.venueId = w.hall.id;
    const StoreError venueClash = meetings.book(&second, kToday, std::nullopt);
    QVERIFY2(venueClash.message().contains(QStringLiteral("Brackenholt Community Centre is already booked")),
             qPrintable(venueClash.message()));

    // Online with another mediator: fine.
    second.mode = MeetingMode::Online;
    second.venueId.reset();
    CG_VERIFY_OK(meetings.book(&second, kToday, std::nullopt));

    // Moving the second onto Ollie's time is refused the same way.
    Meeting third =
        mediation(w.caseB, london(QDate(2026, 12, 9), 10), w.ollie, QStringLiteral("Ollie Farrant"));
    CG_VERIFY_OK(meetings.book(&third, kToday, std::nullopt));
    const StoreError moved =
        meetings.reschedule(third.id, london(QDate(2026, 12, 8), 11), london(QDate(2026, 12, 8), 14),
                            QStringLiteral("Room free"), kToday, std::nullopt);
    QCOMPARE(moved.kind(), StoreError::Kind::Invalid);
    QVERIFY(moved.message().contains(QStringLiteral("already booked")));

    // Once the first is cancelled its slot is free.
    CG_VERIFY_OK(meetings.cancel(first.id, QStringLiteral("Family unwell"), std::nullopt));
    CG_VERIFY_OK(meetings.reschedule(third.id, london(QDate(2026, 12, 8), 10), london(QDate(2026, 12, 8), 13),
                                     QStringLiteral("Earlier slot"), kToday, std::nullopt));
}

void TestMeetingRepository::thirtyDayWarning()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    World w;
    QString why;
    QVERIFY2(makeWorld(db, &w, &why), qPrintable(why));
    MeetingRepository meetings(db, BankHolidayCalendar::shipped());

    // Requested 16 Nov: day 30 is Wed 16 Dec; 23 days left on 23 Nov.
    Meeting inTime =
        mediation(w.caseA, london(QDate(2026, 12, 16), 10), w.ollie, QStringLiteral("Ollie Farrant"));
    MeetingRules::BookingCheck check;
    CG_VERIFY_OK(meetings.check(inTime, kToday, &check));
    QVERIFY(check.meetingBy);
    QCOMPARE(check.meetingBy->date(), QDate(2026, 12, 16));
    QCOMPARE(check.daysLeft, 23);
    QVERIFY(!check.afterDeadline);
    QVERIFY(check.warnings.isEmpty());

    Meeting late =
        mediation(w.caseA, london(QDate(2026, 12, 17), 10), w.ollie, QStringLiteral("Ollie Farrant"));
    CG_VERIFY_OK(meetings.book(&late, kToday, std::nullopt, &check));
    QVERIFY(late.id > 0); // a warning, not a refusal
    QVERIFY(check.afterDeadline);
    QCOMPARE(check.warnings.size(), 1);
    QVERIFY2(check.warnings.first().contains(QStringLiteral("Part 3 certificate is due")),
             qPrintable(check.warnings.first()));
    QVERIFY(check.warnings.first().contains(QStringLiteral("16 Dec 2026")));
}

void TestMeetingRepository::rescheduleAndCancelKeepHistory()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    World w;
    QString why;
    QVERIFY2(makeWorld(db, &w, &why), qPrintable(why));
    MeetingRepository meetings(db, BankHolidayCalendar::shipped());
    Meeting m = mediation(w.caseA, london(QDate(2026, 12, 8), 10), w.ollie, QStringLiteral("Ollie Farrant"));
    CG_VERIFY_OK(meetings.book(&m, kToday, w.hana));

    const StoreError noReason =
        meetings.reschedule(m.id, london(QDate(2026, 12, 10), 10), london(QDate(2026, 12, 10), 13),
                            QStringLiteral("  "), kToday, w.hana);
    QCOMPARE(noReason.kind(), StoreError::Kind::Invalid);
    QVERIFY(noReason.message().contains(QStringLiteral("reason")));

    CG_VERIFY_OK(meetings.reschedule(m.id, london(QDate(2026, 12, 10), 10), london(QDate(2026, 12, 10), 13),
                                     QStringLiteral("Decision-maker on leave"), kToday, w.hana));
    Meeting read;
    CG_VERIFY_OK(meetings.find(m.id, &read));
    QCOMPARE(read.start, london(QDate(2026, 12, 10), 10));
    QCOMPARE(read.sequence, 1);
    QCOMPARE(read.uid, m.uid); // the same event, updated

    CG_VERIFY_OK(meetings.cancel(m.id, QStringLiteral("Family withdrew"), w.hana));
    CG_VERIFY_OK(meetings.find(m.id, &read));
    QCOMPARE(read.status, MeetingStatus::Cancelled);
    QCOMPARE(read.sequence, 2);
    QCOMPARE(meetings.cancel(m.id, QStringLiteral("Again"), w.hana).kind(), StoreError::Kind::Invalid);

    QList<MeetingChange> changes;
    CG_VERIFY_OK(meetings.history(m.id, &changes));
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).kind, MeetingChange::Kind::Rescheduled);
    QCOMPARE(changes.at(0).oldStart, london(QDate(2026, 12, 8), 10));
    QCOMPARE(changes.at(0).newStart, london(QDate(2026, 12, 10), 10));
    QCOMPARE(changes.at(0).reason, QStringLiteral("Decision-maker on leave"));
    QCOMPARE(changes.at(0).authorName, QStringLiteral("Hana Castell"));
    QCOMPARE(changes.at(1).kind, MeetingChange::Kind::Cancelled);
    QCOMPARE(changes.at(1).reason, QStringLiteral("Family withdrew"));
    QVERIFY(!changes.at(1).newStart.isValid());
}

void TestMeetingRepository::outcomeStartsPart2()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    World w;
    QString why;
    QVERIFY2(makeWorld(db, &w, &why), qPrintable(why));
    MeetingRepository meetings(db, BankHolidayCalendar::shipped());
    Meeting m = mediation(w.caseA, london(QDate(2026, 11, 20), 10), w.ollie, QStringLiteral("Ollie Farrant"));
    CG_VERIFY_OK(meetings.book(&m, QDate(2026, 11, 18), std::nullopt));

    MeetingRecord record;
    record.outcome = MeetingOutcome::PartlyAgreed;
    record.heldDate = QDate(2026, 11, 20);
    record.issuesCovered = QStringLiteral("Section F speech and language therapy");
    record.notes = QStringLiteral("Should not be kept");
    QCOMPARE(meetings.saveRecord(m.id, record, kToday, std::nullopt).kind(), StoreError::Kind::Invalid);
    record.notes.clear();
    record.actions = {{QStringLiteral("Amend section F"), QStringLiteral("Northmoor SEND Team"),
                       ActionParty::Council,
                       MeetingRules::defaultActionDue(ActionParty::Council, record.heldDate)}};
    // No council decision-maker invited: the invitee rules refuse, and nothing is saved.
    const StoreError refused = meetings.saveRecord(m.id, record, kToday, std::nullopt);
    QCOMPARE(refused.kind(), StoreError::Kind::Invalid);
    QVERIFY2(refused.message().contains(QStringLiteral("decision-maker")), qPrintable(refused.message()));
    MeetingRecord unsaved;
    CG_VERIFY_OK(meetings.record(m.id, &unsaved));
    QVERIFY(!unsaved.outcome);
    QVERIFY(unsaved.actions.isEmpty());
    QCOMPARE(stageOf(db, w.caseA), CaseStage::MeetingArranged);
    QVERIFY(inviteDecisionMaker(db, w.caseA));
    const StoreError saved = meetings.saveRecord(m.id, record, kToday, std::nullopt);
    QVERIFY2(saved.ok(), qPrintable(saved.message()));

    MeetingRecord read;
    CG_VERIFY_OK(meetings.record(m.id, &read));
    QCOMPARE(read.outcome, std::optional<MeetingOutcome>(MeetingOutcome::PartlyAgreed));
    QCOMPARE(read.actions.size(), 1);
    QCOMPARE(read.actions.first().due, QDate(2026, 12, 4));
    QVERIFY(read.notes.isEmpty());
    Meeting held;
    CG_VERIFY_OK(meetings.find(m.id, &held));
    QCOMPARE(held.status, MeetingStatus::Held);

    CaseDetails details;
    QCOMPARE(stageOf(db, w.caseA, &details), CaseStage::MeetingHeld);
    QCOMPARE(details.meetingHeldDate, QDate(2026, 11, 20));
    const DeadlineCalculator calculator(BankHolidayCalendar::shipped());
    const auto next = CaseDeadlines(calculator).next(CaseDeadlines::timelineOf(details));
    QVERIFY(next);
    QCOMPARE(next->kind, CaseDeadline::Kind::Certificate);
    QCOMPARE(next->part, std::optional<CertificatePart>(CertificatePart::Part2));
    QCOMPARE(next->deadline.date(), QDate(2026, 11, 25)); // 3 working days after Fri 20 Nov

    MeetingCopy copy;
    copy.recipient = QStringLiteral("Jo Wren");
    copy.sentOn = QDate(2026, 11, 21);
    CG_VERIFY_OK(meetings.addCopy(m.id, &copy));
    QList<MeetingCopy> copies;
    CG_VERIFY_OK(meetings.copies(m.id, &copies));
    QCOMPARE(copies.size(), 1);
    QCOMPARE(copies.first().sentOn, QDate(2026, 11, 21));
}

void TestMeetingRepository::sectionIOnlyHasNoPart2()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    World w;
    QString why;
    QVERIFY2(makeWorld(db, &w, &why, PlanSections{PlanSection::I}), qPrintable(why));
    MeetingRepository meetings(db, BankHolidayCalendar::shipped());
    Meeting m = mediation(w.caseA, london(QDate(2026, 11, 20), 10), w.ollie, QStringLiteral("Ollie Farrant"));
    CG_VERIFY_OK(meetings.book(&m, QDate(2026, 11, 18), std::nullopt));
    QVERIFY(inviteDecisionMaker(db, w.caseA));
    MeetingRecord record;
    record.outcome = MeetingOutcome::Agreed;
    record.heldDate = QDate(2026, 11, 20);
    CG_VERIFY_OK(meetings.saveRecord(m.id, record, kToday, std::nullopt));
    CaseDetails details;
    QCOMPARE(stageOf(db, w.caseA, &details), CaseStage::MeetingHeld);
    const DeadlineCalculator calculator(BankHolidayCalendar::shipped());
    for (const CaseDeadline& deadline : CaseDeadlines(calculator).all(CaseDeadlines::timelineOf(details)))
        QVERIFY(deadline.kind != CaseDeadline::Kind::Certificate);
}

void TestMeetingRepository::officeHoursSetting()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    World w;
    QString why;
    QVERIFY2(makeWorld(db, &w, &why), qPrintable(why));
    MeetingRepository meetings(db, BankHolidayCalendar::shipped());
    OfficeHours hours;
    CG_VERIFY_OK(meetings.officeHours(&hours));
    QCOMPARE(hours.start, QTime(9, 0));
    QCOMPARE(hours.end, QTime(17, 0));
    Meeting evening =
        mediation(w.caseA, london(QDate(2026, 12, 8), 17), w.ollie, QStringLiteral("Ollie Farrant"));
    MeetingRules::BookingCheck check;
    CG_VERIFY_OK(meetings.check(evening, kToday, &check));
    QCOMPARE(check.warnings.size(), 1);
    CG_VERIFY_OK(meetings.setOfficeHours({QTime(8, 0), QTime(20, 0)}));
    CG_VERIFY_OK(meetings.setOfficeHours({QTime(8, 0), QTime(20, 0)})); // saved twice: still one value each
    CG_VERIFY_OK(meetings.check(evening, kToday, &check));
    QVERIFY(check.warnings.isEmpty());
    QCOMPARE(meetings.setOfficeHours({QTime(18, 0), QTime(8, 0)}).kind(), StoreError::Kind::Invalid);
}

void TestMeetingRepository::bookAndMoveInOneTransaction()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    World w;
    QString why;
    QVERIFY2(makeWorld(db, &w, &why), qPrintable(why));
    MeetingRepository meetings(db, BankHolidayCalendar::shipped());
    const QString meetingsOfCase = QStringLiteral("SELECT COUNT(*) FROM meetings WHERE case_id = ?");
    const QString timelineOfCase = QStringLiteral("SELECT COUNT(*) FROM activities WHERE case_id = ?");
    const int entriesBefore = countOf(db, timelineOfCase, w.caseA);

    // The stage move fails: the booking is not saved either.
    QVERIFY(refuseStageMoves(db, true));
    Meeting m = mediation(w.caseA, london(QDate(2026, 12, 8), 10), w.ollie, QStringLiteral("Ollie Farrant"));
    const StoreError refused = meetings.book(&m, kToday, w.hana);
    QVERIFY(refused.isError());
    QCOMPARE(m.id, qint64(0));
    QCOMPARE(countOf(db, meetingsOfCase, w.caseA), 0);
    QCOMPARE(countOf(db, timelineOfCase, w.caseA), entriesBefore);
    QCOMPARE(stageOf(db, w.caseA), CaseStage::MediationRequested);

    // Booked when the move can be made: both, together.
    QVERIFY(refuseStageMoves(db, false));
    CG_VERIFY_OK(meetings.book(&m, kToday, w.hana));
    QCOMPARE(countOf(db, meetingsOfCase, w.caseA), 1);
    QCOMPARE(stageOf(db, w.caseA), CaseStage::MeetingArranged);

    // Recording it held: the outcome is not saved when the move fails.
    QVERIFY(inviteDecisionMaker(db, w.caseA));
    QVERIFY(refuseStageMoves(db, true));
    MeetingRecord record;
    record.outcome = MeetingOutcome::Agreed;
    record.heldDate = QDate(2026, 12, 8);
    const StoreError notHeld = meetings.saveRecord(m.id, record, QDate(2026, 12, 9), w.hana);
    QVERIFY(notHeld.isError());
    MeetingRecord unsaved;
    CG_VERIFY_OK(meetings.record(m.id, &unsaved));
    QVERIFY(!unsaved.outcome);
    Meeting still;
    CG_VERIFY_OK(meetings.find(m.id, &still));
    QCOMPARE(still.status, MeetingStatus::Scheduled);

    // Cancelling: the meeting stays booked when the case cannot move back.
    const StoreError notCancelled = meetings.cancel(m.id, QStringLiteral("Family unwell"), w.hana, kToday);
    QVERIFY(notCancelled.isError());
    CG_VERIFY_OK(meetings.find(m.id, &still));
    QCOMPARE(still.status, MeetingStatus::Scheduled);
    QVERIFY(refuseStageMoves(db, false));
}

void TestMeetingRepository::cancellingTheOnlyMeetingMovesBack()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    World w;
    QString why;
    QVERIFY2(makeWorld(db, &w, &why), qPrintable(why));
    MeetingRepository meetings(db, BankHolidayCalendar::shipped());
    Meeting first =
        mediation(w.caseA, london(QDate(2026, 12, 8), 10), w.ollie, QStringLiteral("Ollie Farrant"));
    Meeting second =
        mediation(w.caseA, london(QDate(2026, 12, 10), 10), w.ollie, QStringLiteral("Ollie Farrant"));
    CG_VERIFY_OK(meetings.book(&first, kToday, w.hana));
    CG_VERIFY_OK(meetings.book(&second, kToday, w.hana));
    QCOMPARE(stageOf(db, w.caseA), CaseStage::MeetingArranged);

    // Another meeting still stands: the case stays arranged.
    CG_VERIFY_OK(meetings.cancel(first.id, QStringLiteral("Venue flooded"), w.hana, kToday));
    QCOMPARE(stageOf(db, w.caseA), CaseStage::MeetingArranged);

    // The only one left is cancelled: back to waiting for a meeting, with
    // the date mediation was asked for (the 30 days' start) unchanged.
    CG_VERIFY_OK(meetings.cancel(second.id, QStringLiteral("Family withdrew for now"), w.hana, kToday));
    CaseDetails details;
    QCOMPARE(stageOf(db, w.caseA, &details), CaseStage::MediationRequested);
    QCOMPARE(details.mediationRequestedDate, QDate(2026, 11, 16));
    QSqlQuery next(db);
    next.prepare(QStringLiteral("SELECT next_deadline_kind FROM cases WHERE id = ?"));
    next.addBindValue(w.caseA);
    QVERIFY(next.exec() && next.next());
    QCOMPARE(next.value(0).toString(), QStringLiteral("meeting_by"));
}

void TestMeetingRepository::heldStartsPart2FromTheMeetingsEnd()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    World w;
    QString why;
    QVERIFY2(makeWorld(db, &w, &why), qPrintable(why));
    MeetingRepository meetings(db, BankHolidayCalendar::shipped());
    // An evening meeting that ran past midnight, Thu 19 into Fri 20 Nov.
    Meeting m = mediation(w.caseA, london(QDate(2026, 11, 19), 20), w.ollie, QStringLiteral("Ollie Farrant"));
    m.end = london(QDate(2026, 11, 20), 1);
    CG_VERIFY_OK(meetings.book(&m, QDate(2026, 11, 18), w.hana));
    QVERIFY(inviteDecisionMaker(db, w.caseA));

    MeetingRecord record;
    record.outcome = MeetingOutcome::Agreed;
    // A date that is not the meeting's is refused, naming the meeting's.
    record.heldDate = QDate(2026, 11, 23);
    const StoreError wrongDay = meetings.saveRecord(m.id, record, kToday, w.hana);
    QCOMPARE(wrongDay.kind(), StoreError::Kind::Invalid);
    QVERIFY2(wrongDay.message().contains("Thu 19 Nov 2026"), qPrintable(wrongDay.message()));
    // The form offers the meeting's own (start) date; it is accepted, and
    // the Part 2 clock runs from the day the meeting ended, not from today.
    record.heldDate = QDate(2026, 11, 19);
    const StoreError saved = meetings.saveRecord(m.id, record, kToday, w.hana);
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
    CaseDetails details;
    QCOMPARE(stageOf(db, w.caseA, &details), CaseStage::MeetingHeld);
    QCOMPARE(details.meetingHeldDate, QDate(2026, 11, 20));
    QSqlQuery next(db);
    next.prepare(QStringLiteral("SELECT next_deadline, next_deadline_kind FROM cases WHERE id = ?"));
    next.addBindValue(w.caseA);
    QVERIFY(next.exec() && next.next());
    QCOMPARE(next.value(0).toDate(), QDate(2026, 11, 25)); // 3 working days after Fri 20 Nov
    QCOMPARE(next.value(1).toString(), QStringLiteral("certificate_part2"));

    // Without a date given, the meeting's end date is taken.
    Meeting other =
        mediation(w.caseB, london(QDate(2026, 11, 20), 10), w.ollie, QStringLiteral("Ollie Farrant"));
    CG_VERIFY_OK(meetings.book(&other, QDate(2026, 11, 18), w.hana));
    QVERIFY(inviteDecisionMaker(db, w.caseB));
    record.heldDate = QDate();
    const StoreError undated = meetings.saveRecord(other.id, record, kToday, w.hana);
    QVERIFY2(undated.ok(), qPrintable(undated.message()));
    QCOMPARE(stageOf(db, w.caseB, &details), CaseStage::MeetingHeld);
    QCOMPARE(details.meetingHeldDate, QDate(2026, 11, 20));
}

void TestMeetingRepository::cannotBeHeldInTimeMakesPart3Due()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    World w;
    QString why;
    QVERIFY2(makeWorld(db, &w, &why), qPrintable(why));
    MeetingRepository meetings(db, BankHolidayCalendar::shipped());
    Meeting m = mediation(w.caseA, london(QDate(2026, 12, 8), 10), w.ollie, QStringLiteral("Ollie Farrant"));
    CG_VERIFY_OK(meetings.book(&m, kToday, w.hana));
    CG_VERIFY_OK(meetings.cancel(m.id, QStringLiteral("Decision-maker unavailable until January"), w.hana,
                                 kToday, true));
    CaseDetails details;
    QCOMPARE(stageOf(db, w.caseA, &details), CaseStage::NoMeetingInTime);
    QCOMPARE(details.noMeetingDate, kToday);
    QSqlQuery next(db);
    next.prepare(QStringLiteral("SELECT next_deadline, next_deadline_kind FROM cases WHERE id = ?"));
    next.addBindValue(w.caseA);
    QVERIFY(next.exec() && next.next());
    QCOMPARE(next.value(1).toString(), QStringLiteral("certificate_part3"));
    QCOMPARE(next.value(0).toDate(), QDate(2026, 11, 26)); // 3 working days after Mon 23 Nov
}

void TestMeetingRepository::meetingDatesFollowTheRule()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    World w;
    QString why;
    QVERIFY2(makeWorld(db, &w, &why), qPrintable(why));
    MeetingRepository meetings(db, BankHolidayCalendar::shipped());
    // Before the enquiry (Thu 12 Nov): refused.
    Meeting early =
        mediation(w.caseA, london(QDate(2026, 11, 11), 10), w.ollie, QStringLiteral("Ollie Farrant"));
    MeetingRules::BookingCheck check;
    const StoreError refused = meetings.book(&early, kToday, w.hana, &check);
    QCOMPARE(refused.kind(), StoreError::Kind::Invalid);
    QVERIFY2(refused.message().contains("before the case's enquiry"), qPrintable(refused.message()));
    // In the past but after it: booked, with a warning.
    Meeting past =
        mediation(w.caseA, london(QDate(2026, 11, 17), 10), w.ollie, QStringLiteral("Ollie Farrant"));
    CG_VERIFY_OK(meetings.book(&past, kToday, w.hana, &check));
    QVERIFY2(check.warnings.join(' ').contains("in the past"), qPrintable(check.warnings.join(' ')));
}

void TestMeetingRepository::disagreementResolutionMeetingsMoveTheCase()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    World w;
    QString why;
    QVERIFY2(makeWorld(db, &w, &why), qPrintable(why));
    Referral referral = CaseSeed::mediationReferral(w.council, QStringLiteral("Ines"), QStringLiteral("Corr"),
                                                    QDate(2026, 11, 12));
    referral.route = Route::DisagreementResolution;
    referral.decisionType.reset();
    referral.sections = {};
    referral.decisionNoticeDate = {};
    referral.disagreementSubject = QStringLiteral("Transport to school");
    referral.otherParties = QStringLiteral("Larkfield Primary School");
    const qint64 caseId = CaseSeed::addCase(db, referral, kToday, &why);
    QVERIFY2(caseId, qPrintable(why));
    CaseRepository cases(db, BankHolidayCalendar::shipped());
    for (CaseStage stage : {CaseStage::PartiesContacted, CaseStage::AllWilling})
        CG_VERIFY_OK(cases.moveStage(caseId, {stage, QDate(2026, 11, 16), {}}, kToday, {}));
    Invitee school;
    school.caseId = caseId;
    school.displayName = QStringLiteral("Larkfield SENCO");
    school.role = InviteeRole::SchoolRepresentative;
    school.status = InviteeStatus::Invited;
    school.willing = true;
    CG_VERIFY_OK(InviteeRepository(db).add(&school));

    MeetingRepository meetings(db, BankHolidayCalendar::shipped());
    Meeting m = mediation(caseId, london(QDate(2026, 12, 8), 10), w.ollie, QStringLiteral("Ollie Farrant"));
    m.kind = MeetingKind::DisagreementResolution;
    CG_VERIFY_OK(meetings.book(&m, kToday, w.hana));
    CaseDetails details;
    QCOMPARE(stageOf(db, caseId, &details), CaseStage::MeetingBooked);
    // The case had no mediator: the one who runs the meeting is its mediator now.
    QCOMPARE(details.mediatorId, std::optional<qint64>(w.ollie));
    CG_VERIFY_OK(meetings.cancel(m.id, QStringLiteral("School closed for snow"), w.hana, kToday));
    QCOMPARE(stageOf(db, caseId), CaseStage::AllWilling);

    Meeting again =
        mediation(caseId, london(QDate(2026, 11, 20), 10), w.ollie, QStringLiteral("Ollie Farrant"));
    again.kind = MeetingKind::DisagreementResolution;
    CG_VERIFY_OK(meetings.book(&again, QDate(2026, 11, 18), w.hana));
    MeetingRecord record;
    record.outcome = MeetingOutcome::Agreed;
    record.heldDate = QDate(2026, 11, 20);
    const StoreError saved = meetings.saveRecord(again.id, record, kToday, w.hana);
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
    QCOMPARE(stageOf(db, caseId), CaseStage::OutcomeRecorded);
}

// Moving a meeting and changing its mediator in one save is checked as the
// meeting will be: the new times against the new mediator, saved together.
void TestMeetingRepository::editChecksNewTimesWithNewMediators()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    World w;
    QString why;
    QVERIFY2(makeWorld(db, &w, &why), qPrintable(why));
    MeetingRepository meetings(db, BankHolidayCalendar::shipped());

    Meeting ollies =
        mediation(w.caseA, london(QDate(2026, 12, 8), 10), w.ollie, QStringLiteral("Ollie Farrant"));
    CG_VERIFY_OK(meetings.book(&ollies, kToday, std::nullopt));
    Meeting other =
        mediation(w.caseB, london(QDate(2026, 12, 9), 10), w.ollie, QStringLiteral("Ollie Farrant"));
    CG_VERIFY_OK(meetings.book(&other, kToday, std::nullopt));

    // Onto Ollie's slot, handed to Hana: allowed (checking the move against
    // the old mediator refused it).
    Meeting handed;
    CG_VERIFY_OK(meetings.find(other.id, &handed));
    handed.start = ollies.start;
    handed.end = ollies.end;
    handed.mediators = {{w.hana, QStringLiteral("Hana Castell")}};
    const StoreError allowed = meetings.edit(handed, QStringLiteral("Hana covers"), kToday, std::nullopt);
    QVERIFY2(allowed.ok(), qPrintable(allowed.message()));
    Meeting stored;
    CG_VERIFY_OK(meetings.find(other.id, &stored));
    QCOMPARE(stored.start, ollies.start);
    QCOMPARE(stored.mediatorIds(), QList<qint64>{w.hana});

    // Back to Ollie at the same time: refused, and nothing of it saved.
    Meeting back = stored;
    back.start = london(QDate(2026, 12, 8), 11);
    back.end = london(QDate(2026, 12, 8), 14);
    back.mediators = {{w.ollie, QStringLiteral("Ollie Farrant")}};
    const StoreError refused = meetings.edit(back, QStringLiteral("Ollie again"), kToday, std::nullopt);
    QCOMPARE(refused.kind(), StoreError::Kind::Invalid);
    QVERIFY2(refused.message().contains(QStringLiteral("already booked")), qPrintable(refused.message()));
    CG_VERIFY_OK(meetings.find(other.id, &stored));
    QCOMPARE(stored.start, ollies.start);
    QCOMPARE(stored.mediatorIds(), QList<qint64>{w.hana});

    // A move needs its reason.
    back.mediators = {{w.hana, QStringLiteral("Hana Castell")}};
    QCOMPARE(meetings.edit(back, QString(), kToday, std::nullopt).kind(), StoreError::Kind::Invalid);
}

QTEST_GUILESS_MAIN(TestMeetingRepository)
#include "tst_meetingrepository.moc"
