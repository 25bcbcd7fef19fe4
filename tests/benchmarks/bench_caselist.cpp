// Case list, search and dashboard speed on a large database, and the desktop
// program's memory with it open. Prints figures; asserts nothing about time.
//
//   bench_caselist [--cases N] [--database PATH] [--runs R]
//
// Each figure is the median of R runs through Common Ground's own code, with
// the same SQL run through SQLite's C API directly beside it.
#include "demo/DemoDataGenerator.h"
#include "itemmodels/CaseListModel.h"
#include "store/access/SessionActor.h"
#include "store/cases/CaseListQuery.h"
#include "store/cases/DashboardQueries.h"
#include "store/infrastructure/Database.h"
#include "store/settings/BankHolidayRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <sqlite3.h>

namespace {
double medianMs(int runs, const std::function<void()>& work, const std::function<void()>& setup = {})
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        if (setup)
            setup(); // not timed
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// One statement through SQLite directly: prepare, bind, step to the end.
void runRaw(sqlite3* db, const QString& sql, const QVariantList& binds)
{
    sqlite3_stmt* statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), -1, &statement, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "raw prepare failed: %s\n", sqlite3_errmsg(db));
        return;
    }
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant& value = binds.at(i);
        if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong) {
            sqlite3_bind_int64(statement, i + 1, value.toLongLong());
        } else {
            const QByteArray text = value.typeId() == QMetaType::QDateTime
                                        ? value.toDateTime().toString(Qt::ISODateWithMs).toUtf8()
                                        : value.toString().toUtf8();
            sqlite3_bind_text(statement, i + 1, text.constData(), static_cast<int>(text.size()),
                              SQLITE_TRANSIENT);
        }
    }
    while (sqlite3_step(statement) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(statement); ++c)
            sqlite3_column_text(statement, c);
    }
    sqlite3_finalize(statement);
}

void line(const char* what, double ours, double raw, double target)
{
    std::printf("%-34s %9.1f ms   raw SQLite %8.1f ms   target < %5.0f ms\n", what, ours, raw, target);
}

