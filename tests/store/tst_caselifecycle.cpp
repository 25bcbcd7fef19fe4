#include "CaseOffice.h"
#include "LondonTime.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "domain/OfficeTime.h"
#include "store/cases/ActivityRepository.h"
#include "store/cases/DashboardQueries.h"
#include "store/certificates/CertificateRepository.h"
#include "store/infrastructure/Database.h"
#include "store/meetings/MeetingRepository.h"

#include <QTest>

// A case's life from referral to Part 2 certificate on both engines, moved on
// only by what the caseworker records (issue 12): the mediation information
// given, the family asking for mediation, a meeting booked and held, the
// certificate issued. Nothing here calls CaseRepository::moveStage. Also: the
// Part 3 duty, once it has arisen, survives a cancelled meeting.
namespace {
using namespace CaseOffice;

Meeting mediationMeeting(qint64 caseId, const QDateTime& start, qint64 mediator)
{
    Meeting m;
    m.caseId = caseId;
    m.kind = MeetingKind::Mediation;
    m.start = start;
    m.end = Meeting::defaultEnd(start);
    m.platform = QStringLiteral("Teams");
    m.link = QStringLiteral("https://teams.example/meet/7");
    m.mediators = {{mediator, QStringLiteral("Jo Mercer")}};
    return m;
}

using CaseSeed::inviteDecisionMaker;
QString nextDeadlineKind(QSqlDatabase db, qint64 caseId)
{
    return scalar(db, QStringLiteral("SELECT next_deadline_kind FROM cases WHERE id = ?"), {caseId})
        .toString();
}
} // namespace

class TestCaseLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void referralToPart2WithoutAStageMove_data() { TestDatabase::addEngineRows(); }
    void referralToPart2WithoutAStageMove();
    void familyRequestIsChecked_data() { TestDatabase::addEngineRows(); }
    void familyRequestIsChecked();
    void bookingRecordsTheRequest_data() { TestDatabase::addEngineRows(); }
    void bookingRecordsTheRequest();
    void cancellingKeepsThePart3Duty_data() { TestDatabase::addEngineRows(); }
    void cancellingKeepsThePart3Duty();
    void notPursuedMakesPart1Due_data() { TestDatabase::addEngineRows(); }
    void notPursuedMakesPart1Due();
    void thirtyDaysStartWhenTheCouncilIsTold_data() { TestDatabase::addEngineRows(); }
    void thirtyDaysStartWhenTheCouncilIsTold();
};

