#include "CaseSeed.h"
#include "TestDatabase.h"
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

QDateTime london(const QDate& day, int hour)
{
    return QDateTime(day, QTime(hour, 0), MeetingRules::officeZone()).toUTC();
}

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

// Reg 34: the council sends someone with authority; a mediation is not held without one invited.
bool inviteDecisionMaker(QSqlDatabase db, qint64 caseId)
{
    Invitee invitee;
    invitee.caseId = caseId;
    invitee.displayName = QStringLiteral("Marta Quayle");
    invitee.role = InviteeRole::CouncilDecisionMaker;
    invitee.status = InviteeStatus::Invited;
    return !InviteeRepository(db).add(&invitee);
}

CaseStage stageOf(QSqlDatabase db, qint64 caseId, CaseDetails* out = nullptr)
{
    CaseDetails details;
    CaseRepository(db, BankHolidayCalendar::shipped()).load(caseId, &details);
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
};

void TestMeetingRepository::bookAndReadBack()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    QVERIFY(!database.open());
    QSqlDatabase db = database.connection();
    World w;
    QString why;
    QVERIFY2(makeWorld(db, &w, &why), qPrintable(why));

    Invitee parent;
    parent.caseId = w.caseA;
    parent.displayName = QStringLiteral("Jo Wren");
    parent.email = QStringLiteral("jo.wren@example.org");
    QVERIFY(!InviteeRepository(db).add(&parent));

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
    QVERIFY2(!booked, qPrintable(booked.message()));
    QVERIFY(m.id > 0);
    QVERIFY(m.uid.endsWith(QStringLiteral("@commonground")));
    QVERIFY(check.warnings.isEmpty());

    Meeting read;
    QVERIFY(!meetings.find(m.id, &read));
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

    QVERIFY(!meetings.setAttendance(m.id, parent.id, Attendance::Attended));
    QVERIFY(!meetings.find(m.id, &read));
    QCOMPARE(read.invitees.first().attendance, Attendance::Attended);

    MeetingRepository::Filter filter;
    filter.mediatorId = w.hana;
    QList<Meeting> listed;
    QVERIFY(!meetings.list(filter, &listed));
    QCOMPARE(listed.size(), 1);
    filter.mediatorId = w.ollie + w.hana + 100;
    QVERIFY(!meetings.list(filter, &listed));
    QVERIFY(listed.isEmpty());
    filter = {};
    filter.from = london(QDate(2026, 12, 9), 0);
    QVERIFY(!meetings.list(filter, &listed));
    QVERIFY(listed.isEmpty());
    filter.from = london(QDate(2026, 12, 8), 0);
    filter.to = london(QDate(2026, 12, 9), 0);
    QVERIFY(!meetings.list(filter, &listed));
    QCOMPARE(listed.size(), 1);

    // Another case's invitee cannot be asked to this meeting.
    Invitee stranger;
    stranger.caseId = w.caseB;
    stranger.displayName = QStringLiteral("Sam Oduya");
    QVERIFY(!InviteeRepository(db).add(&stranger));
    read.invitees.append({stranger.id, stranger.displayName, {}, Attendance::Expected});
    const StoreError wrong = meetings.updateDetails(read, kToday);
    QCOMPARE(wrong.kind(), StoreError::Kind::Invalid);
    QVERIFY(wrong.message().contains(QStringLiteral("Sam Oduya")));
}

