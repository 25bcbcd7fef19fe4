#include "domain/OfficeTime.h"
#include "rules/CaseDeadlines.h"
#include "rules/MeetingRules.h"

#include <QTest>

// Booking rules: clashes, working days, office hours and the 30-day deadline.
namespace {
QDateTime london(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), OfficeTime::zone()).toUTC();
}

Meeting meetingAt(qint64 id, const QDateTime& start, int hours, QList<MeetingMediator> mediators,
                  std::optional<qint64> venue = std::nullopt)
{
    Meeting m;
    m.id = id;
    m.caseId = 1;
    m.caseReference = QStringLiteral("MED-2026-%1").arg(id, 5, 10, QLatin1Char('0'));
    m.start = start;
    m.end = start.addSecs(hours * 3600);
    m.mediators = std::move(mediators);
    if (venue) {
        m.mode = MeetingMode::InPerson;
        m.venueId = venue;
        m.venue.name = QStringLiteral("Brackenholt Community Centre");
    } else {
        m.platform = QStringLiteral("Teams");
    }
    return m;
}

const MeetingMediator kOllie{2, QStringLiteral("Ollie Farrant")};
const MeetingMediator kHana{3, QStringLiteral("Hana Castell")};

CaseDeadline meetingByFrom(const QDate& requested)
{
    const DeadlineCalculator calculator(BankHolidayCalendar::shipped());
    CaseTimeline timeline;
    timeline.stage = CaseStage::MediationRequested;
    timeline.facts.decisionNoticeDate = requested.addDays(-20);
    timeline.enquiryDate = requested.addDays(-2);
    timeline.mediationRequestedDate = requested;
    for (const CaseDeadline& d : CaseDeadlines(calculator).all(timeline)) {
        if (d.kind == CaseDeadline::Kind::MeetingBy)
            return d;
    }
    return {};
}
} // namespace

class TestMeetingRules : public QObject
{
    Q_OBJECT

private slots:
    void clashes_data();
    void clashes();
    void warnings_data();
    void warnings();
    void thirtyDayDeadline_data();
    void thirtyDayDeadline();
    void problems_data();
    void problems();
    void defaultEndAndActionDue();
    void notesOnlyWithAgreement();
};

void TestMeetingRules::clashes_data()
{
    QTest::addColumn<QDateTime>("otherStart");
    QTest::addColumn<bool>("sameMediator");
    QTest::addColumn<bool>("sameVenue");
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<QString>("refusal"); // empty: none

    const QDateTime ten = london(2026, 12, 8, 10);
    QTest::newRow("same mediator overlapping")
        << ten.addSecs(3600) << true << false << false << QStringLiteral("Ollie Farrant is already booked");
    QTest::newRow("other mediator overlapping") << ten << false << false << false << QString();
    QTest::newRow("same mediator back to back")
        << ten.addSecs(3 * 3600) << true << false << false << QString();
    QTest::newRow("same mediator ending as this starts")
        << ten.addSecs(-3 * 3600) << true << false << false << QString();
    QTest::newRow("same venue overlapping")
        << ten.addSecs(-3600) << false << true << false
        << QStringLiteral("Brackenholt Community Centre is already booked");
    QTest::newRow("cancelled meeting never clashes") << ten << true << true << true << QString();
}

void TestMeetingRules::clashes()
{
    QFETCH(QDateTime, otherStart);
    QFETCH(bool, sameMediator);
    QFETCH(bool, sameVenue);
    QFETCH(bool, cancelled);
    QFETCH(QString, refusal);

    const Meeting meeting = meetingAt(1, london(2026, 12, 8, 10), 3, {kOllie}, qint64(7));
    Meeting other = meetingAt(42, otherStart, 3, {sameMediator ? kOllie : kHana},
                              sameVenue ? std::optional<qint64>(7) : std::optional<qint64>(8));
    if (cancelled)
        other.status = MeetingStatus::Cancelled;
    MeetingRules::BookingContext context;
    context.calendar = BankHolidayCalendar::shipped();
    context.today = QDate(2026, 11, 23);
    context.others = {other};
    const MeetingRules::BookingCheck result = MeetingRules::check(meeting, context);
    if (refusal.isEmpty()) {
        QVERIFY2(result.canBook(), qPrintable(result.refusals.join(QLatin1Char('\n'))));
    } else {
        QCOMPARE(result.refusals.size(), 1);
        QVERIFY2(result.refusals.first().startsWith(refusal), qPrintable(result.refusals.first()));
        // The other meeting is named, so the person booking can find it.
        QVERIFY2(result.refusals.first().contains(QStringLiteral("MED-2026-00042 mediation meeting")),
                 qPrintable(result.refusals.first()));
    }
}