void TestCaseLifecycle::referralToPart2WithoutAStageMove()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Office office;
    QVERIFY(office.build(database.connection()));
    QSqlDatabase db = office.db;
    const BankHolidayCalendar calendar = BankHolidayCalendar::shipped();

    // The caseworker takes the referral on Mon 2 Nov 2026.
    QVERIFY(actAs(db, office.caseworker));
    const qint64 id = office.addCase(QStringLiteral("Penrose"));
    QVERIFY2(id, qPrintable(office.why));
    QCOMPARE(office.load(id).stage, CaseStage::Enquiry);

    // Tue 3 Nov: a call that gave the family the mediation information.
    CaseRepository cases(db, calendar);
    Activity call;
    call.caseId = id;
    call.kind = ActivityKind::Call;
    call.occurredAt = QDateTime(QDate(2026, 11, 3), QTime(11, 30));
    call.summary = QStringLiteral("Explained mediation to Mum");
    call.authorId = office.caseworker;
    const StoreError informed = cases.recordInformationGiven(&call, QDate(2026, 11, 3));
    QVERIFY2(informed.ok(), qPrintable(informed.message()));
    QVERIFY(call.id > 0);
    CaseDetails details = office.load(id);
    QCOMPARE(details.stage, CaseStage::InformationGiven);
    QCOMPARE(details.informationGivenDate, QDate(2026, 11, 3));
    QCOMPARE(nextDeadlineKind(db, id), QStringLiteral("contact_by"));

    // Mon 9 Nov: the family says they want mediation.
    const StoreError asked = cases.recordMediationRequested(
        id, QDate(2026, 11, 9), QStringLiteral("Mum rang back"), QDate(2026, 11, 10), office.caseworker);
    QVERIFY2(asked.ok(), qPrintable(asked.message()));
    details = office.load(id);
    QCOMPARE(details.stage, CaseStage::MediationRequested);
    QCOMPARE(details.mediationRequestedDate, QDate(2026, 11, 9));
    QCOMPARE(nextDeadlineKind(db, id), QStringLiteral("meeting_by"));

    // The meeting is booked for Thu 19 Nov and held.
    MeetingRepository meetings(db, calendar);
    Meeting meeting = mediationMeeting(id, london(QDate(2026, 11, 19), 10), office.mediator);
    const StoreError booked = meetings.book(&meeting, QDate(2026, 11, 10), office.caseworker);
    QVERIFY2(booked.ok(), qPrintable(booked.message()));
    QCOMPARE(office.load(id).stage, CaseStage::MeetingArranged);
    QVERIFY(inviteDecisionMaker(db, id));
    MeetingRecord record;
    record.outcome = MeetingOutcome::Agreed;
    record.heldDate = QDate(2026, 11, 19);
    const StoreError held = meetings.saveRecord(meeting.id, record, QDate(2026, 11, 20), office.caseworker);
    QVERIFY2(held.ok(), qPrintable(held.message()));
    details = office.load(id);
    QCOMPARE(details.stage, CaseStage::MeetingHeld);
    QCOMPARE(details.meetingHeldDate, QDate(2026, 11, 19));
    QCOMPARE(nextDeadlineKind(db, id), QStringLiteral("certificate_part2"));
    QList<CaseListRow> due;
    CG_VERIFY_OK(DashboardQueries(db).certificatesDue(50, &due));
    QCOMPARE(due.size(), 1);

    // The supervisor issues Part 2; nothing is due any more.
    QVERIFY(actAs(db, office.supervisor));
    Certificate issued;
    const StoreError issuing =
        CertificateRepository(db, calendar)
            .issueForCase(id, CertificatePart::Part2, {QStringLiteral("Grace Ibekwe"), office.supervisor},
                          kToday, &issued);
    QVERIFY2(issuing.ok(), qPrintable(issuing.message()));
    QCOMPARE(issued.part, CertificatePart::Part2);
    CG_VERIFY_OK(DashboardQueries(db).certificatesDue(50, &due));
    QVERIFY(due.isEmpty());
    QVERIFY(nextDeadlineKind(db, id).isEmpty());

    // Every move is on the timeline, each dated the day it happened.
    QList<Activity> timeline;
    CG_VERIFY_OK(ActivityRepository(db).listForCase(id, &timeline));
    QStringList moves;
    for (const Activity& a : timeline) {
        if (a.kind == ActivityKind::StageChange)
            moves.prepend(a.summary);
    }
    QCOMPARE(moves,
             (QStringList{QStringLiteral("Referral taken (Phone): Enquiry"),
                          QStringLiteral("Enquiry → Information given (on Tue 3 Nov 2026)"),
                          QStringLiteral("Information given → Mediation requested (on Mon 9 Nov 2026)"),
                          QStringLiteral("Mediation requested → Meeting arranged (on Tue 10 Nov 2026)"),
                          QStringLiteral("Meeting arranged → Meeting held (on Thu 19 Nov 2026)")}));
}

