#include "rules/LockoutPolicy.h"
#include "rules/PasswordRules.h"

#include <QTest>

// Five wrong passwords lock an account for five minutes; the clock is a parameter.
class TestLockoutPolicy : public QObject
{
    Q_OBJECT

private slots:
    void failuresCountUpToTheLock_data();
    void failuresCountUpToTheLock();
    void lockRunsOutAfterFiveMinutes();
    void failureWhileLockedChangesNothing();
    void successForgetsEverything();
    void passwordRules_data();
    void passwordRules();
};

namespace {
const QDateTime kNine(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
}

void TestLockoutPolicy::failuresCountUpToTheLock_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<bool>("locked");
    QTest::addColumn<int>("attemptsLeft");
    QTest::newRow("none") << 0 << false << 5;
    QTest::newRow("one") << 1 << false << 4;
    QTest::newRow("four") << 4 << false << 1;
    QTest::newRow("five locks") << 5 << true << 0;
}

void TestLockoutPolicy::failuresCountUpToTheLock()
{
    QFETCH(int, failures);
    QFETCH(bool, locked);
    QFETCH(int, attemptsLeft);
    LockoutState state;
    for (int i = 0; i < failures; ++i)
        state = LockoutPolicy::afterFailure(state, kNine.addSecs(i));
    const QDateTime now = kNine.addSecs(failures);
    QCOMPARE(LockoutPolicy::isLocked(state, now), locked);
    QCOMPARE(LockoutPolicy::attemptsLeft(state, now), attemptsLeft);
    if (locked)
        QCOMPARE(state.lockedUntil, kNine.addSecs(4 + 5 * 60));
}

void TestLockoutPolicy::lockRunsOutAfterFiveMinutes()
{
    LockoutState state;
    for (int i = 0; i < 5; ++i)
        state = LockoutPolicy::afterFailure(state, kNine);
    QVERIFY(LockoutPolicy::isLocked(state, kNine.addSecs(299)));
    QVERIFY(!LockoutPolicy::isLocked(state, kNine.addSecs(300)));
    QCOMPARE(LockoutPolicy::attemptsLeft(state, kNine.addSecs(300)), 5);
    // After the lock a fresh count starts: one more failure does not lock again.
    state = LockoutPolicy::afterFailure(state, kNine.addSecs(301));
    QCOMPARE(state.failedAttempts, 1);
    QVERIFY(!LockoutPolicy::isLocked(state, kNine.addSecs(301)));
    QVERIFY(!state.lockedUntil.isValid());
}

void TestLockoutPolicy::failureWhileLockedChangesNothing()
{
    LockoutState state;
    for (int i = 0; i < 5; ++i)
        state = LockoutPolicy::afterFailure(state, kNine);
    const LockoutState again = LockoutPolicy::afterFailure(state, kNine.addSecs(60));
    QCOMPARE(again.lockedUntil, state.lockedUntil);
    QCOMPARE(again.failedAttempts, state.failedAttempts);
}

void TestLockoutPolicy::successForgetsEverything()
{
    const LockoutState state = LockoutPolicy::afterSuccess();
    QCOMPARE(state.failedAttempts, 0);
    QVERIFY(!state.lockedUntil.isValid());
}

void TestLockoutPolicy::passwordRules_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("problemContains"); // empty: acceptable
    QTest::newRow("empty") << QString() << QString() << QStringLiteral("Enter a password");
    QTest::newRow("spaces") << QStringLiteral("          ") << QString()
                            << QStringLiteral("Enter a password");
    QTest::newRow("nine") << QStringLiteral("abcdefghi") << QString()
                          << QStringLiteral("at least 10 characters; it has 9");
    QTest::newRow("ten") << QStringLiteral("abcdefghij") << QString() << QString();
    // Ten characters outside the BMP are ten, not twenty UTF-16 units.
    QTest::newRow("emoji nine") << QString::fromUtf8("😀😀😀😀😀😀😀😀😀") << QString() << QStringLiteral("it has 9");
    QTest::newRow("too long") << QString(257, QLatin1Char('x')) << QString() << QStringLiteral("at most 256");
    QTest::newRow("has username") << QStringLiteral("xxSam.Okaforxx") << QStringLiteral("sam.okafor")
                                  << QStringLiteral("must not contain the username");
    QTest::newRow("passphrase") << QStringLiteral("heron lantern quarry") << QStringLiteral("sam.okafor")
                                << QString();
}

void TestLockoutPolicy::passwordRules()
{
    QFETCH(QString, password);
    QFETCH(QString, username);
    QFETCH(QString, problemContains);
    const QString problem = PasswordRules::problem(password, username);
    if (problemContains.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(problemContains), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestLockoutPolicy)
#include "tst_lockoutpolicy.moc"