void TestMeetingRules::warnings_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<int>("hours");
    QTest::addColumn<QStringList>("expected"); // fragments, one per warning

    QTest::newRow("working day in hours") << london(2026, 12, 8, 9) << 3 << QStringList();
    QTest::newRow("ends at close") << london(2026, 12, 8, 14) << 3 << QStringList();
    QTest::newRow("runs past close") << london(2026, 12, 8, 15) << 3
                                     << QStringList{QStringLiteral("outside office hours (09:00 to 17:00)")};
    QTest::newRow("starts early") << london(2026, 12, 8, 8, 30) << 2
                                  << QStringList{QStringLiteral("outside office hours")};
    QTest::newRow("Saturday") << london(2026, 12, 12, 10) << 3 << QStringList{QStringLiteral("Saturday")};
    QTest::newRow("Boxing Day substitute")
        << london(2026, 12, 28, 10) << 3 << QStringList{QStringLiteral("not a working day")};
    QTest::newRow("summer time, office clock") << london(2027, 7, 7, 9) << 3 << QStringList();
    // MeetingDateRule: a meeting already past may be recorded, with a warning.
    QTest::newRow("in the past") << london(2026, 11, 16, 10) << 3
                                 << QStringList{QStringLiteral("in the past")};
}

void TestMeetingRules::warnings()
{
    QFETCH(QDateTime, start);
    QFETCH(int, hours);
    QFETCH(QStringList, expected);
    MeetingRules::BookingContext context;
    context.calendar = BankHolidayCalendar::shipped();
    context.today = QDate(2026, 11, 23);
    const MeetingRules::BookingCheck result =
        MeetingRules::check(meetingAt(1, start, hours, {kOllie}), context);
    QVERIFY(result.canBook());
    QCOMPARE(result.warnings.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QVERIFY2(result.warnings.at(i).contains(expected.at(i)), qPrintable(result.warnings.at(i)));
}

void TestMeetingRules::thirtyDayDeadline_data()
{
    QTest::addColumn<QDate>("requested");
    QTest::addColumn<QDate>("meetingDay");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<bool>("after");

    // Requested 10 Nov 2026: day 30 is 10 Dec, 17 days after 23 Nov.
    QTest::newRow("in time") << QDate(2026, 11, 10) << QDate(2026, 12, 8) << int(MeetingKind::Mediation) << 17
                             << false;
    QTest::newRow("on day 30") << QDate(2026, 11, 10) << QDate(2026, 12, 10) << int(MeetingKind::Mediation)
                               << 17 << false;
    QTest::newRow("day 31: Part 3 due")
        << QDate(2026, 11, 10) << QDate(2026, 12, 11) << int(MeetingKind::Mediation) << 17 << true;
    QTest::newRow("a call after the deadline is no mediation")
        << QDate(2026, 11, 10) << QDate(2026, 12, 11) << int(MeetingKind::PreMeetingCall) << 17 << false;
    QTest::newRow("deadline already passed")
        << QDate(2026, 10, 1) << QDate(2026, 12, 1) << int(MeetingKind::Mediation) << -23 << true;
}

void TestMeetingRules::thirtyDayDeadline()
{
    QFETCH(QDate, requested);
    QFETCH(QDate, meetingDay);
    QFETCH(int, kind);
    QFETCH(int, daysLeft);
    QFETCH(bool, after);
    Meeting meeting = meetingAt(1, QDateTime(meetingDay, QTime(10, 0), OfficeTime::zone()), 3, {kOllie});
    meeting.kind = static_cast<MeetingKind>(kind);
    MeetingRules::BookingContext context;
    context.calendar = BankHolidayCalendar::shipped();
    context.today = QDate(2026, 11, 23);
    context.meetingBy = meetingByFrom(requested);
    const MeetingRules::BookingCheck result = MeetingRules::check(meeting, context);
    QVERIFY(result.meetingBy);
    // The deadline is the rules engine's, with its rule and start.
    QCOMPARE(result.meetingBy->date(), context.meetingBy->deadline.date());
    QCOMPARE(result.meetingBy->date(), requested.addDays(30));
    QCOMPARE(result.daysLeft, daysLeft);
    QCOMPARE(result.afterDeadline, after);
    const bool warnsPart3 =
        result.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("Part 3 certificate"));
    QCOMPARE(warnsPart3, after);
    QVERIFY(result.canBook()); // late is a warning, never a refusal: mediation may still go ahead
}