void TestCaseLifecycle::familyRequestIsChecked()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Office office;
    QVERIFY(office.build(database.connection()));
    QSqlDatabase db = office.db;
    QVERIFY(actAs(db, office.caseworker));
    CaseRepository cases(db, BankHolidayCalendar::shipped());
    const qint64 id = office.addCase(QStringLiteral("Lowther"));
    QVERIFY2(id, qPrintable(office.why));

    // Before the enquiry (Mon 2 Nov) or after today: refused, nothing saved.
    const Snapshot before = Snapshot::of(db, id);
    StoreError error = cases.recordMediationRequested(id, QDate(2026, 11, 1), {}, kToday, office.caseworker);
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    QVERIFY2(error.message().contains(QStringLiteral("Mon 2 Nov 2026")), qPrintable(error.message()));
    error = cases.recordMediationRequested(id, kToday.addDays(1), {}, kToday, office.caseworker);
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    QVERIFY(Snapshot::of(db, id) == before);

    // From an enquiry, the family asking moves it through "information given", the same day.
    error = cases.recordMediationRequested(id, QDate(2026, 11, 5), {}, kToday, office.caseworker);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    const CaseDetails details = office.load(id);
    QCOMPARE(details.stage, CaseStage::MediationRequested);
    QCOMPARE(details.informationGivenDate, QDate(2026, 11, 5));
    QCOMPARE(details.mediationRequestedDate, QDate(2026, 11, 5));

    // Asked twice: refused, saying where the case is.
    error = cases.recordMediationRequested(id, QDate(2026, 11, 6), {}, kToday, office.caseworker);
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    QVERIFY2(error.message().contains(QStringLiteral("Mediation requested")), qPrintable(error.message()));

    // Information logged on a case past enquiry: the entry only, the case stays.
    Activity letter;
    letter.caseId = id;
    letter.kind = ActivityKind::Letter;
    letter.occurredAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0));
    letter.summary = QStringLiteral("Sent the mediation leaflet again");
    CG_VERIFY_OK(cases.recordInformationGiven(&letter, kToday));
    QCOMPARE(office.load(id).stage, CaseStage::MediationRequested);
    QCOMPARE(office.load(id).informationGivenDate, QDate(2026, 11, 5));

    // A mediator not on the case may not record it.
    const qint64 other = office.addCase(QStringLiteral("Fenwick"));
    QVERIFY(actAs(db, office.mediator));
    error = cases.recordMediationRequested(other, QDate(2026, 11, 5), {}, kToday, office.mediator);
    QVERIFY(error);
    QVERIFY(actAs(db, office.caseworker));
    QCOMPARE(office.load(other).stage, CaseStage::Enquiry);
}

void TestCaseLifecycle::bookingRecordsTheRequest()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Office office;
    QVERIFY(office.build(database.connection()));
    QSqlDatabase db = office.db;
    QVERIFY(actAs(db, office.caseworker));
    MeetingRepository meetings(db, BankHolidayCalendar::shipped());
    const qint64 id = office.addCase(QStringLiteral("Haweswater"));
    QVERIFY2(id, qPrintable(office.why));

    // A date the rule refuses: neither the request nor the meeting is saved.
    const Snapshot before = Snapshot::of(db, id);
    Meeting refused = mediationMeeting(id, london(QDate(2026, 12, 1), 10), office.mediator);
    const StoreError error = meetings.book(&refused, kToday, office.caseworker, nullptr, QDate(2026, 10, 30));
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    QVERIFY(Snapshot::of(db, id) == before);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM meetings WHERE case_id = ?"), {id}).toLongLong(),
             0);

    // Booked from an enquiry with the day the family asked: requested, then arranged, in one go.
    Meeting meeting = mediationMeeting(id, london(QDate(2026, 12, 1), 10), office.mediator);
    const StoreError booked =
        meetings.book(&meeting, kToday, office.caseworker, nullptr, QDate(2026, 11, 20));
    QVERIFY2(booked.ok(), qPrintable(booked.message()));
    const CaseDetails details = office.load(id);
    QCOMPARE(details.stage, CaseStage::MeetingArranged);
    QCOMPARE(details.informationGivenDate, QDate(2026, 11, 20));
    QCOMPARE(details.mediationRequestedDate, QDate(2026, 11, 20));
}

