// Case list, search and dashboard speed on a large database, and the desktop
// program's memory with it open. Prints figures; asserts nothing about time.
//
//   bench_caselist [--cases N] [--database PATH | --postgres CONNINFO] [--no-audit] [--runs R]
//                  [--only list,searches,deep,workspace]
//
// Each figure is the median of R runs through Common Ground's own code, with
// the same SQL run through the engine's C API directly beside it (SQLite's,
// or libpq's). A --database that does not exist yet is generated with N
// cases and kept, so that a million cases are made once (--no-audit: without
// the audit trail's triggers, which the list never reads; about three times
// faster); so is a --postgres database that has no cases yet (made by hand:
// createdb). On PostgreSQL the slowest search's two statements are printed
// with EXPLAIN ANALYZE.
// The searches are a fixed set of 56 of mixed selectivity; their p50 and p95
// are over the set. Deep pages are the last page of each order, read after
// the row before it (keyset) and, for comparison, by OFFSET. Opening a case
// is every store call the case's workspace makes.
#include "BenchPostgres.h"
#include "ProcessClock.h"
#include "WorkspaceCalls.h"
#include "demo/DemoDataGenerator.h"
#include "itemmodels/CaseListModel.h"
#include "store/access/SessionActor.h"
#include "store/cases/CaseListQuery.h"
#include "store/cases/CaseRepository.h"
#include "store/cases/DashboardQueries.h"
#include "store/certificates/CertificateRepository.h"
#include "store/infrastructure/Database.h"
#include "store/infrastructure/SqlDialect.h"
#include "store/settings/BankHolidayRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <libpq-fe.h>
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
void runRawSqlite(sqlite3* db, const QString& sql, const QVariantList& binds)
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

// The statement in libpq's form: the placeholders numbered, the values as text
// (the server infers their types, as it does for Qt's driver).
QByteArray postgresStatement(const QString& sql, const QVariantList& binds, QList<QByteArray>* values)
{
    QString numbered;
    int n = 0;
    for (const QChar c : sql)
        numbered += c == QLatin1Char('?') ? QStringLiteral("$%1").arg(++n) : QString(c);
    for (const QVariant& value : binds)
        *values << (value.typeId() == QMetaType::QDate ? value.toDate().toString(Qt::ISODate).toUtf8()
                    : value.typeId() == QMetaType::QDateTime
                        ? value.toDateTime().toString(Qt::ISODateWithMs).toUtf8()
                        : value.toString().toUtf8());
    return numbered.toUtf8();
}

// One statement through libpq directly: sent with its values, every row read as text.
PGresult* runPostgres(PGconn* db, const QString& sql, const QVariantList& binds)
{
    QList<QByteArray> values;
    const QByteArray statement = postgresStatement(sql, binds, &values);
    QList<const char*> pointers;
    for (const QByteArray& value : values)
        pointers << value.constData();
    PGresult* result = PQexecParams(db, statement.constData(), static_cast<int>(pointers.size()), nullptr,
                                    pointers.constData(), nullptr, nullptr, 0);
    if (PQresultStatus(result) != PGRES_TUPLES_OK)
        std::fprintf(stderr, "raw statement failed: %s\n", PQerrorMessage(db));
    return result;
}

const char* rawName = "raw SQLite";

void line(const char* what, double ours, double raw, double target)
{
    std::printf("%-34s %9.1f ms   %s %8.1f ms   target < %5.0f ms\n", what, ours, rawName, raw, target);
}

double percentile(QList<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    const int at = std::clamp(static_cast<int>(std::ceil(fraction * values.size())) - 1, 0,
                              static_cast<int>(values.size()) - 1);
    return values.at(at);
}