void TestMeetingRules::problems_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("link");
    QTest::addColumn<bool>("venue");
    QTest::addColumn<bool>("mediator");
    QTest::addColumn<int>("endOffsetHours");
    QTest::addColumn<QString>("problem");

    QTest::newRow("online fine") << int(MeetingMode::Online) << "Teams"
                                 << "https://teams.example/x" << false << true << 3 << QString();
    QTest::newRow("online without platform") << int(MeetingMode::Online) << ""
                                             << "" << false << true << 3 << QStringLiteral("platform");
    QTest::newRow("link not https") << int(MeetingMode::Online) << "Zoom"
                                    << "zoom.example/1" << false << true << 3 << QStringLiteral("https://");
    QTest::newRow("in person without venue") << int(MeetingMode::InPerson) << ""
                                             << "" << false << true << 3 << QStringLiteral("venue");
    QTest::newRow("in person fine") << int(MeetingMode::InPerson) << ""
                                    << "" << true << true << 3 << QString();
    QTest::newRow("no mediator") << int(MeetingMode::Phone) << ""
                                 << "" << false << false << 3 << QStringLiteral("mediator");
    QTest::newRow("ends before it starts") << int(MeetingMode::Phone) << ""
                                           << "" << false << true << -1 << QStringLiteral("end after");
}

void TestMeetingRules::problems()
{
    QFETCH(int, mode);
    QFETCH(QString, platform);
    QFETCH(QString, link);
    QFETCH(bool, venue);
    QFETCH(bool, mediator);
    QFETCH(int, endOffsetHours);
    QFETCH(QString, problem);
    Meeting m;
    m.mode = static_cast<MeetingMode>(mode);
    m.platform = platform;
    m.link = link;
    if (venue)
        m.venueId = 3;
    if (mediator)
        m.mediators = {kOllie};
    m.start = london(2026, 12, 8, 10);
    m.end = m.start.addSecs(endOffsetHours * 3600);
    const QStringList found = MeetingRules::problems(m);
    if (problem.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    } else {
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().contains(problem), qPrintable(found.first()));
    }
}

void TestMeetingRules::defaultEndAndActionDue()
{
    const QDateTime start = london(2026, 12, 8, 10);
    QCOMPARE(Meeting::defaultEnd(start), london(2026, 12, 8, 13));
    // Reg 42: two weeks from the meeting.
    QCOMPARE(MeetingRules::defaultActionDue(ActionParty::Council, QDate(2026, 12, 8)), QDate(2026, 12, 22));
    QVERIFY(!MeetingRules::defaultActionDue(ActionParty::Council, QDate()).isValid());
}

void TestMeetingRules::notesOnlyWithAgreement()
{
    MeetingRecord record;
    record.outcome = MeetingOutcome::Agreed;
    record.heldDate = QDate(2026, 12, 8);
    record.notes = QStringLiteral("Discussed transport");
    QCOMPARE(MeetingRules::recordProblems(record).size(), 1);
    QVERIFY(MeetingRules::recordProblems(record).first().contains(QStringLiteral("everyone")));
    record.notesAgreed = true;
    QVERIFY(MeetingRules::recordProblems(record).isEmpty());
    record.actions.append({QStringLiteral("Amend section F"), QString(), ActionParty::Council, QDate()});
    QVERIFY(MeetingRules::recordProblems(record).first().contains(QStringLiteral("Action 1")));
    record.outcome.reset();
    record.actions.clear();
    QVERIFY(MeetingRules::recordProblems(record).isEmpty());
}

QTEST_GUILESS_MAIN(TestMeetingRules)
#include "tst_meetingrules.moc"
