#include "StoreVerify.h"
#include "store/infrastructure/Database.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {
constexpr quint32 kDefaultSeed = 20250314;
constexpr int kDefaultIterations = 200;

int environmentNumber(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

// The numbers a writer printed on whole lines; a line cut off by the kill is
// not a report.
QList<qint64> reportedIds(const QByteArray& output)
{
    QList<qint64> ids;
    QList<QByteArray> lines = output.split('\n');
    lines.removeLast(); // after the last newline: empty, or cut off
    for (const QByteArray& line : lines) {
        if (line == "ready")
            continue;
        bool ok = false;
        const qint64 id = line.toLongLong(&ok);
        if (ok)
            ids.append(id);
    }
    return ids;
}
} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNothingItReported();
};

void TestCrashSafety::killedWriterLosesNothingItReported()
{
    const quint32 seed = quint32(environmentNumber("CG_CRASH_SEED", int(kDefaultSeed)));
    const int iterations = environmentNumber("CG_CRASH_ITERATIONS", kDefaultIterations);
    qInfo("seed %u, %d kills (replay with CG_CRASH_SEED=%u CG_CRASH_ITERATIONS=%d)", seed, iterations, seed,
          iterations);
    QRandomGenerator random(seed);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("crash.sqlite");

    QList<qint64> everReported;
    int killsWhileOpening = 0;
    int killsAfterCommits = 0;
    QElapsedTimer clock;
    clock.start();
    for (int iteration = 0; iteration < iterations; ++iteration) {
        // One kill in ten lands while the writer starts and opens (or creates
        // and migrates) the database; the others while it writes.
        const bool whileOpening = random.bounded(10) == 0;
        const int delayMs = whileOpening ? random.bounded(0, 40) : random.bounded(5, 61);

        QProcess writer;
        writer.start(QStringLiteral(CG_CRASH_WRITER), {path});
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        QByteArray output;
        if (!whileOpening) {
            QElapsedTimer wait;
            wait.start();
            while (!output.contains("ready\n") && writer.state() == QProcess::Running &&
                   wait.elapsed() < 30000) {
                writer.waitForReadyRead(50);
                output += writer.readAllStandardOutput();
            }
            QVERIFY2(output.contains("ready\n"),
                     qPrintable(QString("iteration %1: the writer did not open the database: %2")
                                    .arg(iteration)
                                    .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));
        }
        QThread::msleep(ulong(delayMs));
        QVERIFY2(writer.state() == QProcess::Running,
                 qPrintable(QString("iteration %1: the writer stopped by itself: %2")
                                .arg(iteration)
                                .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));
        writer.kill(); // SIGKILL
        QVERIFY(writer.waitForFinished(30000));
        output += writer.readAllStandardOutput();
        const QList<qint64> ids = reportedIds(output);
        everReported += ids;
        if (whileOpening)
            ++killsWhileOpening;
        if (!ids.isEmpty())
            ++killsAfterCommits;

        // Open it as the next start of the program would, and check it.
        const QString where = QString("iteration %1 (seed %2, %3 ms)").arg(iteration).arg(seed).arg(delayMs);
        Database database(ConnectionSettings::sqlite(path));
        const StoreError error = database.open();
        QVERIFY2(error.ok(), qPrintable(where + ": " + error.message()));
        QStringList problems;
        CG_VERIFY_OK(database.checkIntegrity(&problems));
        QVERIFY2(problems.isEmpty(), qPrintable(where + ": " + problems.join("; ")));

        QSqlQuery query(database.connection());
        QVERIFY(query.exec("SELECT value FROM counters WHERE name = 'crash-test'"));
        const qint64 counter = query.next() ? query.value(0).toLongLong() : 0;
        QVERIFY(query.exec("SELECT key FROM settings WHERE key LIKE 'crash-test-%'"));
        QSet<qint64> present;
        while (query.next())
            present.insert(query.value(0).toString().mid(11).toLongLong());
        query.finish();
        // Every transaction whole or not at all: rows 1..counter, no more, no fewer.
        QCOMPARE(qint64(present.size()), counter);
        for (qint64 id = 1; id <= counter; ++id)
            QVERIFY2(present.contains(id), qPrintable(where + QString(": row %1 missing").arg(id)));
        // And nothing ever reported as committed is gone.
        for (qint64 id : std::as_const(everReported))
            QVERIFY2(present.contains(id),
                     qPrintable(where + QString(": committed %1 missing (counter %2)").arg(id).arg(counter)));
    }
    qInfo("%d kills in %lld ms: %lld commits reported, %d kills after a commit, %d while opening", iterations,
          clock.elapsed(), qint64(everReported.size()), killsAfterCommits, killsWhileOpening);
    // The harness must really have killed writers in the middle of their work.
    QVERIFY(killsAfterCommits >= iterations / 2);
    QVERIFY(everReported.size() > iterations);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
