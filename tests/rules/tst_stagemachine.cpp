#include "rules/StageMachine.h"

#include <QTest>

Q_DECLARE_METATYPE(Route)
Q_DECLARE_METATYPE(CaseStage)

namespace {
const QDate kEnquiry(2026, 10, 1);
const QDate kToday(2026, 11, 23);
} // namespace

class TestStageMachine : public QObject
{
    Q_OBJECT

private slots:
    void initialStages();
    void moves_data();
    void moves();
    void everyStageOfARouteIsReachable_data();
    void everyStageOfARouteIsReachable();
};

void TestStageMachine::initialStages()
{
    QCOMPARE(StageMachine::initialStage(Route::Mediation), CaseStage::Enquiry);
    QCOMPARE(StageMachine::initialStage(Route::DisagreementResolution), CaseStage::Referral);
}

void TestStageMachine::moves_data()
{
    QTest::addColumn<Route>("route");
    QTest::addColumn<CaseStage>("from");
    QTest::addColumn<CaseStage>("to");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("refusalContains"); // empty: allowed

    const Route M = Route::Mediation;
    const Route D = Route::DisagreementResolution;
    using S = CaseStage;
    const QDate ok(2026, 11, 20);
    // Mediation, allowed (rules/README.md section 3).
    QTest::newRow("M enquiry -> information") << M << S::Enquiry << S::InformationGiven << ok << ""
                                              << "";
    QTest::newRow("M information -> not pursuing (Part 1)")
        << M << S::InformationGiven << S::NotPursuing << ok << ""
        << "";
    QTest::newRow("M information -> requested")
        << M << S::InformationGiven << S::MediationRequested << ok << ""
        << "";
    QTest::newRow("M not pursuing -> requested (changed mind)")
        << M << S::NotPursuing << S::MediationRequested << ok << ""
        << "";
    QTest::newRow("M requested -> arranged") << M << S::MediationRequested << S::MeetingArranged << ok << ""
                                             << "";
    QTest::newRow("M requested -> no meeting in 30 days (Part 3)")
        << M << S::MediationRequested << S::NoMeetingInTime << ok << ""
        << "";
    QTest::newRow("M arranged -> held (Part 2)") << M << S::MeetingArranged << S::MeetingHeld << ok << ""
                                                 << "";
    QTest::newRow("M arranged -> no meeting in time")
        << M << S::MeetingArranged << S::NoMeetingInTime << ok << ""
        << "";
    QTest::newRow("M no meeting -> arranged after Part 3")
        << M << S::NoMeetingInTime << S::MeetingArranged << ok << ""
        << "";
    QTest::newRow("M held -> closed with reason")
        << M << S::MeetingHeld << S::Closed << ok << "Agreement reached"
        << "";
    QTest::newRow("M enquiry -> closed with reason")
        << M << S::Enquiry << S::Closed << ok << "Family withdrew"
        << "";
    // Mediation, refused with a reason that says what to do.
    QTest::newRow("M held before arranged") << M << S::MediationRequested << S::MeetingHeld << ok << ""
                                            << "Arrange the meeting";
    QTest::newRow("M held from enquiry") << M << S::Enquiry << S::MeetingHeld << ok << ""
                                         << "Arrange the meeting";
    QTest::newRow("M requested before information") << M << S::Enquiry << S::MediationRequested << ok << ""
                                                    << "mediation information first";
    QTest::newRow("M not pursuing before information") << M << S::Enquiry << S::NotPursuing << ok << ""
                                                       << "mediation information first";
    QTest::newRow("M held -> arranged") << M << S::MeetingHeld << S::MeetingArranged << ok << ""
                                        << "cannot move";
    QTest::newRow("M closed is final") << M << S::Closed << S::MediationRequested << ok << ""
                                       << "closed";
    QTest::newRow("M same stage") << M << S::MeetingArranged << S::MeetingArranged << ok << ""
                                  << "already";
    QTest::newRow("M DR stage on mediation") << M << S::Enquiry << S::PartiesContacted << ok << ""
                                             << "not a stage of this route";
    QTest::newRow("M close without reason") << M << S::MeetingHeld << S::Closed << ok << "  "
                                            << "why the case is being closed";
    QTest::newRow("M date in the future")
        << M << S::Enquiry << S::InformationGiven << QDate(2026, 11, 24) << ""
        << "future";
    QTest::newRow("M date before enquiry")
        << M << S::Enquiry << S::InformationGiven << QDate(2026, 9, 30) << ""
        << "before the enquiry";
    QTest::newRow("M no date") << M << S::Enquiry << S::InformationGiven << QDate() << ""
                               << "Give the date";
    QTest::newRow("M date on the enquiry day") << M << S::Enquiry << S::InformationGiven << kEnquiry << ""
                                               << "";
    QTest::newRow("M date today") << M << S::Enquiry << S::InformationGiven << kToday << ""
                                  << "";
    // Disagreement resolution (rules/README.md section 6).
    QTest::newRow("D referral -> contacted") << D << S::Referral << S::PartiesContacted << ok << ""
                                             << "";
    QTest::newRow("D contacted -> all willing") << D << S::PartiesContacted << S::AllWilling << ok << ""
                                                << "";
    QTest::newRow("D contacted -> declined") << D << S::PartiesContacted << S::PartyDeclined << ok << ""
                                             << "";
    QTest::newRow("D willing -> meeting") << D << S::AllWilling << S::MeetingBooked << ok << ""
                                          << "";
    QTest::newRow("D meeting -> outcome") << D << S::MeetingBooked << S::OutcomeRecorded << ok << ""
                                          << "";
    QTest::newRow("D outcome -> closed") << D << S::OutcomeRecorded << S::Closed << ok << "Agreed"
                                         << "";
    QTest::newRow("D declined -> closed") << D << S::PartyDeclined << S::Closed << ok << "School declined"
                                          << "";
    QTest::newRow("D meeting before all willing") << D << S::PartiesContacted << S::MeetingBooked << ok << ""
                                                  << "Every other party must agree";
    QTest::newRow("D declined -> meeting") << D << S::PartyDeclined << S::MeetingBooked << ok << ""
                                           << "Every other party must agree";
    QTest::newRow("D outcome before meeting") << D << S::AllWilling << S::OutcomeRecorded << ok << ""
                                              << "after the meeting";
    QTest::newRow("D mediation stage on DR") << D << S::Referral << S::MeetingHeld << ok << ""
                                             << "not a stage of this route";
}

