#include "rules/CouncilRules.h"

#include <QTest>

class TestCouncilRules : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
};

void TestCouncilRules::check_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("referralDays");
    QTest::addColumn<int>("retentionYears");
    QTest::addColumn<QStringList>("fields"); // the fields with a problem, in order

    QTest::newRow("good") << "Westvale City Council"
                          << "WVC" << 5 << 6 << QStringList{};
    QTest::newRow("code with digits and hyphen") << "Northmoor"
                                                 << "NM-2" << 0 << 1 << QStringList{};
    QTest::newRow("longest code") << "Northmoor"
                                  << "ABCDEFGHIJKL" << 60 << 50 << QStringList{};
    QTest::newRow("no name") << "  "
                             << "WVC" << 5 << 6 << QStringList{"name"};
    QTest::newRow("no code") << "Westvale"
                             << "" << 5 << 6 << QStringList{"code"};
    QTest::newRow("one-letter code") << "Westvale"
                                     << "W" << 5 << 6 << QStringList{"code"};
    QTest::newRow("lower-case code") << "Westvale"
                                     << "wvc" << 5 << 6 << QStringList{"code"};
    QTest::newRow("code too long") << "Westvale"
                                   << "ABCDEFGHIJKLM" << 5 << 6 << QStringList{"code"};
    QTest::newRow("code starting with hyphen") << "Westvale"
                                               << "-WV" << 5 << 6 << QStringList{"code"};
    QTest::newRow("code with space") << "Westvale"
                                     << "W V" << 5 << 6 << QStringList{"code"};
    QTest::newRow("negative referral days") << "Westvale"
                                            << "WVC" << -1 << 6 << QStringList{"referralActionWorkingDays"};
    QTest::newRow("61 referral days") << "Westvale"
                                      << "WVC" << 61 << 6 << QStringList{"referralActionWorkingDays"};
    QTest::newRow("no retention") << "Westvale"
                                  << "WVC" << 5 << 0 << QStringList{"retentionYears"};
    QTest::newRow("51 years") << "Westvale"
                              << "WVC" << 5 << 51 << QStringList{"retentionYears"};
    QTest::newRow("everything wrong")
        << ""
        << "" << 99 << 0 << QStringList{"name", "code", "referralActionWorkingDays", "retentionYears"};
}

void TestCouncilRules::check()
{
    QFETCH(QString, name);
    QFETCH(QString, code);
    QFETCH(int, referralDays);
    QFETCH(int, retentionYears);
    QFETCH(QStringList, fields);
    Council council;
    council.name = name;
    council.code = code;
    council.referralActionWorkingDays = referralDays;
    council.retentionYears = retentionYears;
    QStringList found;
    for (const ValidationProblem& problem : CouncilRules::check(council)) {
        QVERIFY(!problem.message.isEmpty());
        QCOMPARE(problem.severity, ValidationProblem::Severity::Error);
        found << problem.field;
    }
    QCOMPARE(found, fields);
}

QTEST_GUILESS_MAIN(TestCouncilRules)
#include "tst_councilrules.moc"
