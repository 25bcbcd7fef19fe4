// The process tst_crashsafety kills: it saves rows through the store as fast
// as it can and, after each commit has returned, prints the number it saved.
//
//   cg_crash_writer DATABASE
//
// Prints "ready" once the database is open, then one number a line. Each
// transaction takes the next number of the "crash-test" counter and inserts
// the row settings("crash-test-N"), so a transaction torn in half would show
// as a counter and rows that disagree.
#include "store/certificates/SequenceRepository.h"
#include "store/infrastructure/Database.h"
#include "store/infrastructure/WriteTransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fputs("usage: cg_crash_writer DATABASE\n", stderr);
        return 2;
    }
    Database database(ConnectionSettings::sqlite(QString::fromLocal8Bit(argv[1])));
    if (StoreError error = database.open()) {
        std::fprintf(stderr, "cg_crash_writer: %s\n", qPrintable(error.message()));
        return 1;
    }
    std::fputs("ready\n", stdout);
    std::fflush(stdout);

    SequenceRepository sequence(database.connection());
    for (qint64 round = 0;; ++round) {
        WriteTransaction transaction(database.connection());
        if (transaction.beginError()) {
            std::fprintf(stderr, "cg_crash_writer: %s\n", qPrintable(transaction.beginError().message()));
            return 1;
        }
        qint64 id = 0;
        if (StoreError error = sequence.next(QStringLiteral("crash-test"), &id)) {
            std::fprintf(stderr, "cg_crash_writer: %s\n", qPrintable(error.message()));
            return 1;
        }
        QSqlQuery insert(database.connection());
        insert.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
        insert.addBindValue(QStringLiteral("crash-test-%1").arg(id));
        // Rows of varied length, so that pages fill, split and overflow.
        insert.addBindValue(QString(int(50 + (round * 7919) % 3000), QLatin1Char('a' + char(id % 26))));
        if (!insert.exec()) {
            std::fprintf(stderr, "cg_crash_writer: %s\n", qPrintable(insert.lastError().text()));
            return 1;
        }
        insert.finish();
        if (StoreError error = transaction.commit()) {
            std::fprintf(stderr, "cg_crash_writer: %s\n", qPrintable(error.message()));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(id));
        std::fflush(stdout);
    }
}
