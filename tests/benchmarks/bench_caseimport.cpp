// Case import speed: a CSV of N cases at several stages imported into a new
// SQLite database (CaseImport::run: every row checked, then one write
// transaction, all or nothing), at N and at N/2 rows, so that the figures
// show whether time grows with the rows or faster. Prints wall-clock seconds
// and rows per second; asserts nothing about time. Target: 10,000 rows under 10 s.
//
//   bench_caseimport [--rows N] [--runs R]
//
// Names are synthetic.
#include "ProcessClock.h"
#include "rules/BankHolidayCalendar.h"
#include "store/cases/CaseImport.h"
#include "store/infrastructure/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

namespace {
const QDate kToday(2026, 11, 23);

// Rows at enquiry, information given, not pursuing and meeting held, in turn.
QByteArray makeCsv(int rows)
{
    QByteArray csv =
        "child_given_name,child_family_name,child_date_of_birth,parent_name,referrer,route,council,"
        "enquiry_date,"
        "decision_type,decision_notice_sent,stage,information_given_on,mediation_requested_on,"
        "not_pursuing_on,meeting_held_on,school\r\n";
    static const char* const stages[] = {"enquiry,,,,", "information_given,2026-09-03,,,",
                                         "not_pursuing,2026-09-03,,2026-09-10,",
                                         "meeting_held,2026-09-03,2026-09-04,,2026-09-24"};
    for (int i = 0; i < rows; ++i) {
        csv += QStringLiteral("Given%1,Family%1,2014-%2-%3,Parent "
                              "Family%1,parent,mediation,BNC,2026-09-01,refusal_to_assess,"
                              "2026-08-25,%4,School %5\r\n")
                   .arg(i)
                   .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                   .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                   .arg(QLatin1String(stages[i % 4]))
                   .arg(i % 50)
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
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("INSERT INTO councils (name, code, created_at) VALUES ('Bench Council', "
                                   "'BNC', '2026-01-01T00:00:00Z')"))) {
        std::fprintf(stderr, "could not add the council\n");
        return -1;
    }
    const QByteArray csv = makeCsv(rows);
    CaseImport import(database.connection(), BankHolidayCalendar::shipped());
    CaseImportReport report;
    QElapsedTimer timer;
    const double cpuStart = ProcessClock::cpuSeconds();
    timer.start();
    const StoreError error = import.run(csv, QStringLiteral("bench.csv"), kToday, &report);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    *cpu = ProcessClock::cpuSeconds() - cpuStart;
    if (error || !report.problems.isEmpty() || !report.duplicates.isEmpty() || report.cases.size() != rows) {
        std::fprintf(stderr, "import failed: %s %s %s\n", qPrintable(error.message()),
                     qPrintable(report.problems.mid(0, 3).join(QLatin1Char(' '))),
                     qPrintable(report.duplicates.mid(0, 3).join(QLatin1Char(' '))));
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
                                        QStringLiteral("10000"));
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
        std::printf("cases import: %d rows: %.2f s wall, %.2f s CPU, %.0f rows/s (best of %d)\n", count, best,
                    bestCpu, count / best, runs);
    }
    return 0;
}