void TestCaseLifecycle::cancellingKeepsThePart3Duty()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Office office;
    QVERIFY(office.build(database.connection()));
    QSqlDatabase db = office.db;
    const BankHolidayCalendar calendar = BankHolidayCalendar::shipped();
    QVERIFY(actAs(db, office.caseworker));
    CaseRepository cases(db, calendar);
    MeetingRepository meetings(db, calendar);

    // Mediation asked for on Mon 2 Nov; on Mon 23 Nov it is recorded that no
    // meeting can be held within the 30 days (Part 3 due), and a late one booked.
    const qint64 late = office.addCase(QStringLiteral("Tarn"));
    QVERIFY2(late, qPrintable(office.why));
    CG_VERIFY_OK(cases.recordMediationRequested(late, QDate(2026, 11, 2), {}, kToday, office.caseworker));
    Meeting first = mediationMeeting(late, london(QDate(2026, 12, 1), 10), office.mediator);
    CG_VERIFY_OK(meetings.book(&first, kToday, office.caseworker));
    CG_VERIFY_OK(
        meetings.cancel(first.id, QStringLiteral("Decision-maker away"), office.caseworker, kToday, true));
    QCOMPARE(office.load(late).stage, CaseStage::NoMeetingInTime);
    Meeting second = mediationMeeting(late, london(QDate(2026, 12, 14), 10), office.mediator);
    CG_VERIFY_OK(meetings.book(&second, QDate(2026, 11, 24), office.caseworker));
    QCOMPARE(office.load(late).stage, CaseStage::MeetingArranged);

    // The late meeting is cancelled too: the Part 3 duty stands, dated the day it was learnt.
    CG_VERIFY_OK(
        meetings.cancel(second.id, QStringLiteral("Family unwell"), office.caseworker, QDate(2026, 11, 25)));
    CaseDetails details = office.load(late);
    QCOMPARE(details.stage, CaseStage::NoMeetingInTime);
    QCOMPARE(details.noMeetingDate, kToday);
    QCOMPARE(nextDeadlineKind(db, late), QStringLiteral("certificate_part3"));

    // A meeting arranged in time and cancelled after the 30 days ran out
    // (asked Mon 2 Nov, so by Wed 2 Dec): Part 3 is due from the day it was cancelled.
    const qint64 overdue = office.addCase(QStringLiteral("Ullock"));
    QVERIFY2(overdue, qPrintable(office.why));
    CG_VERIFY_OK(cases.recordMediationRequested(overdue, QDate(2026, 11, 2), {}, kToday, office.caseworker));
    Meeting arranged = mediationMeeting(overdue, london(QDate(2026, 12, 7), 10), office.mediator);
    CG_VERIFY_OK(meetings.book(&arranged, kToday, office.caseworker));
    CG_VERIFY_OK(
        meetings.cancel(arranged.id, QStringLiteral("Mediator ill"), office.caseworker, QDate(2026, 12, 4)));
    details = office.load(overdue);
    QCOMPARE(details.stage, CaseStage::NoMeetingInTime);
    QCOMPARE(details.noMeetingDate, QDate(2026, 12, 4));
    QCOMPARE(nextDeadlineKind(db, overdue), QStringLiteral("certificate_part3"));

    // Within the 30 days, cancelling the only meeting still takes the case back to waiting for one.
    const qint64 early = office.addCase(QStringLiteral("Wastwater"));
    QVERIFY2(early, qPrintable(office.why));
    CG_VERIFY_OK(cases.recordMediationRequested(early, QDate(2026, 11, 20), {}, kToday, office.caseworker));
    Meeting soon = mediationMeeting(early, london(QDate(2026, 12, 2), 14), office.mediator);
    CG_VERIFY_OK(meetings.book(&soon, kToday, office.caseworker));
    CG_VERIFY_OK(meetings.cancel(soon.id, QStringLiteral("Clash"), office.caseworker, kToday));
    QCOMPARE(office.load(early).stage, CaseStage::MediationRequested);
    QCOMPARE(nextDeadlineKind(db, early), QStringLiteral("meeting_by"));
}