void TestStageMachine::moves()
{
    QFETCH(Route, route);
    QFETCH(CaseStage, from);
    QFETCH(CaseStage, to);
    QFETCH(QDate, date);
    QFETCH(QString, reason);
    QFETCH(QString, refusalContains);
    const QString refusal = StageMachine::refusal(route, from, {to, date, reason}, kEnquiry, kToday);
    if (refusalContains.isEmpty()) {
        QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
        QVERIFY(StageMachine::movesFrom(route, from).contains(to));
    } else {
        QVERIFY2(refusal.contains(refusalContains), qPrintable(refusal));
    }
}

void TestStageMachine::everyStageOfARouteIsReachable_data()
{
    QTest::addColumn<Route>("route");
    QTest::newRow("mediation") << Route::Mediation;
    QTest::newRow("disagreement resolution") << Route::DisagreementResolution;
}

void TestStageMachine::everyStageOfARouteIsReachable()
{
    QFETCH(Route, route);
    QList<CaseStage> reached{StageMachine::initialStage(route)};
    for (qsizetype i = 0; i < reached.size(); ++i) {
        for (CaseStage next : StageMachine::movesFrom(route, reached.at(i))) {
            QVERIFY(caseStagesOf(route).contains(next)); // never leaves its route
            if (!reached.contains(next))
                reached.append(next);
        }
    }
    QCOMPARE(reached.size(), caseStagesOf(route).size());
    QVERIFY(StageMachine::movesFrom(route, CaseStage::Closed).isEmpty());
}

QTEST_GUILESS_MAIN(TestStageMachine)
#include "tst_stagemachine.moc"
