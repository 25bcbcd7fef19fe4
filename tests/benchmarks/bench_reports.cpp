// The councils' report (issue 14) on a large database: a year's figures for
// every council and for one, with the same SQL run through SQLite's C API
// directly beside it. Prints figures; asserts nothing about time.
//
//   bench_reports [--cases N] [--database PATH] [--runs R] [--statements]
//
// Each figure is the median of R runs through Common Ground's own code
// (ReportQuery::compute: the SQL, then the working days of the period's rows
// in C++). The raw figure replays every statement compute() ran, with its
// values bound (captured with sqlite3_trace_v2), through a plain read-only
// sqlite3 connection: what the SQL alone costs.
#include "ProcessClock.h"
#include "demo/DemoDataGenerator.h"
#include "rules/ReportPeriod.h"
#include "store/access/SessionActor.h"
#include "store/infrastructure/Database.h"
#include "store/reports/ReportQuery.h"
#include "store/settings/BankHolidayRepository.h"
#include "store/settings/CouncilRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <sqlite3.h>
#include <utility>

namespace {
double medianMs(int runs, const std::function<void()>& work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// CPU time (user and system, all threads) per run of `work`, averaged: on a
// shared machine the steadier figure.
double cpuMsPerRun(int runs, const std::function<void()>& work)
{
    const auto cpu = [] {
        return ProcessClock::cpuSeconds() * 1e3;
    };
    const double before = cpu();
    for (int i = 0; i < runs; ++i)
        work();
    return (cpu() - before) / runs;
}

// Every statement the connection runs, with its values in place.
int traced(unsigned kind, void* context, void* statement, void*)
{
    if (kind == SQLITE_TRACE_STMT) {
        char* sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
        if (sql) {
            static_cast<QStringList*>(context)->append(QString::fromUtf8(sql));
            sqlite3_free(sql);
        }
    }
    return 0;
}

void runRaw(sqlite3* db, const QStringList& statements)
{
    for (const QString& sql : statements) {
        sqlite3_stmt* statement = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(db, utf8.constData(), -1, &statement, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "raw prepare failed: %s\n", sqlite3_errmsg(db));
            continue;
        }
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(statement); ++c)
                sqlite3_column_text(statement, c);
        }
        sqlite3_finalize(statement);
    }
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("cases"), QStringLiteral("cases to generate"), QStringLiteral("N"),
          QStringLiteral("200000")},
         {QStringLiteral("database"), QStringLiteral("an existing demo database"), QStringLiteral("PATH")},
         {QStringLiteral("runs"), QStringLiteral("runs of each figure"), QStringLiteral("R"),
          QStringLiteral("5")},
         {QStringLiteral("statements"), QStringLiteral("also time each statement, slowest first")}});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QDate today = QDate::currentDate();
    QTemporaryDir dir;
    QString path = parser.value(QStringLiteral("database"));
    const bool generate = path.isEmpty();
    if (generate)
        path = dir.filePath(QStringLiteral("bench.sqlite"));
    Database database(ConnectionSettings::sqlite(path));
    if (StoreError error = database.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    QSqlDatabase db = database.connection();
    BankHolidayCalendar calendar = BankHolidayCalendar::shipped();
    if (StoreError error = BankHolidayRepository(db).load(&calendar)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    if (generate) {
        const int cases = parser.value(QStringLiteral("cases")).toInt();
        QElapsedTimer timer;
        timer.start();
        if (StoreError error = DemoDataGenerator(db, calendar).generate(cases, today)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message()));
            return 1;
        }
        std::printf("generated %d demo cases in %.1f s\n", cases,
                    static_cast<double>(timer.elapsed()) / 1000.0);
    }
    {
        // The demo's supervisor may see the reports.
        QSqlQuery supervisor(db);
        supervisor.exec(QStringLiteral("SELECT id FROM users WHERE username = 'grace.ibekwe'"));
        if (supervisor.next()) {
            if (StoreError error = SessionActor::set(db, supervisor.value(0).toLongLong())) {
                std::fprintf(stderr, "%s\n", qPrintable(error.message()));
                return 1;
            }
        }
        QSqlQuery count(db);
        count.exec(QStringLiteral("SELECT COUNT(*) FROM cases"));
        count.next();
        std::printf("database: %lld cases, %.0f MB\n", count.value(0).toLongLong(),
                    static_cast<double>(QFileInfo(path).size()) / 1048576.0);
    }
    QList<Council> councils;
    if (StoreError error = CouncilRepository(db).list(&councils)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    const ReportPeriod year = ReportPeriod::financialYearOf(today);
    const ReportQuery query(db, calendar);
    sqlite3* raw = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    auto* handle = *static_cast<sqlite3* const*>(db.driver()->handle().data());

    struct Case
    {
        const char* what;
        std::optional<qint64> council;
    };
    const QList<Case> cases{{"year's report, every council", std::nullopt},
                            {"year's report, one council",
                             councils.isEmpty() ? std::nullopt : std::optional(councils.first().id)}};
    for (const Case& c : cases) {
        ReportFigures figures;
        QStringList statements;
        sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, traced, &statements);
        if (StoreError error = query.compute(year, c.council, &figures)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message()));
            return 1;
        }
        sqlite3_trace_v2(handle, 0, nullptr, nullptr);
        // Checked once above; timed runs repeat what succeeded.
        const double ours =
            medianMs(runs, [&] { static_cast<void>(query.compute(year, c.council, &figures)); });
        const double plain = medianMs(runs, [&] { runRaw(raw, statements); });
        const double cpu =
            cpuMsPerRun(runs, [&] { static_cast<void>(query.compute(year, c.council, &figures)); });
        std::printf(
            "%-30s %9.1f ms (CPU %.1f ms)   raw SQLite %8.1f ms (%lld statements)   target < 1000 ms   "
            "enquiries %.0f\n",
            c.what, ours, cpu, plain, static_cast<long long>(statements.size()),
            figures.valueOf(QStringLiteral("enquiries")));
        if (parser.isSet(QStringLiteral("statements"))) {
            // Where the time goes: each statement alone through raw SQLite.
            QList<std::pair<double, QString>> each;
            for (const QString& sql : statements)
                each.append({medianMs(runs, [&] { runRaw(raw, {sql}); }), sql});
            std::sort(each.begin(), each.end(),
                      [](const auto& a, const auto& b) { return a.first > b.first; });
            for (const auto& [ms, sql] : each)
                std::printf("  %9.1f ms  %s\n", ms, qPrintable(sql.simplified()));
        }
    }
    sqlite3_close(raw);
    return 0;
}