// The fixed searches: common and rare surnames, given and family names, prefixes as
// typed, accents with and without, schools, name with school, references whole and
// in part, and words no case has; `year` is the latest year of the references.
QStringList searchSet(int year)
{
    const QString y = QString::number(year);
    return {// surnames: each about one case in 15 (child or parent)
            QStringLiteral("wren"), QStringLiteral("okafor"), QStringLiteral("patel"),
            QStringLiteral("kowalski"), QStringLiteral("O'Brien"), QStringLiteral("haddad"),
            QStringLiteral("novak"), QStringLiteral("quinn"), QStringLiteral("whitlock"),
            QStringLiteral("achterberg"),
            // as typed: the first letters
            QStringLiteral("wr"), QStringLiteral("oka"), QStringLiteral("thorn"), QStringLiteral("zielin"),
            QStringLiteral("bal"),
            // accents, typed with and without them
            QStringLiteral("Zoë"), QStringLiteral("zoe"), QStringLiteral("Nguyễn"), QStringLiteral("nguyen"),
            QStringLiteral("Łukasz"), QStringLiteral("lukasz"), QStringLiteral("Siobhán"),
            QStringLiteral("oisin"),
            // given and family name: about one case in 600
            QStringLiteral("zoë wren"), QStringLiteral("aisha patel"), QStringLiteral("tomasz okafor"),
            QStringLiteral("priya kaur"), QStringLiteral("callum quinn"), QStringLiteral("mei novak"),
            QStringLiteral("kwame mensah"), QStringLiteral("freya ward"),
            // schools
            QStringLiteral("larkfield"), QStringLiteral("hollins park"), QStringLiteral("st aidan's"),
            QStringLiteral("brookside"), QStringLiteral("meadowbank academy"), QStringLiteral("castle view"),
            QStringLiteral("westfield high school"), QStringLiteral("fernhill nursery"),
            // name and school: rare
            QStringLiteral("wren larkfield"), QStringLiteral("patel brookside"),
            QStringLiteral("zoë okafor fernhill"), QStringLiteral("ibrahim hartley oakwood"),
            // references, whole and as typed (every part of a reference is a word: "MED-2026" matches most)
            QStringLiteral("MED-%1-00042").arg(y), QStringLiteral("DR-%1-00007").arg(y),
            QStringLiteral("MED-%1-0001").arg(y), QStringLiteral("DR-%1-001").arg(y),
            QStringLiteral("MED-%1").arg(y), QStringLiteral("med %1 12345").arg(y), QStringLiteral("00420"),
            QStringLiteral("DR-%1-000").arg(y),
            // nothing matches
            QStringLiteral("smithson"), QStringLiteral("wren zzz"),
            QStringLiteral("achterberg saoirse larkfield nursery"), QStringLiteral("xylophone"),
            QStringLiteral("MED-1999-00001")};
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
         {QStringLiteral("audit-cost"), QStringLiteral("also time the load without the audit triggers")},
         {QStringLiteral("no-audit"), QStringLiteral("generate without the audit triggers")},
         {QStringLiteral("only"),
          QStringLiteral("only these parts, by comma: list (first page, sort, search, dashboard), "
                         "searches, deep, workspace"),
          QStringLiteral("PARTS")}});
    parser.addOptions(BenchPostgres::options());
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QStringList only = parser.value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto part = [&](const QString& name) {
        return only.isEmpty() || only.contains(name);
    };
    const QDate today = QDate::currentDate();

    QTemporaryDir dir;
    QString path = parser.value(QStringLiteral("database"));
    QString connInfo;
    std::optional<TestDatabase> throwaway;
    if (const std::optional<int> exitCode = BenchPostgres::connInfo(parser, &throwaway, &connInfo))
        return *exitCode;
    const bool postgres = !connInfo.isEmpty();
    // A database named but not there yet is generated and kept.
    bool generate = path.isEmpty() || !QFileInfo::exists(path);
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("bench.sqlite"));
    QString settingsError;
    const ConnectionSettings settings = postgres ? ConnectionSettings::fromConnInfo(connInfo, &settingsError)
                                                 : ConnectionSettings::sqlite(path);
    if (!settings.isValid()) {
        std::fprintf(stderr, "--postgres: %s\n", qPrintable(settingsError));
        return 1;
    }
    Database database(settings);
    if (StoreError error = database.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    auto scalar = [&](const QString& sql) {
        QSqlQuery query(database.connection());
        query.exec(sql);
        query.next();
        return query.value(0);
    };
    if (postgres) {
        // A PostgreSQL database is generated when it has no cases yet.
        generate = scalar(QStringLiteral("SELECT COUNT(*) FROM cases")).toLongLong() == 0;
        rawName = "raw libpq";
    }
    BankHolidayCalendar calendar;
    if (StoreError error = BankHolidayRepository(database.connection()).load(&calendar)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    auto dropAuditTriggers = [](QSqlDatabase db) {
        QSqlQuery triggers(db);
        QStringList names;
        triggers.exec(QStringLiteral("SELECT name FROM sqlite_temp_master WHERE type = 'trigger'"));
        while (triggers.next())
            names << triggers.value(0).toString();
        for (const QString& name : names)
            triggers.exec(QStringLiteral("DROP TRIGGER temp.\"%1\"").arg(name));
    };
    if (generate) {
        const int cases = parser.value(QStringLiteral("cases")).toInt();
        if (parser.isSet(QStringLiteral("no-audit")) && !postgres)
            dropAuditTriggers(database.connection());
        QElapsedTimer timer;
        timer.start();
        if (StoreError error = DemoDataGenerator(database.connection(), calendar).generate(cases, today)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message()));
            return 1;
        }
        std::printf("generated %d demo cases in %.1f s\n", cases, timer.elapsed() / 1000.0);
        if (parser.isSet(QStringLiteral("audit-cost")) && !postgres) {
            // The same load into a second database whose connection has no audit triggers.
            Database plain(ConnectionSettings::sqlite(dir.filePath(QStringLiteral("plain.sqlite"))));
            if (StoreError error = plain.open()) {
                std::fprintf(stderr, "%s\n", qPrintable(error.message()));
                return 1;
            }
            dropAuditTriggers(plain.connection());
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
    if (postgres) {
        // The login acts on PostgreSQL: it becomes the demo's supervisor, who sees every case.
        QSqlQuery supervisor(database.connection());
        supervisor.exec(
            QStringLiteral("UPDATE users SET username = session_user WHERE username = 'grace.ibekwe'"));
    } else {
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
    PGconn* rawPostgres = nullptr;
    if (postgres) {
        rawPostgres = PQconnectdb(connInfo.toUtf8().constData());
        if (PQstatus(rawPostgres) != CONNECTION_OK) {
            std::fprintf(stderr, "libpq: %s\n", PQerrorMessage(rawPostgres));
            return 1;
        }
        // The session as the program sets it up (no JIT among it), so that
        // the same SQL is timed the same way.
        for (const QString& statement :
             SqlDialect::forDriver(QStringLiteral("QPSQL")).connectionSetupStatements())
            PQclear(PQexec(rawPostgres, statement.toUtf8().constData()));
    } else {
        sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    }
    auto runRaw = [&](const QString& sql, const QVariantList& binds) {
        if (postgres)
            PQclear(runPostgres(rawPostgres, sql, binds));
        else
            runRawSqlite(raw, sql, binds);
    };
    std::printf("database: %lld cases, %.0f MB\n",
                scalar(QStringLiteral("SELECT COUNT(*) FROM cases")).toLongLong(),
                (postgres ? scalar(QStringLiteral("SELECT pg_database_size(current_database())")).toLongLong()
                          : QFileInfo(path).size()) /
                    1048576.0);

    CaseListModel model;
    model.setToday(today);
    // The model's two statements through SQLite directly: a search's count
    // stops at the cap, and `many` (the count was capped) picks the same plan
    // for the page as the model's. `before`: the exact count and the matches
    // sorted, as every search was run before the cap.
    auto rawList = [&](const CaseListFilter& filter, CaseListQuery::Column column, Qt::SortOrder order,
                       bool many = false, bool before = false) {
        CaseListQuery query(database.connection());
        query.setFilter(filter, today);
        query.setSort(column, order);
        query.setManyMatches(many && !before);
        QVariantList countBinds;
        QVariantList fetchBinds;
        const QString countSql = query.countStatement(
            &countBinds, 0, filter.search.isEmpty() || before ? 0 : CaseListQuery::kSearchCountCap);
        const QString fetchSql = query.fetchStatement(0, CaseListModel::kPageSize, &fetchBinds);
        return medianMs(runs, [&] {
            runRaw(countSql, countBinds);
            runRaw(fetchSql, fetchBinds);
        });
    };

    if (!part(QStringLiteral("list"))) {
        model.setDatabase(database.connection(), calendar);
    } else {
        // 1. The first page of the case list: a count and 200 rows.
        const double firstPage = medianMs(runs, [&] { model.setDatabase(database.connection(), calendar); });
        line("case list, first page", firstPage,
             rawList({}, CaseListQuery::Column::NextDeadline, Qt::AscendingOrder), 150);
        std::printf("  (%d open cases, %d rows fetched)\n", model.totalCount(), model.rowCount());

        // 2. Sorting by next deadline (from another order, as a click on the header does).
        const double sort = medianMs(
            runs, [&] { model.sort(CaseListModel::NextDeadlineColumn, Qt::DescendingOrder); },
            [&] { model.sort(CaseListModel::ReferenceColumn, Qt::AscendingOrder); });
        line("sort by next deadline", sort,
             rawList({}, CaseListQuery::Column::NextDeadline, Qt::DescendingOrder), 150);

        // 3. A name search.
        CaseListFilter search;
        search.search = QStringLiteral("wren");
        const double searchMs = medianMs(runs, [&] { model.setFilter(search); });
        line("name search \"wren\"", searchMs,
             rawList(search, CaseListQuery::Column::NextDeadline, Qt::DescendingOrder, model.totalIsCapped()),
             100);
        std::printf("  (%d%s matches)\n", model.totalCount(), model.totalIsCapped() ? "+" : "");

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
                    runRaw(statement.sql, statement.binds);
            });
            line("dashboard counts", dashboardMs, dashboardRaw, 200);
            std::printf("  (mine %d, today %d, this week %d, overdue %d, certificates %d, meetings %d)\n",
                        counts.myOpenCases, counts.dueToday, counts.dueThisWeek, counts.overdue,
                        counts.certificatesDue, counts.meetingsThisWeek);
        }
    }
    // 5. The fixed searches, each as the search box runs it (the model's
    //    capped count and first page) beside the same two statements raw.
    if (part(QStringLiteral("searches"))) {
        QSqlQuery latest(database.connection());
        latest.exec(QStringLiteral("SELECT MAX(enquiry_date) FROM cases"));
        latest.next();
        const int year = latest.value(0).toDate().isValid() ? latest.value(0).toDate().year() : today.year();
        model.sort(CaseListModel::NextDeadlineColumn, Qt::AscendingOrder);
        QList<double> ours;
        QList<double> raws;
        QList<double> befores;
        QList<double> cpus; // CPU time of each search (mean of its runs), steadier on a busy machine
        struct Timed
        {
            double ms;
            double raw;
            double before;
            QString text;
            int matches;
            bool capped;
        };
        QList<Timed> each;
        for (const QString& text : searchSet(year)) {
            CaseListFilter filter;
            filter.search = text;
            const double cpuBefore = ProcessClock::cpuSeconds();
            const double mine = medianMs(runs, [&] { model.setFilter(filter); });
            cpus << (ProcessClock::cpuSeconds() - cpuBefore) * 1000.0 / runs;
            const bool many = model.totalIsCapped();
            const double theirs =
                rawList(filter, CaseListQuery::Column::NextDeadline, Qt::AscendingOrder, many);
            const double before =
                rawList(filter, CaseListQuery::Column::NextDeadline, Qt::AscendingOrder, many, true);
            ours << mine;
            raws << theirs;
            befores << before;
            each << Timed{mine, theirs, before, text, model.totalCount(), many};
        }
        std::printf("searches: %lld of mixed selectivity, count capped at %d, first page by next deadline\n",
                    static_cast<long long>(ours.size()), CaseListQuery::kSearchCountCap);
        line("  search p50", percentile(ours, 0.5), percentile(raws, 0.5), 50);
        line("  search p95", percentile(ours, 0.95), percentile(raws, 0.95), 50);
        std::printf("  CPU time of ours: p50 %.1f ms, p95 %.1f ms\n", percentile(cpus, 0.5),
                    percentile(cpus, 0.95));
        std::printf("  before (exact count, every match sorted), %s: p50 %.1f ms, p95 %.1f ms\n", rawName,
                    percentile(befores, 0.5), percentile(befores, 0.95));
        std::sort(each.begin(), each.end(), [](const Timed& a, const Timed& b) { return a.ms > b.ms; });
        for (const Timed& timed : each)
            std::printf("    %8.1f ms (raw %8.1f, before %8.1f)  %6d%s matches  \"%s\"\n", timed.ms,
                        timed.raw, timed.before, timed.matches, timed.capped ? "+" : " ",
                        qPrintable(timed.text));
        if (postgres && !each.isEmpty()) {
            // The slowest search's count and page, as PostgreSQL ran them.
            CaseListFilter slowest;
            slowest.search = each.first().text;
            CaseListQuery query(database.connection());
            query.setFilter(slowest, today);
            query.setSort(CaseListQuery::Column::NextDeadline, Qt::AscendingOrder);
            query.setManyMatches(each.first().capped);
            QVariantList countBinds;
            QVariantList fetchBinds;
            const QString countSql = query.countStatement(&countBinds, 0, CaseListQuery::kSearchCountCap);
            const QString fetchSql = query.fetchStatement(0, CaseListModel::kPageSize, &fetchBinds);
            for (const auto& [sql, binds] :
                 {std::pair{countSql, countBinds}, std::pair{fetchSql, fetchBinds}}) {
                std::printf("  EXPLAIN ANALYZE, the slowest search (\"%s\"):\n    %s\n",
                            qPrintable(slowest.search), qPrintable(sql));
                PGresult* plan =
                    runPostgres(rawPostgres, QStringLiteral("EXPLAIN (ANALYZE, BUFFERS) ") + sql, binds);
                for (int row = 0; row < PQntuples(plan); ++row)
                    std::printf("    %s\n", PQgetvalue(plan, row, 0));
                PQclear(plan);
            }
        }
        model.setFilter({});
    }

    // 6. Deep pages: the first, middle and last page of the open cases in
    //    every order, the last two read after the row before them (keyset, as
    //    scrolling there does) and the last, for comparison, by OFFSET (as it
    //    was read before).
    if (part(QStringLiteral("deep"))) {
        const QList<std::pair<CaseListQuery::Column, const char*>> columns = {
            {CaseListQuery::Column::Reference, "reference"},
            {CaseListQuery::Column::Child, "child"},
            {CaseListQuery::Column::Parent, "parent"},
            {CaseListQuery::Column::Council, "council"},
            {CaseListQuery::Column::Route, "route"},
            {CaseListQuery::Column::Stage, "stage"},
            {CaseListQuery::Column::NextDeadline, "next deadline"},
            {CaseListQuery::Column::Caseworker, "caseworker"}};
        const int page = CaseListModel::kPageSize;
        std::printf("pages of the open cases (%d rows): first, middle and last (keyset), last by OFFSET:\n",
                    page);
        QList<double> every;
        for (const auto& [column, name] : columns) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                CaseListQuery query(database.connection());
                query.setFilter({}, today);
                query.setSort(column, order);
                int total = 0;
                QList<CaseListRow> before;
                QList<CaseListRow> beforeMiddle;
                if (query.count(&total) || total <= page || query.fetch(total - page - 1, 1, &before) ||
                    before.isEmpty() || query.fetch(total / 2, 1, &beforeMiddle) || beforeMiddle.isEmpty()) {
                    std::printf("  %s: could not read\n", name);
                    continue;
                }
                QList<CaseListRow> first;
                const double firstMs =
                    medianMs(runs, [&] { static_cast<void>(query.fetch(0, page, &first)); });
                QList<CaseListRow> middle;
                const double middleMs = medianMs(
                    runs, [&] { static_cast<void>(query.fetchAfter(beforeMiddle.first(), page, &middle)); });
                QList<CaseListRow> keyset;
                const double mine = medianMs(
                    runs, [&] { static_cast<void>(query.fetchAfter(before.first(), page, &keyset)); });
                QVariantList binds;
                const QString sql = query.fetchAfterStatement(before.first(), page, &binds);
                const double theirs = medianMs(runs, [&] { runRaw(sql, binds); });
                QList<CaseListRow> offset;
                const double old =
                    medianMs(1, [&] { static_cast<void>(query.fetch(total - page, page, &offset)); });
                bool same = keyset.size() == offset.size() && first.size() == page && middle.size() == page;
                for (int i = 0; same && i < keyset.size(); ++i)
                    same = keyset.at(i).id == offset.at(i).id;
                every << firstMs << middleMs << mine;
                const QByteArray what =
                    QByteArray("  ") + name + (order == Qt::AscendingOrder ? " asc" : " desc");
                std::printf("%-20s first %7.1f ms   middle %7.1f ms   last %7.1f ms (%s %7.1f ms)   OFFSET "
                            "%7.1f ms%s\n",
                            what.constData(), firstMs, middleMs, mine, rawName, theirs, old,
                            same ? "" : "   ROWS DIFFER");
            }
        }
        std::printf("%-34s %6.1f ms   target < 100 ms\n", "  slowest page of them all",
                    every.isEmpty() ? 0.0 : *std::max_element(every.cbegin(), every.cend()));
    }

    // 7. Opening a case's workspace: every store call CaseWorkspace and its
    //    tabs make, for 20 open cases spread over the database.
    if (part(QStringLiteral("workspace"))) {
        const QSqlDatabase db = database.connection();
        QList<qint64> caseIds;
        QSqlQuery pick(db);
        pick.exec(QStringLiteral("SELECT MAX(id) FROM cases"));
        pick.next();
        const qint64 maxId = pick.value(0).toLongLong();
        for (int i = 1; i <= 20; ++i) {
            pick.prepare(QStringLiteral(
                "SELECT id FROM cases WHERE stage <> 'closed' AND id >= ? ORDER BY id LIMIT 1"));
            pick.addBindValue(maxId * i / 21);
            if (pick.exec() && pick.next())
                caseIds << pick.value(0).toLongLong();
        }
        QMap<QString, QList<double>> calls;
        QList<double> totals;
        auto timed = [&](const QString& what, const std::function<StoreError()>& call) {
            QElapsedTimer timer;
            timer.start();
            if (StoreError error = call())
                std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(error.message()));
            const double ms = timer.nsecsElapsed() / 1e6;
            calls[what] << ms;
            return ms;
        };
        for (qint64 id : caseIds) {
            double total = 0;
            WorkspaceCalls::open(db, calendar, id,
                                 [&](const QString& what, const std::function<StoreError()>& call) {
                                     total += timed(what, call);
                                 });
            totals << total;
        }
        std::printf("opening a case's workspace (%lld open cases), every store call:\n",
                    static_cast<long long>(totals.size()));
        for (auto it = calls.cbegin(); it != calls.cend(); ++it)
            std::printf("    %-36s p50 %7.2f ms   p95 %7.2f ms\n", qPrintable(it.key()),
                        percentile(it.value(), 0.5), percentile(it.value(), 0.95));
        std::printf("%-34s p50 %6.1f ms   p95 %6.1f ms   target < 100 ms\n", "  workspace, all calls",
                    percentile(totals, 0.5), percentile(totals, 0.95));
        // What the certificates tab read before: every case waiting on one.
        QList<CertificateDueItem> everyDue;
        const double everyMs =
            medianMs(1, [&] { static_cast<void>(CertificateRepository(db, calendar).due(&everyDue)); });
        std::printf(
            "  (before: the certificates tab read every case's due certificates: %.1f ms, %lld items)\n",
            everyMs, static_cast<long long>(everyDue.size()));
    }

    if (raw)
        sqlite3_close(raw);
    if (rawPostgres)
        PQfinish(rawPostgres);
    model.setDatabase(QSqlDatabase(), calendar); // let go of the connection first
    database.close();

    if (postgres)
        std::printf("desktop program's memory: measured on SQLite only\n");
    else
        measureGui(path);
    return 0;
}