void TestMeetingRepository::clashesAreRefused()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    QVERIFY(!database.open());
    QSqlDatabase db = database.connection();
    World w;
    QString why;
    QVERIFY2(makeWorld(db, &w, &why), qPrintable(why));
    MeetingRepository meetings(db, BankHolidayCalendar::shipped());

    Meeting first =
        mediation(w.caseA, london(QDate(2026, 12, 8), 10), w.ollie, QStringLiteral("Ollie Farrant"));
    first.mode = MeetingMode::InPerson;
    first.venueId = w.hall.id;
    QVERIFY(!meetings.book(&first, kToday, std::nullopt));

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
    QVERIFY(!meetings.book(&second, kToday, std::nullopt));

    // Moving the second onto Ollie's time is refused the same way.
    Meeting third =
        mediation(w.caseB, london(QDate(2026, 12, 9), 10), w.ollie, QStringLiteral("Ollie Farrant"));
    QVERIFY(!meetings.book(&third, kToday, std::nullopt));
    const StoreError moved =
        meetings.reschedule(third.id, london(QDate(2026, 12, 8), 11), london(QDate(2026, 12, 8), 14),
                            QStringLiteral("Room free"), kToday, std::nullopt);
    QCOMPARE(moved.kind(), StoreError::Kind::Invalid);
    QVERIFY(moved.message().contains(QStringLiteral("already booked")));

    // Once the first is cancelled its slot is free.
    QVERIFY(!meetings.cancel(first.id, QStringLiteral("Family unwell"), std::nullopt));
    QVERIFY(!meetings.reschedule(third.id, london(QDate(2026, 12, 8), 10), london(QDate(2026, 12, 8), 13),
                                 QStringLiteral("Earlier slot"), kToday, std::nullopt));
}

void TestMeetingRepository::thirtyDayWarning()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    QVERIFY(!database.open());
    QSqlDatabase db = database.connection();
    World w;
    QString why;
    QVERIFY2(makeWorld(db, &w, &why), qPrintable(why));
    MeetingRepository meetings(db, BankHolidayCalendar::shipped());

    // Requested 16 Nov: day 30 is Wed 16 Dec; 23 days left on 23 Nov.
    Meeting inTime =
        mediation(w.caseA, london(QDate(2026, 12, 16), 10), w.ollie, QStringLiteral("Ollie Farrant"));
    MeetingRules::BookingCheck check;
    QVERIFY(!meetings.check(inTime, kToday, &check));
    QVERIFY(check.meetingBy);
    QCOMPARE(check.meetingBy->date(), QDate(2026, 12, 16));
    QCOMPARE(check.daysLeft, 23);
    QVERIFY(!check.afterDeadline);
    QVERIFY(check.warnings.isEmpty());

    Meeting late =
        mediation(w.caseA, london(QDate(2026, 12, 17), 10), w.ollie, QStringLiteral("Ollie Farrant"));
    QVERIFY(!meetings.book(&late, kToday, std::nullopt, &check));
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
    QVERIFY(!database.open());
    QSqlDatabase db = database.connection();
    World w;
    QString why;
    QVERIFY2(makeWorld(db, &w, &why), qPrintable(why));
    MeetingRepository meetings(db, BankHolidayCalendar::shipped());
    Meeting m = mediation(w.caseA, london(QDate(2026, 12, 8), 10), w.ollie, QStringLiteral("Ollie Farrant"));
    QVERIFY(!meetings.book(&m, kToday, w.hana));

    const StoreError noReason =
        meetings.reschedule(m.id, london(QDate(2026, 12, 10), 10), london(QDate(2026, 12, 10), 13),
                            QStringLiteral("  "), kToday, w.hana);
    QCOMPARE(noReason.kind(), StoreError::Kind::Invalid);
    QVERIFY(noReason.message().contains(QStringLiteral("reason")));

    QVERIFY(!meetings.reschedule(m.id, london(QDate(2026, 12, 10), 10), london(QDate(2026, 12, 10), 13),
                                 QStringLiteral("Decision-maker on leave"), kToday, w.hana));
    Meeting read;
    QVERIFY(!meetings.find(m.id, &read));
    QCOMPARE(read.start, london(QDate(2026, 12, 10), 10));
    QCOMPARE(read.sequence, 1);
    QCOMPARE(read.uid, m.uid); // the same event, updated

    QVERIFY(!meetings.cancel(m.id, QStringLiteral("Family withdrew"), w.hana));
    QVERIFY(!meetings.find(m.id, &read));
    QCOMPARE(read.status, MeetingStatus::Cancelled);
    QCOMPARE(read.sequence, 2);
    QCOMPARE(meetings.cancel(m.id, QStringLiteral("Again"), w.hana).kind(), StoreError::Kind::Invalid);

    QList<MeetingChange> changes;
    QVERIFY(!meetings.history(m.id, &changes));
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
    QVERIFY(!database.open());
    QSqlDatabase db = database.connection();
    World w;
    QString why;
    QVERIFY2(makeWorld(db, &w, &why), qPrintable(why));
    MeetingRepository meetings(db, BankHolidayCalendar::shipped());
    Meeting m = mediation(w.caseA, london(QDate(2026, 11, 20), 10), w.ollie, QStringLiteral("Ollie Farrant"));
    QVERIFY(!meetings.book(&m, QDate(2026, 11, 18), std::nullopt));

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
    QVERIFY(!meetings.record(m.id, &unsaved));
    QVERIFY(!unsaved.outcome);
    QVERIFY(unsaved.actions.isEmpty());
    QCOMPARE(stageOf(db, w.caseA), CaseStage::MeetingArranged);
    QVERIFY(inviteDecisionMaker(db, w.caseA));
    const StoreError saved = meetings.saveRecord(m.id, record, kToday, std::nullopt);
    QVERIFY2(!saved, qPrintable(saved.message()));

    MeetingRecord read;
    QVERIFY(!meetings.record(m.id, &read));
    QCOMPARE(read.outcome, std::optional<MeetingOutcome>(MeetingOutcome::PartlyAgreed));
    QCOMPARE(read.actions.size(), 1);
    QCOMPARE(read.actions.first().due, QDate(2026, 12, 4));
    QVERIFY(read.notes.isEmpty());
    Meeting held;
    QVERIFY(!meetings.find(m.id, &held));
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
    QVERIFY(!meetings.addCopy(m.id, &copy));
    QList<MeetingCopy> copies;
    QVERIFY(!meetings.copies(m.id, &copies));
    QCOMPARE(copies.size(), 1);
    QCOMPARE(copies.first().sentOn, QDate(2026, 11, 21));
}