// Reg 34's second trigger (rules reference section 3): the adviser records
// that the family did not pursue mediation; the case moves to "not pursuing
// mediation" and Part 1 is due 3 working days later in the one due query.
void TestCaseLifecycle::notPursuedMakesPart1Due()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Office office;
    QVERIFY(office.build(database.connection()));
    QSqlDatabase db = office.db;
    QVERIFY(actAs(db, office.caseworker));
    CaseRepository cases(db, BankHolidayCalendar::shipped());
    const qint64 id = office.addCase(QStringLiteral("Tremayne")); // enquiry Mon 2 Nov 2026
    QVERIFY2(id, qPrintable(office.why));

    // Still at enquiry: the information comes first; nothing saved.
    const Snapshot atEnquiry = Snapshot::of(db, id);
    StoreError error = cases.recordNotPursued(id, QDate(2026, 11, 20), {}, kToday, office.caseworker);
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    QVERIFY2(error.message().contains(QStringLiteral("information")), qPrintable(error.message()));
    QVERIFY(Snapshot::of(db, id) == atEnquiry);

    Activity call;
    call.caseId = id;
    call.kind = ActivityKind::Call;
    call.occurredAt = QDateTime(QDate(2026, 11, 4), QTime(10, 0));
    call.summary = QStringLiteral("Explained mediation to Dad");
    call.authorId = office.caseworker;
    CG_VERIFY_OK(cases.recordInformationGiven(&call, QDate(2026, 11, 4)));
    QCOMPARE(office.load(id).stage, CaseStage::InformationGiven);

    // Before the enquiry, before the information, in the future: refused, nothing saved.
    const Snapshot informed = Snapshot::of(db, id);
    error = cases.recordNotPursued(id, QDate(2026, 11, 1), {}, kToday, office.caseworker);
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    QVERIFY2(error.message().contains(QStringLiteral("Mon 2 Nov 2026")), qPrintable(error.message()));
    error = cases.recordNotPursued(id, QDate(2026, 11, 3), {}, kToday, office.caseworker);
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    QVERIFY2(error.message().contains(QStringLiteral("Wed 4 Nov 2026")), qPrintable(error.message()));
    error = cases.recordNotPursued(id, kToday.addDays(1), {}, kToday, office.caseworker);
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    QVERIFY2(error.message().contains(QStringLiteral("future")), qPrintable(error.message()));
    QVERIFY(Snapshot::of(db, id) == informed);
    QCOMPARE(nextDeadlineKind(db, id), QStringLiteral("contact_by"));

    // Recorded Fri 20 Nov 2026: Part 1 due Mon 23, Tue 24, Wed 25 Nov.
    error = cases.recordNotPursued(id, QDate(2026, 11, 20), QStringLiteral("No reply to two calls"), kToday,
                                   office.caseworker);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    const CaseDetails details = office.load(id);
    QCOMPARE(details.stage, CaseStage::NotPursuing);
    QCOMPARE(details.notPursuingDate, QDate(2026, 11, 20));
    QCOMPARE(nextDeadlineKind(db, id), QStringLiteral("certificate_part1"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT next_deadline FROM cases WHERE id = ?"), {id}).toDate(),
             QDate(2026, 11, 25));

    // The one due query: the certificates due and the dashboard's list.
    QList<CaseListRow> due;
    CG_VERIFY_OK(DashboardQueries(db).certificatesDue(50, &due));
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().id, id);
    QCOMPARE(due.first().nextDeadline, QDate(2026, 11, 25));
    QList<CaseListRow> soon;
    CG_VERIFY_OK(DashboardQueries(db).casesDueBefore(QDate(2026, 11, 26), 50, &soon));
    QCOMPARE(soon.size(), 1);
    QCOMPARE(soon.first().id, id);

    // On the timeline, with the note.
    QList<Activity> timeline;
    CG_VERIFY_OK(ActivityRepository(db).listForCase(id, &timeline));
    bool found = false;
    for (const Activity& a : timeline) {
        if (a.kind == ActivityKind::StageChange &&
            a.summary == QStringLiteral("Information given → Not pursuing mediation (on Fri 20 Nov 2026)")) {
            found = a.body.contains(QStringLiteral("did not pursue")) &&
                    a.body.contains(QStringLiteral("No reply to two calls"));
        }
    }
    QVERIFY(found);

    // Recorded twice: refused, saying where the case is.
    error = cases.recordNotPursued(id, QDate(2026, 11, 20), {}, kToday, office.caseworker);
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    QVERIFY2(error.message().contains(QStringLiteral("Not pursuing mediation")), qPrintable(error.message()));
}

