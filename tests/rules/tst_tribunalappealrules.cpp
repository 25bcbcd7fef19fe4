#include "rules/TribunalAppealRules.h"

#include <QTest>

// Recording a family's appeal to the tribunal (rules/README.md section 7).
class TestTribunalAppealRules : public QObject
{
    Q_OBJECT

private slots:
    void problem_data();
    void problem();
    void sourcesRoundTrip();
};

void TestTribunalAppealRules::problem_data()
{
    QTest::addColumn<QDate>("appealDate");
    QTest::addColumn<QDate>("decisionNotice");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("expected"); // empty: allowed; else a part of the message
    const QDate today(2026, 11, 23);
    const QDate notice(2026, 9, 1);
    QTest::newRow("after the notice, before today") << QDate(2026, 10, 5) << notice << today << QString();
    QTest::newRow("on the day of the notice") << notice << notice << today << QString();
    QTest::newRow("today") << today << notice << today << QString();
    QTest::newRow("tomorrow") << QDate(2026, 11, 24) << notice << today << QStringLiteral("after today");
    QTest::newRow("the day before the notice")
        << QDate(2026, 8, 31) << notice << today
        << QStringLiteral("before the decision notice was sent (2026-09-01)");
    QTest::newRow("no notice (disagreement resolution)")
        << QDate(2020, 1, 1) << QDate() << today << QString();
    QTest::newRow("no date") << QDate() << notice << today << QStringLiteral("Give the date");
}

void TestTribunalAppealRules::problem()
{
    QFETCH(QDate, appealDate);
    QFETCH(QDate, decisionNotice);
    QFETCH(QDate, today);
    QFETCH(QString, expected);
    const QString problem =
        TribunalAppealRules::problem({appealDate, AppealSource::Family}, decisionNotice, today);
    if (expected.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(expected), qPrintable(problem));
}

void TestTribunalAppealRules::sourcesRoundTrip()
{
    QCOMPARE(allAppealSources().size(), 4);
    for (AppealSource source : allAppealSources())
        QCOMPARE(appealSourceFromString(appealSourceToString(source)), source);
    QCOMPARE(appealSourceToString(AppealSource::TribunalLetter), QStringLiteral("tribunal_letter"));
    QVERIFY(!appealSourceFromString(QStringLiteral("rumour")));
}

QTEST_GUILESS_MAIN(TestTribunalAppealRules)
#include "tst_tribunalappealrules.moc"