void TestMeetingRepository::sectionIOnlyHasNoPart2()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    QVERIFY(!database.open());
    QSqlDatabase db = database.connection();
    World w;
    QString why;
    QVERIFY2(makeWorld(db, &w, &why, PlanSections{PlanSection::I}), qPrintable(why));
    MeetingRepository meetings(db, BankHolidayCalendar::shipped());
    Meeting m = mediation(w.caseA, london(QDate(2026, 11, 20), 10), w.ollie, QStringLiteral("Ollie Farrant"));
    QVERIFY(!meetings.book(&m, QDate(2026, 11, 18), std::nullopt));
    QVERIFY(inviteDecisionMaker(db, w.caseA));
    MeetingRecord record;
    record.outcome = MeetingOutcome::Agreed;
    record.heldDate = QDate(2026, 11, 20);
    QVERIFY(!meetings.saveRecord(m.id, record, kToday, std::nullopt));
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
    QVERIFY(!database.open());
    QSqlDatabase db = database.connection();
    World w;
    QString why;
    QVERIFY2(makeWorld(db, &w, &why), qPrintable(why));
    MeetingRepository meetings(db, BankHolidayCalendar::shipped());
    OfficeHours hours;
    QVERIFY(!meetings.officeHours(&hours));
    QCOMPARE(hours.start, QTime(9, 0));
    QCOMPARE(hours.end, QTime(17, 0));
    Meeting evening =
        mediation(w.caseA, london(QDate(2026, 12, 8), 17), w.ollie, QStringLiteral("Ollie Farrant"));
    MeetingRules::BookingCheck check;
    QVERIFY(!meetings.check(evening, kToday, &check));
    QCOMPARE(check.warnings.size(), 1);
    QVERIFY(!meetings.setOfficeHours({QTime(8, 0), QTime(20, 0)}));
    QVERIFY(!meetings.setOfficeHours({QTime(8, 0), QTime(20, 0)})); // saved twice: still one value each
    QVERIFY(!meetings.check(evening, kToday, &check));
    QVERIFY(check.warnings.isEmpty());
    QCOMPARE(meetings.setOfficeHours({QTime(18, 0), QTime(8, 0)}).kind(), StoreError::Kind::Invalid);
}

QTEST_GUILESS_MAIN(TestMeetingRepository)
#include "tst_meetingrepository.moc"