void TestCaseLifecycle::thirtyDaysStartWhenTheCouncilIsTold()
{
    // rules/README.md section 3, "The 30 days by route": recorded with the
    // family's request, corrected later with a reason; the next deadline is
    // the statutory one.
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Office office;
    QVERIFY(office.build(database.connection()));
    QSqlDatabase db = office.db;
    QVERIFY(actAs(db, office.caseworker));
    CaseRepository cases(db, BankHolidayCalendar::shipped());
    const auto nextDeadline = [&](qint64 caseId) {
        return scalar(db, QStringLiteral("SELECT next_deadline FROM cases WHERE id = ?"), {caseId}).toDate();
    };

    // By default the council was told on the day the family asked, Thu 5 Nov: 5 Dec.
    const qint64 plain = office.addCase(QStringLiteral("Ashdown"));
    QVERIFY2(plain, qPrintable(office.why));
    StoreError error =
        cases.recordMediationRequested(plain, QDate(2026, 11, 5), {}, kToday, office.caseworker);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    CaseDetails details = office.load(plain);
    QCOMPARE(details.thirtyDayStart.councilTold, QDate(2026, 11, 5));
    QVERIFY(!details.thirtyDayStart.healthOnlyIcb);
    QCOMPARE(nextDeadline(plain), QDate(2026, 12, 5));

    // Health-only without the day the ICB was told: refused, nothing saved.
    const qint64 id = office.addCase(QStringLiteral("Brackley"));
    QVERIFY2(id, qPrintable(office.why));
    const Snapshot before = Snapshot::of(db, id);
    ThirtyDayStart start;
    start.healthOnlyIcb = true;
    error = cases.recordMediationRequested(id, QDate(2026, 11, 5), {}, kToday, office.caseworker, start);
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    QVERIFY2(error.message().contains(QStringLiteral("integrated care board")), qPrintable(error.message()));
    QVERIFY(Snapshot::of(db, id) == before);
    // A council-told day in the future: refused.
    start = {};
    start.councilTold = kToday.addDays(1);
    error = cases.recordMediationRequested(id, QDate(2026, 11, 5), {}, kToday, office.caseworker, start);
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    QVERIFY(Snapshot::of(db, id) == before);

    // Asked Thu 5 Nov, the council told Mon 9 Nov: 9 Dec.
    start.councilTold = QDate(2026, 11, 9);
    error = cases.recordMediationRequested(id, QDate(2026, 11, 5), {}, kToday, office.caseworker, start);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    details = office.load(id);
    QCOMPARE(details.mediationRequestedDate, QDate(2026, 11, 5));
    QCOMPARE(details.thirtyDayStart.councilTold, QDate(2026, 11, 9));
    QCOMPARE(nextDeadline(id), QDate(2026, 12, 9));
    QCOMPARE(nextDeadlineKind(db, id), QStringLiteral("meeting_by"));

    // Corrected: health-only after all, the council told the ICB on Thu 12
    // Nov: 12 Dec. A correction needs a reason.
    ThirtyDayStart corrected;
    corrected.healthOnlyIcb = true;
    corrected.icbTold = QDate(2026, 11, 12);
    error = cases.correctThirtyDayStart(id, corrected, QStringLiteral("  "), kToday, office.caseworker);
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    error = cases.correctThirtyDayStart(id, corrected, QStringLiteral("Only health issues are in dispute"),
                                        kToday, office.caseworker);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    details = office.load(id);
    QVERIFY(details.thirtyDayStart.healthOnlyIcb);
    QCOMPARE(details.thirtyDayStart.icbTold, QDate(2026, 11, 12));
    QCOMPARE(details.thirtyDayStart.councilTold, QDate(2026, 11, 5)); // none given: the asked day
    QCOMPARE(nextDeadline(id), QDate(2026, 12, 12));
    QList<Activity> timeline;
    CG_VERIFY_OK(ActivityRepository(db).listForCase(id, &timeline));
    bool onTimeline = false;
    for (const Activity& entry : timeline)
        onTimeline =
            onTimeline || (entry.summary.contains(QStringLiteral("Corrected the start of the 30 days")) &&
                           entry.summary.contains(QStringLiteral("2026-11-12")));
    QVERIFY(onTimeline);

    // A case that has not asked for mediation has no 30 days to correct.
    const qint64 fresh = office.addCase(QStringLiteral("Carrow"));
    error = cases.correctThirtyDayStart(fresh, corrected, QStringLiteral("Wrong case"), kToday,
                                        office.caseworker);
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
}

QTEST_MAIN(TestCaseLifecycle) // issuing makes a PDF, which needs fonts
#include "tst_caselifecycle.moc"