// Peak resident memory of the desktop program with the database open on
// its first screens, read from /proc after it has settled.
void measureGui(const QString& database)
{
    const QString gui = QStringLiteral(CG_GUI_PATH);
    if (!QFileInfo::exists(gui)) {
        std::printf("desktop program not built: memory not measured\n");
        return;
    }
    QTemporaryDir home;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    process.start(gui, {QStringLiteral("--database"), database});
    if (!process.waitForStarted()) {
        std::printf("desktop program did not start: memory not measured\n");
        return;
    }
    QByteArray peak;
    for (int i = 0; i < 16 && process.state() == QProcess::Running; ++i) {
        QThread::msleep(500);
        QFile status(QStringLiteral("/proc/%1/status").arg(process.processId()));
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray& row : status.readAll().split('\n')) {
                if (row.startsWith("VmHWM:"))
                    peak = row.mid(6).trimmed();
            }
        }
    }
    process.kill();
    process.waitForFinished();
    std::printf("%-34s %12s   target < 250 MB\n", "desktop program peak memory", peak.constData());
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("cases"), QStringLiteral("cases to generate"), QStringLiteral("N"),
          QStringLiteral("200000")},
         {QStringLiteral("database"), QStringLiteral("an existing demo database"), QStringLiteral("PATH")},
         {QStringLiteral("runs"), QStringLiteral("runs per figure"), QStringLiteral("R"),
          QStringLiteral("7")},
         {QStringLiteral("audit-cost"), QStringLiteral("also time the load without the audit triggers")}});
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
    BankHolidayCalendar calendar;
    if (StoreError error = BankHolidayRepository(database.connection()).load(&calendar)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    if (generate) {
        const int cases = parser.value(QStringLiteral("cases")).toInt();
        QElapsedTimer timer;
        timer.start();
        if (StoreError error = DemoDataGenerator(database.connection(), calendar).generate(cases, today)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message()));
            return 1;
        }
        std::printf("generated %d demo cases in %.1f s\n", cases, timer.elapsed() / 1000.0);
        if (parser.isSet(QStringLiteral("audit-cost"))) {
            // The same load into a second database whose connection has no audit triggers.
            Database plain(ConnectionSettings::sqlite(dir.filePath(QStringLiteral("plain.sqlite"))));
            if (StoreError error = plain.open()) {
                std::fprintf(stderr, "%s\n", qPrintable(error.message()));
                return 1;
            }
            QSqlQuery triggers(plain.connection());
            QStringList names;
            triggers.exec(QStringLiteral("SELECT name FROM sqlite_temp_master WHERE type = 'trigger'"));
            while (triggers.next())
                names << triggers.value(0).toString();
            for (const QString& name : names)
                triggers.exec(QStringLiteral("DROP TRIGGER temp.\"%1\"").arg(name));
            timer.restart();
            if (StoreError error = DemoDataGenerator(plain.connection(), calendar).generate(cases, today)) {
                std::fprintf(stderr, "%s\n", qPrintable(error.message()));
                return 1;
            }
            QSqlQuery rows(database.connection());
            rows.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
            rows.next();
            std::printf(
                "  without the audit triggers: %.1f s (%.0f MB); with them %lld audit rows (%.0f MB)\n",
                timer.elapsed() / 1000.0,
                QFileInfo(dir.filePath(QStringLiteral("plain.sqlite"))).size() / 1048576.0,
                rows.value(0).toLongLong(), QFileInfo(path).size() / 1048576.0);
        }
    }
    {
        // The demo's users make the store ask who acts: its supervisor, who sees every case.
        QSqlQuery supervisor(database.connection());
        supervisor.exec(QStringLiteral("SELECT id FROM users WHERE username = 'grace.ibekwe'"));
        if (supervisor.next()) {
            if (StoreError error =
                    SessionActor::set(database.connection(), supervisor.value(0).toLongLong())) {
                std::fprintf(stderr, "%s\n", qPrintable(error.message()));
                return 1;
            }
        }
    }
    sqlite3* raw = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    {
        QSqlQuery count(database.connection());
        count.exec(QStringLiteral("SELECT COUNT(*) FROM cases"));
        count.next();
        std::printf("database: %lld cases, %.0f MB\n", count.value(0).toLongLong(),
                    QFileInfo(path).size() / 1048576.0);
    }

    CaseListModel model;
    model.setToday(today);
    auto rawList = [&](const CaseListFilter& filter, CaseListQuery::Column column, Qt::SortOrder order) {
        CaseListQuery query(database.connection());
        query.setFilter(filter, today);
        query.setSort(column, order);
        QVariantList countBinds;
        QVariantList fetchBinds;
        const QString countSql = query.countStatement(&countBinds);
        const QString fetchSql = query.fetchStatement(0, CaseListModel::kPageSize, &fetchBinds);
        return medianMs(runs, [&] {
            runRaw(raw, countSql, countBinds);
            runRaw(raw, fetchSql, fetchBinds);
        });
    };

    // 1. The first page of the case list: a count and 200 rows.
    const double firstPage = medianMs(runs, [&] { model.setDatabase(database.connection(), calendar); });
    line("case list, first page", firstPage,
         rawList({}, CaseListQuery::Column::NextDeadline, Qt::AscendingOrder), 150);
    std::printf("  (%d open cases, %d rows fetched)\n", model.totalCount(), model.rowCount());

    // 2. Sorting by next deadline (from another order, as a click on the header does).
    const double sort = medianMs(
        runs, [&] { model.sort(CaseListModel::NextDeadlineColumn, Qt::DescendingOrder); },
        [&] { model.sort(CaseListModel::ReferenceColumn, Qt::AscendingOrder); });
    line("sort by next deadline", sort, rawList({}, CaseListQuery::Column::NextDeadline, Qt::DescendingOrder),
         150);

    // 3. A name search.
    CaseListFilter search;
    search.search = QStringLiteral("wren");
    const double searchMs = medianMs(runs, [&] { model.setFilter(search); });
    line("name search \"wren\"", searchMs,
         rawList(search, CaseListQuery::Column::NextDeadline, Qt::DescendingOrder), 100);
    std::printf("  (%d matches)\n", model.totalCount());

    // 4. The dashboard's counts.
    {
        DashboardQueries dashboard(database.connection());
        DashboardCounts counts;
        if (StoreError error = dashboard.counts(today, qint64(1), &counts)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message()));
            return 1;
        }
        // Checked once above; timed runs repeat what succeeded.
        const double dashboardMs =
            medianMs(runs, [&] { static_cast<void>(dashboard.counts(today, qint64(1), &counts)); });
        const QList<DashboardQueries::Statement> statements = dashboard.countStatements(today, qint64(1));
        const double dashboardRaw = medianMs(runs, [&] {
            for (const DashboardQueries::Statement& statement : statements)
                runRaw(raw, statement.sql, statement.binds);
        });
        line("dashboard counts", dashboardMs, dashboardRaw, 200);
        std::printf("  (mine %d, today %d, this week %d, overdue %d, certificates %d, meetings %d)\n",
                    counts.myOpenCases, counts.dueToday, counts.dueThisWeek, counts.overdue,
                    counts.certificatesDue, counts.meetingsThisWeek);
    }
    sqlite3_close(raw);
    model.setDatabase(QSqlDatabase(), calendar); // let go of the connection first
    database.close();

    measureGui(path);
    return 0;
}
