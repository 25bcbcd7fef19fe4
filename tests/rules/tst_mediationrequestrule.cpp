#include "rules/MediationRequestRule.h"

#include <QTest>

Q_DECLARE_METATYPE(Route)
Q_DECLARE_METATYPE(CaseStage)

// What the caseworker's own records do to a mediation case, and the date the
// family asked for mediation (rules reference section 3).
class TestMediationRequestRule : public QObject
{
    Q_OBJECT

private slots:
    void path_data();
    void path();
    void dateProblem_data();
    void dateProblem();
};

void TestMediationRequestRule::path_data()
{
    QTest::addColumn<Route>("route");
    QTest::addColumn<CaseStage>("current");
    QTest::addColumn<bool>("informationMoves");
    QTest::addColumn<QString>("path"); // the stages passed, comma-separated; empty: may not ask
    using S = CaseStage;
    const Route M = Route::Mediation;
    const Route D = Route::DisagreementResolution;
    QTest::newRow("enquiry: information given, then requested")
        << M << S::Enquiry << true << QStringLiteral("information_given,mediation_requested");
    QTest::newRow("information given: requested")
        << M << S::InformationGiven << false << QStringLiteral("mediation_requested");
    QTest::newRow("not pursuing, changed their mind: requested")
        << M << S::NotPursuing << false << QStringLiteral("mediation_requested");
    QTest::newRow("already requested: nothing") << M << S::MediationRequested << false << QString();
    QTest::newRow("meeting arranged: nothing") << M << S::MeetingArranged << false << QString();
    QTest::newRow("closed: nothing") << M << S::Closed << false << QString();
    QTest::newRow("disagreement resolution referral: its own stages")
        << D << S::Referral << false << QString();
}

void TestMediationRequestRule::path()
{
    QFETCH(Route, route);
    QFETCH(CaseStage, current);
    QFETCH(bool, informationMoves);
    QFETCH(QString, path);
    QCOMPARE(MediationRequestRule::informationMoves(route, current), informationMoves);
    QStringList stages;
    for (CaseStage stage : MediationRequestRule::requestPath(route, current))
        stages << caseStageToString(stage);
    QCOMPARE(stages.join(QLatin1Char(',')), path);
    QCOMPARE(MediationRequestRule::mayRequest(route, current), !path.isEmpty());
}

void TestMediationRequestRule::dateProblem_data()
{
    QTest::addColumn<QDate>("requested");
    QTest::addColumn<QString>("problem"); // a word the message must hold; empty: accepted
    // Enquiry on Mon 2 Nov 2026; today Wed 9 Dec 2026.
    QTest::newRow("today") << QDate(2026, 12, 9) << QString();
    QTest::newRow("the day of the enquiry") << QDate(2026, 11, 2) << QString();
    QTest::newRow("in between") << QDate(2026, 11, 20) << QString();
    QTest::newRow("tomorrow: future") << QDate(2026, 12, 10) << QStringLiteral("future");
    QTest::newRow("the day before the enquiry") << QDate(2026, 11, 1) << QStringLiteral("Mon 2 Nov 2026");
    QTest::newRow("no date") << QDate() << QStringLiteral("Give the date");
}

void TestMediationRequestRule::dateProblem()
{
    QFETCH(QDate, requested);
    QFETCH(QString, problem);
    const QString got = MediationRequestRule::dateProblem(requested, QDate(2026, 11, 2), QDate(2026, 12, 9));
    if (problem.isEmpty())
        QVERIFY2(got.isEmpty(), qPrintable(got));
    else
        QVERIFY2(got.contains(problem), qPrintable(got));
}

QTEST_GUILESS_MAIN(TestMediationRequestRule)
#include "tst_mediationrequestrule.moc"
