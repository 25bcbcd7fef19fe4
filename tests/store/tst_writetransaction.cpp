#include "StoreVerify.h"
#include "TestDatabase.h"
#include "store/infrastructure/Database.h"
#include "store/infrastructure/WriteTransaction.h"

#include <QSqlQuery>
#include <QTest>

// Write transactions nest on both engines: an inner one joins the outer,
// only the outermost commits, and a failure anywhere saves nothing.
class TestWriteTransaction : public QObject
{
    Q_OBJECT

private slots:
    void innerJoinsOuter_data() { TestDatabase::addEngineRows(); }
    void innerJoinsOuter();
    void outerRollbackUndoesInner_data() { TestDatabase::addEngineRows(); }
    void outerRollbackUndoesInner();
    void innerFailureSavesNothing_data() { TestDatabase::addEngineRows(); }
    void innerFailureSavesNothing();
    void runCommitsOnlyWhatSucceeds_data() { TestDatabase::addEngineRows(); }
    void runCommitsOnlyWhatSucceeds();
};

namespace {
bool put(QSqlDatabase db, const QString& key)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, 'x')"));
    query.addBindValue(key);
    return query.exec();
}

bool has(QSqlDatabase db, const QString& key)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() && query.value(0).toInt() == 1;
}
} // namespace

void TestWriteTransaction::innerJoinsOuter()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    {
        WriteTransaction outer(db);
        CG_VERIFY_OK(outer.beginError());
        QVERIFY(!outer.isNested());
        QVERIFY(put(db, "test.outer"));
        {
            WriteTransaction inner(db);
            CG_VERIFY_OK(inner.beginError()); // a second BEGIN would have failed
            QVERIFY(inner.isNested());
            QVERIFY(put(db, "test.inner"));
            CG_VERIFY_OK(inner.commit());
        }
        CG_VERIFY_OK(outer.commit());
    }
    QVERIFY(has(db, "test.outer"));
    QVERIFY(has(db, "test.inner"));
    // Afterwards a new transaction is outermost again.
    WriteTransaction next(db);
    CG_VERIFY_OK(next.beginError());
    QVERIFY(!next.isNested());
}

void TestWriteTransaction::outerRollbackUndoesInner()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    {
        WriteTransaction outer(db);
        QVERIFY(put(db, "test.outer"));
        {
            WriteTransaction inner(db);
            QVERIFY(put(db, "test.inner"));
            CG_VERIFY_OK(inner.commit()); // committed only into the outer
        }
        // The outer ends without commit: nothing stays.
    }
    QVERIFY(!has(db, "test.outer"));
    QVERIFY(!has(db, "test.inner"));
}

void TestWriteTransaction::innerFailureSavesNothing()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    {
        WriteTransaction outer(db);
        QVERIFY(put(db, "test.outer"));
        {
            WriteTransaction inner(db);
            QVERIFY(put(db, "test.inner"));
            // Ends without commit, as a failed step returns early.
        }
        const StoreError error = outer.commit();
        QVERIFY(error.isError());
        QVERIFY2(error.message().contains("Nothing was saved"), qPrintable(error.message()));
    }
    QVERIFY(!has(db, "test.outer"));
    QVERIFY(!has(db, "test.inner"));
    // The connection is usable again.
    {
        WriteTransaction again(db);
        QVERIFY(!again.isNested());
        QVERIFY(put(db, "test.again"));
        CG_VERIFY_OK(again.commit());
    }
    QVERIFY(has(db, "test.again"));
}

// run() is the frame of the store's writes: committed when the work
// succeeds, nothing kept when it fails, and inside an outer transaction a
// failure dooms the whole as an inner WriteTransaction's would.
void TestWriteTransaction::runCommitsOnlyWhatSucceeds()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    CG_VERIFY_OK(WriteTransaction::run(db, [&]() -> StoreError {
        if (!put(db, "test.kept"))
            return StoreError(StoreError::Kind::Query, QStringLiteral("insert failed"));
        return {};
    }));
    QVERIFY(has(db, "test.kept"));

    const StoreError failed = WriteTransaction::run(db, [&]() -> StoreError {
        if (!put(db, "test.dropped"))
            return StoreError(StoreError::Kind::Query, QStringLiteral("insert failed"));
        return StoreError::invalid(QStringLiteral("refused after writing"));
    });
    QCOMPARE(failed.kind(), StoreError::Kind::Invalid);
    QVERIFY(!has(db, "test.dropped"));

    {
        WriteTransaction outer(db);
        CG_VERIFY_OK(outer.beginError());
        QVERIFY(put(db, "test.outer"));
        const StoreError inner =
            WriteTransaction::run(db, [] { return StoreError::invalid(QStringLiteral("refused")); });
        QCOMPARE(inner.kind(), StoreError::Kind::Invalid);
        QVERIFY(outer.commit().isError());
    }
    QVERIFY(!has(db, "test.outer"));
}

QTEST_GUILESS_MAIN(TestWriteTransaction)
#include "tst_writetransaction.moc"
