#include "StoreVerify.h"
#include "TestDatabase.h"
#include "store/certificates/SequenceRepository.h"
#include "store/infrastructure/Database.h"
#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/WriteTransaction.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <atomic>
#include <thread>

namespace {
struct WriterResult
{
    QList<qint64> values;
    QStringList errors;
};

// One desk: its own connection, in its own thread, taking numbers.
WriterResult takeNumbers(const ConnectionSettings& settings, int count, const QString& counter)
{
    WriterResult result;
    Database database(settings);
    if (StoreError error = database.open()) {
        result.errors << error.message();
        return result;
    }
    SequenceRepository sequences(database.connection());
    for (int i = 0; i < count; ++i) {
        qint64 value = 0;
        if (StoreError error = sequences.next(counter, &value))
            result.errors << error.message();
        else
            result.values << value;
    }
    return result;
}
} // namespace

class TestConcurrentWriters : public QObject
{
    Q_OBJECT

private slots:
    void deferredBeginFailsWhereImmediateWaits();
    void twoWritersLoseNothing_data() { TestDatabase::addEngineRows(); }
    void twoWritersLoseNothing();
};

void TestConcurrentWriters::deferredBeginFailsWhereImmediateWaits()
{
    TestDatabase test(QStringLiteral("sqlite"));
    Database deskA(test.settings());
    Database deskB(test.settings());
    CG_VERIFY_OK(deskA.open());
    CG_VERIFY_OK(deskB.open());
    qint64 value = 0;
    CG_VERIFY_OK(SequenceRepository(deskB.connection()).next("counter", &value));
    QCOMPARE(value, 1);

    // 1. A plain (deferred) BEGIN: A reads, B writes, A's write then fails at
    //    once with SQLITE_BUSY_SNAPSHOT; the 5 s busy timeout never helps.
    {
        QSqlQuery a(deskA.connection());
        QVERIFY(a.exec("BEGIN"));
        QVERIFY(a.exec("SELECT value FROM counters WHERE name = 'counter'"));
        QVERIFY(a.next());
        const qint64 seenByA = a.value(0).toLongLong();
        a.finish();
        CG_VERIFY_OK(SequenceRepository(deskB.connection()).next("counter", &value));
        QCOMPARE(value, 2);
        a.prepare("UPDATE counters SET value = ? WHERE name = 'counter'");
        a.addBindValue(seenByA + 1);
        QVERIFY(!a.exec());
        QCOMPARE(a.lastError().nativeErrorCode(), QStringLiteral("517")); // SQLITE_BUSY_SNAPSHOT
        QVERIFY(deskA.dialect().isBusy(a.lastError()));
        QVERIFY(a.exec("ROLLBACK"));
    }

    // 2. BEGIN IMMEDIATE: while A holds the write lock, B waits for it and
    //    then reads A's value, so neither update is lost.
    {
        auto transaction = std::make_unique<WriteTransaction>(deskA.connection());
        CG_VERIFY_OK(transaction->beginError());
        CG_VERIFY_OK(SequenceRepository(deskA.connection()).next("counter", &value));
        QCOMPARE(value, 3);
        std::atomic<bool> bFinished = false;
        WriterResult b;
        std::thread other([&] {
            b = takeNumbers(test.settings(), 1, "counter");
            bFinished = true;
        });
        QTest::qWait(300);
        QVERIFY(!bFinished); // B is waiting on A's lock, not failing
        CG_VERIFY_OK(transaction->commit());
        other.join();
        QVERIFY2(b.errors.isEmpty(), qPrintable(b.errors.join("; ")));
        QCOMPARE(b.values, QList<qint64>{4});
    }
}

void TestConcurrentWriters::twoWritersLoseNothing()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    {
        Database setup(test.settings());
        CG_VERIFY_OK(setup.open());
    }
    const int perWriter = 150;
    WriterResult first;
    WriterResult second;
    std::thread a([&] { first = takeNumbers(test.settings(), perWriter, "certificate-2026"); });
    std::thread b([&] { second = takeNumbers(test.settings(), perWriter, "certificate-2026"); });
    a.join();
    b.join();
    QVERIFY2(first.errors.isEmpty(), qPrintable(first.errors.join("; ")));
    QVERIFY2(second.errors.isEmpty(), qPrintable(second.errors.join("; ")));

    QSet<qint64> all;
    for (qint64 v : first.values + second.values)
        all.insert(v);
    QCOMPARE(all.size(), 2 * perWriter); // no number handed out twice
    for (qint64 v = 1; v <= 2 * perWriter; ++v)
        QVERIFY2(all.contains(v), qPrintable(QString::number(v))); // and none skipped

    Database check(test.settings());
    CG_VERIFY_OK(check.open());
    QSqlQuery query(check.connection());
    QVERIFY(query.exec("SELECT value FROM counters WHERE name = 'certificate-2026'"));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 2 * perWriter);
}

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrentwriters.moc"
