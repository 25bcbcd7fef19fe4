// Contacts import speed: a CSV of N people at N/4 organisations imported
// into a new SQLite database (ContactCsv::import: one write transaction, all
// or nothing), at N and at N/2 rows, so that the figures show whether time
// grows with the rows or faster. Prints wall-clock seconds and rows per
// second; asserts nothing about time. Target: 50,000 rows under 10 s.
//
//   bench_contactimport [--rows N] [--runs R]
//
// Names are synthetic.
#include "ProcessClock.h"
#include "store/directory/ContactCsv.h"
#include "store/infrastructure/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

namespace {
QByteArray makeCsv(int rows)
{
    static const char* const kinds[] = {"school", "sendiass", "council_send", "health_provider"};
    QByteArray csv = ContactCsv::columns().join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (int i = 0; i < rows; ++i) {
        const int organisation = i / 4;
        csv +=
            QStringLiteral("Org %1 Learning Trust,%2,,Given%3,Family%3,Officer,,0113 496 %4,p%3@example.org,"
                           "NM1 4QT,no\r\n")
                .arg(organisation)
                .arg(QLatin1String(kinds[organisation % 4]))
                .arg(i)
                .arg(i % 10000, 4, 10, QLatin1Char('0'))
                .toUtf8();
    }
    return csv;
}

// Wall-clock seconds for one import into a new database (CPU seconds in
// *cpu), or a negative number on failure.
double importOnce(int rows, double* cpu)
{
    QTemporaryDir dir;
    Database database(ConnectionSettings::sqlite(dir.filePath(QStringLiteral("bench.sqlite"))));
    if (StoreError error = database.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return -1;
    }
    const QByteArray csv = makeCsv(rows);
    ContactCsv::ImportReport report;
    QElapsedTimer timer;
    const double cpuStart = ProcessClock::cpuSeconds();
    timer.start();
    const StoreError error = ContactCsv::import(database.connection(), csv, &report);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    *cpu = ProcessClock::cpuSeconds() - cpuStart;
    if (error || !report.problems.isEmpty() || report.contactsAdded != rows) {
        std::fprintf(stderr, "import failed: %s %s\n", qPrintable(error.message()),
                     qPrintable(report.problems.mid(0, 3).join(QLatin1Char(' '))));
        return -1;
    }
    return seconds;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("rows"), QStringLiteral("N"),
                                        QStringLiteral("50000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("runs"), QStringLiteral("R"),
                                        QStringLiteral("1"));
    parser.addOption(rowsOption);
    parser.addOption(runsOption);
    parser.process(app);
    const int rows = std::max(2, parser.value(rowsOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    for (const int count : {rows / 2, rows}) {
        double best = -1;
        double bestCpu = 0;
        for (int run = 0; run < runs; ++run) {
            double cpu = 0;
            const double seconds = importOnce(count, &cpu);
            if (seconds < 0)
                return 1;
            if (best < 0 || seconds < best) {
                best = seconds;
                bestCpu = cpu;
            }
        }
        std::printf("contacts import: %d rows (%d organisations): %.2f s wall, %.2f s CPU, %.0f rows/s "
                    "(best of %d)\n",
                    count, (count + 3) / 4, best, bestCpu, count / best, runs);
    }
    return 0;
}
