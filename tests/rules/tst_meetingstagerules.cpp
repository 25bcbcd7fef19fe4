#include "rules/MeetingStageRules.h"

#include <QTest>

Q_DECLARE_METATYPE(Route)
Q_DECLARE_METATYPE(CaseStage)
Q_DECLARE_METATYPE(MeetingKind)
Q_DECLARE_METATYPE(MeetingStageRules::MeetingEvent)

using Event = MeetingStageRules::MeetingEvent;

// Which meeting moves a case to which stage, for both routes.
class TestMeetingStageRules : public QObject
{
    Q_OBJECT

private slots:
    void stageAfter_data();
    void stageAfter();
};

void TestMeetingStageRules::stageAfter_data()
{
    QTest::addColumn<MeetingKind>("kind");
    QTest::addColumn<Event>("event");
    QTest::addColumn<Route>("route");
    QTest::addColumn<CaseStage>("current");
    QTest::addColumn<bool>("otherMeetings");
    QTest::addColumn<bool>("part3");
    QTest::addColumn<int>("expected"); // a CaseStage, or -1 for "stays"
    QTest::addColumn<bool>("forward");

    const Route M = Route::Mediation;
    const Route D = Route::DisagreementResolution;
    const MeetingKind med = MeetingKind::Mediation;
    const MeetingKind dr = MeetingKind::DisagreementResolution;
    using S = CaseStage;
    auto stage = [](S s) {
        return static_cast<int>(s);
    };
    const int stays = -1;

    QTest::newRow("mediation booked: arranged") << med << Event::Booked << M << S::MediationRequested << false
                                                << false << stage(S::MeetingArranged) << true;
    QTest::newRow("mediation booked after a Part 3: arranged")
        << med << Event::Booked << M << S::NoMeetingInTime << false << false << stage(S::MeetingArranged)
        << true;
    QTest::newRow("second mediation booked: stays")
        << med << Event::Booked << M << S::MeetingArranged << true << false << stays << true;
    QTest::newRow("mediation booked before it was asked for: stays")
        << med << Event::Booked << M << S::InformationGiven << false << false << stays << true;
    QTest::newRow("mediation held: meeting held (Part 2)")
        << med << Event::Held << M << S::MeetingArranged << false << false << stage(S::MeetingHeld) << true;
    QTest::newRow("adjourned mediation held again: stays")
        << med << Event::Held << M << S::MeetingHeld << true << false << stays << true;
    QTest::newRow("mediation cannot be held in time: Part 3")
        << med << Event::CannotBeHeldInTime << M << S::MeetingArranged << false << false
        << stage(S::NoMeetingInTime) << true;
    QTest::newRow("only mediation cancelled: back to requested")
        << med << Event::Cancelled << M << S::MeetingArranged << false << false
        << stage(S::MediationRequested) << false;
    // The Part 3 duty stands once it has arisen (rules reference section 3, step 6).
    QTest::newRow("only mediation cancelled after a Part 3 record: back to no meeting in time")
        << med << Event::Cancelled << M << S::MeetingArranged << false << true << stage(S::NoMeetingInTime)
        << true;
    QTest::newRow("one of two mediations cancelled after the 30 days: stays")
        << med << Event::Cancelled << M << S::MeetingArranged << true << true << stays << false;
    QTest::newRow("mediation cannot be held in time after a Part 3 record: Part 3")
        << med << Event::CannotBeHeldInTime << M << S::MeetingArranged << false << true
        << stage(S::NoMeetingInTime) << true;
    QTest::newRow("DR meeting cancelled: the 30 days do not apply")
        << dr << Event::Cancelled << D << S::MeetingBooked << false << true << stage(S::AllWilling) << false;
    QTest::newRow("one of two mediations cancelled: stays")
        << med << Event::Cancelled << M << S::MeetingArranged << true << false << stays << false;
    QTest::newRow("mediation cancelled after it was held: stays")
        << med << Event::Cancelled << M << S::MeetingHeld << false << false << stays << false;
    QTest::newRow("information call booked: stays") << MeetingKind::InformationCall << Event::Booked << M
                                                    << S::InformationGiven << false << false << stays << true;
    QTest::newRow("pre-meeting call held: stays") << MeetingKind::PreMeetingCall << Event::Held << M
                                                  << S::MeetingArranged << false << false << stays << true;

    QTest::newRow("DR meeting booked: booked")
        << dr << Event::Booked << D << S::AllWilling << false << false << stage(S::MeetingBooked) << true;
    QTest::newRow("DR meeting booked before all are willing: stays")
        << dr << Event::Booked << D << S::PartiesContacted << false << false << stays << true;
    QTest::newRow("DR meeting held: outcome recorded")
        << dr << Event::Held << D << S::MeetingBooked << false << false << stage(S::OutcomeRecorded) << true;
    QTest::newRow("only DR meeting cancelled: back to all willing")
        << dr << Event::Cancelled << D << S::MeetingBooked << false << false << stage(S::AllWilling) << false;
    QTest::newRow("DR meeting not in time: as cancelled (no 30-day duty)")
        << dr << Event::CannotBeHeldInTime << D << S::MeetingBooked << false << false << stage(S::AllWilling)
        << false;
    QTest::newRow("mediation meeting on a DR case: stays")
        << med << Event::Booked << D << S::AllWilling << false << false << stays << true;
}

void TestMeetingStageRules::stageAfter()
{
    QFETCH(MeetingKind, kind);
    QFETCH(Event, event);
    QFETCH(Route, route);
    QFETCH(CaseStage, current);
    QFETCH(bool, otherMeetings);
    QFETCH(bool, part3);
    QFETCH(int, expected);
    QFETCH(bool, forward);
    const std::optional<CaseStage> to =
        MeetingStageRules::stageAfter(kind, event, route, current, otherMeetings, part3);
    if (expected < 0) {
        QVERIFY2(!to, qPrintable(to ? caseStageToString(*to) : QString()));
        return;
    }
    QVERIFY(to);
    QCOMPARE(*to, static_cast<CaseStage>(expected));
    QCOMPARE(MeetingStageRules::isForward(event, *to), forward);
}

QTEST_GUILESS_MAIN(TestMeetingStageRules)
#include "tst_meetingstagerules.moc"
