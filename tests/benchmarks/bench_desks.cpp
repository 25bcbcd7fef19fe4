// Many desks at once: N simulated desks, each on its own thread with its own
// database connection, working through Common Ground's own repositories and
// queries (never hand-written SQL) for a given time. Prints, per operation,
// p50/p95/p99, count, throughput and errors, and the lost updates. Asserts
// nothing about time; exits non-zero on an error or a lost update.
//
//   bench_desks [--desks N] [--seconds S] [--cases N] [--think-ms M]
//               [--database PATH | --postgres CONNINFO | --test-postgres]
//
// Defaults: 20 desks on PostgreSQL, 5 on SQLite (in WAL mode, as the program
// opens it), for 60 s. Without --think-ms a desk starts its next operation
// the moment one ends (a stress test); with it, a desk pauses between
// operations for a random time of that mean (exponential), as a person reads
// what came back before the next click. A database without cases is first
// filled with --cases demo cases (2,000 unless given); a new SQLite file when
// no database is named.
//
// The mix, by weight: the case list (a first page in a random order, or the
// page after it), a search, opening a case's workspace (every store call it
// makes), saving a case's details through the row-versioned save, booking a
// meeting, issuing a certificate, importing 200 contacts from CSV.
//
// Lost updates: every save increments a counter kept in one of a few shared
// cases' details (reasonable adjustments: "bench counter N"), reading the
// case, adding one and saving with the version read; a refusal (another
// desk saved first) is read again and retried. At the end the counters must
// have risen by exactly the number of successful saves.
#include "BenchPostgres.h"
#include "ProcessClock.h"
#include "WorkspaceCalls.h"
#include "demo/DemoDataGenerator.h"
#include "store/access/SessionActor.h"
#include "store/cases/CaseListQuery.h"
#include "store/cases/CaseRepository.h"
#include "store/certificates/CertificateRepository.h"
#include "store/directory/ContactCsv.h"
#include "store/infrastructure/Database.h"
#include "store/meetings/MeetingRepository.h"
#include "store/settings/BankHolidayRepository.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QMap>
#include <QMutex>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

namespace {

enum class Operation
{
    List,
    Search,
    OpenCase,
    SaveCase,
    BookMeeting,
    IssueCertificate,
    ImportContacts,
};

struct OperationInfo
{
    Operation operation;
    const char* name;
    int weight;       // out of the sum of all weights
    bool interactive; // a person waits on it: the 200 ms target
};

const OperationInfo kOperations[] = {
    {Operation::List, "case list page", 25, true},
    {Operation::Search, "search", 20, true},
    {Operation::OpenCase, "open a case's workspace", 20, true},
    {Operation::SaveCase, "save case details (versioned)", 20, true},
    {Operation::BookMeeting, "book a meeting", 8, true},
    {Operation::IssueCertificate, "issue a certificate", 5, true},
    {Operation::ImportContacts, "import 200 contacts (CSV)", 2, false},
};

const QStringList kSearches = {QStringLiteral("wren"),      QStringLiteral("okafor"),
                               QStringLiteral("patel"),     QStringLiteral("zoë"),
                               QStringLiteral("nguyen"),    QStringLiteral("larkfield"),
                               QStringLiteral("brookside"), QStringLiteral("aisha patel"),
                               QStringLiteral("MED-2026"),  QStringLiteral("smithson")};

const QString kCounterPrefix = QStringLiteral("bench counter ");

// What one desk measured.
struct DeskResult
{
    QMap<Operation, QList<double>> times; // ms of each successful operation
    QMap<Operation, QList<double>> cpu;   // the desk's own CPU ms of each (SQLite: nearly all the work)
    QMap<Operation, int> errors;
    QMap<Operation, QString> firstError; // one message per operation, to say what went wrong
    int busy = 0;                        // errors that were the database being busy
    int saves = 0;                       // counter increments saved
    int refusals = 0;                    // saves refused because another desk saved first
    int certificatesSkipped = 0;         // nothing left in this desk's share of due certificates
};

// What every desk shares, set up before they start.
struct Shared
{
    ConnectionSettings settings;
    BankHolidayCalendar calendar;
    QDate today;
    qint64 actorId = 0;  // SQLite: the user each desk acts as; PostgreSQL: the login acts
    qint64 issuerId = 0; // the demo's supervisor, who may issue certificates
    QList<qint64> openCases;
    QList<qint64> counterCases; // the few cases every desk's saves increment
    QList<QList<CertificateDueItem>> dueByDesk;
    int seconds = 60;
    int thinkMs = 0; // the mean pause between a desk's operations; 0: none
};

std::optional<int> counterOf(const QString& adjustments)
{
    if (!adjustments.startsWith(kCounterPrefix))
        return std::nullopt;
    return adjustments.mid(kCounterPrefix.size()).toInt();
}

QByteArray contactsCsv(int desk, int batch)
{
    static const char* const kinds[] = {"school", "sendiass", "council_send", "health_provider"};
    QByteArray csv = ContactCsv::columns().join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (int i = 0; i < 200; ++i) {
        const int organisation = i / 4;
        csv += QStringLiteral("Desk %1 Batch %2 Org %3 Trust,%4,,Given%5,Family%1x%2x%5,Officer,,0113 496 %6,"
                              "d%1b%2p%5@example.org,NM1 4QT,no\r\n")
                   .arg(desk)
                   .arg(batch)
                   .arg(organisation)
                   .arg(QLatin1String(kinds[organisation % 4]))
                   .arg(i)
                   .arg((desk * 1000 + batch * 7 + i) % 10000, 4, 10, QLatin1Char('0'))
                   .toUtf8();
    }
    return csv;
}

// One desk: its own connection, a random mix of operations until the time is up.
class Desk
{
public:
    Desk(const Shared& shared, int index) : m_shared(shared), m_index(index), m_random(1000 + index) {}

    DeskResult run()
    {
        Database database(m_shared.settings);
        if (StoreError error = database.open()) {
            fail(Operation::List, error);
            return m_result;
        }
        m_db = database.connection();
        if (m_shared.actorId != 0) {
            if (StoreError error = SessionActor::set(m_db, m_shared.actorId)) {
                fail(Operation::List, error);
                return m_result;
            }
        }
        int totalWeight = 0;
        for (const OperationInfo& info : kOperations)
            totalWeight += info.weight;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < m_shared.seconds * 1000LL) {
            int pick = static_cast<int>(m_random() % static_cast<unsigned>(totalWeight));
            Operation operation = Operation::List;
            for (const OperationInfo& info : kOperations) {
                if (pick < info.weight) {
                    operation = info.operation;
                    break;
                }
                pick -= info.weight;
            }
            QElapsedTimer timer;
            timer.start();
            const double cpuBefore = ProcessClock::threadCpuSeconds();
            const StoreError error = perform(operation);
            const double ms = timer.nsecsElapsed() / 1e6;
            if (error) {
                fail(operation, error);
            } else if (!m_skipped) {
                m_result.times[operation] << ms;
                m_result.cpu[operation] << (ProcessClock::threadCpuSeconds() - cpuBefore) * 1000.0;
            }
            m_skipped = false;
            if (m_shared.thinkMs > 0) {
                std::exponential_distribution<double> pause(1.0 / m_shared.thinkMs);
                const qint64 left = m_shared.seconds * 1000LL - clock.elapsed();
                const auto pauseMs = std::min<qint64>(static_cast<qint64>(pause(m_random)), left);
                if (pauseMs > 0)
                    QThread::msleep(static_cast<unsigned long>(pauseMs));
            }
        }
        m_db = QSqlDatabase();
        database.close();
        return m_result;
    }

private:
    qint64 anyOpenCase()
    {
        return m_shared.openCases.at(static_cast<int>(m_random() % m_shared.openCases.size()));
    }

    void fail(Operation operation, const StoreError& error)
    {
        m_result.errors[operation] += 1;
        if (error.kind() == StoreError::Kind::Busy)
            ++m_result.busy;
        if (!m_result.firstError.contains(operation))
            m_result.firstError[operation] = error.message();
    }

    StoreError perform(Operation operation)
    {
        switch (operation) {
        case Operation::List:
            return listPage();
        case Operation::Search:
            return search();
        case Operation::OpenCase: {
            StoreError first;
            WorkspaceCalls::open(m_db, m_shared.calendar, anyOpenCase(),
                                 [&](const QString&, const std::function<StoreError()>& call) {
                                     StoreError error = call();
                                     if (error && first.ok())
                                         first = error;
                                 });
            return first;
        }
        case Operation::SaveCase:
            return saveCounter();
        case Operation::BookMeeting:
            return bookMeeting();
        case Operation::IssueCertificate:
            return issueCertificate();
        case Operation::ImportContacts: {
            ContactCsv::ImportReport report;
            return ContactCsv::import(m_db, contactsCsv(m_index, m_batch++), &report);
        }
        }
        return {};
    }

    // The first page with its count, as the list opens (by next deadline, its
    // default, three times in eight; else by reference, stage, child, council
    // or caseworker), or the page after it, as a scroll reads it.
    StoreError listPage()
    {
        static const CaseListQuery::Column columns[] = {
            CaseListQuery::Column::NextDeadline, CaseListQuery::Column::NextDeadline,
            CaseListQuery::Column::NextDeadline, CaseListQuery::Column::Reference,
            CaseListQuery::Column::Stage,        CaseListQuery::Column::Child,
            CaseListQuery::Column::Council,      CaseListQuery::Column::Caseworker};
        CaseListQuery query(m_db);
        query.setFilter({}, m_shared.today);
        query.setSort(columns[m_random() % std::size(columns)],
                      m_random() % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
        int total = 0;
        if (StoreError error = query.count(&total))
            return error;
        QList<CaseListRow> rows;
        if (StoreError error = query.fetch(0, 200, &rows))
            return error;
        if (m_random() % 2 && !rows.isEmpty()) {
            QList<CaseListRow> next;
            return query.fetchAfter(rows.last(), 200, &next);
        }
        return {};
    }

    // As the search box runs it: the capped count, then the first page.
    StoreError search()
    {
        CaseListFilter filter;
        filter.search = kSearches.at(static_cast<int>(m_random() % kSearches.size()));
        CaseListQuery query(m_db);
        query.setFilter(filter, m_shared.today);
        query.setSort(CaseListQuery::Column::NextDeadline, Qt::AscendingOrder);
        int total = 0;
        bool capped = false;
        if (StoreError error = query.count(&total, &capped))
            return error;
        query.setManyMatches(capped);
        QList<CaseListRow> rows;
        return query.fetch(0, 200, &rows);
    }

    // Read a shared case, add one to its counter, save with the version read;
    // when another desk saved first, read it again and try again.
    StoreError saveCounter()
    {
        const qint64 caseId =
            m_shared.counterCases.at(static_cast<int>(m_random() % m_shared.counterCases.size()));
        CaseRepository cases(m_db, m_shared.calendar);
        for (int attempt = 0; attempt < 50; ++attempt) {
            CaseDetails details;
            if (StoreError error = cases.load(caseId, &details))
                return error;
            const int counter = counterOf(details.referral.reasonableAdjustments).value_or(0);
            details.referral.reasonableAdjustments = kCounterPrefix + QString::number(counter + 1);
            const StoreError error = cases.saveDetails(details, std::nullopt);
            if (error.ok()) {
                ++m_result.saves;
                return {};
            }
            if (error.kind() != StoreError::Kind::Conflict)
                return error;
            ++m_result.refusals;
        }
        return StoreError::invalid(QStringLiteral("refused 50 times in a row"));
    }

    // An information call by phone (no mediator, so no clash) on a working
    // day in the next two months, in office hours.
    StoreError bookMeeting()
    {
        QDate day = m_shared.today.addDays(1 + static_cast<int>(m_random() % 60));
        while (day.dayOfWeek() > 5)
            day = day.addDays(1);
        const QTime time(9 + static_cast<int>(m_random() % 6), 15 * static_cast<int>(m_random() % 4));
        Meeting meeting;
        meeting.caseId = anyOpenCase();
        meeting.kind = MeetingKind::InformationCall;
        meeting.mode = MeetingMode::Phone;
        meeting.start = QDateTime(day, time, QTimeZone("Europe/London")).toUTC();
        meeting.end = meeting.start.addSecs(1800);
        return MeetingRepository(m_db, m_shared.calendar).book(&meeting, m_shared.today, std::nullopt);
    }

    // The next case in this desk's share of those waiting on a certificate.
    StoreError issueCertificate()
    {
        const QList<CertificateDueItem>& mine = m_shared.dueByDesk.at(m_index);
        if (m_nextDue >= mine.size()) {
            ++m_result.certificatesSkipped;
            m_skipped = true;
            return {};
        }
        const CertificateDueItem& item = mine.at(m_nextDue++);
        return CertificateRepository(m_db, m_shared.calendar)
            .issueForCase(item.caseId, item.part, {QString(), m_shared.issuerId}, m_shared.today);
    }

    const Shared& m_shared;
    int m_index;
    std::mt19937 m_random;
    QSqlDatabase m_db;
    DeskResult m_result;
    int m_batch = 0;
    int m_nextDue = 0;
    bool m_skipped = false;
};

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const int at = std::clamp(static_cast<int>(std::ceil(fraction * values.size())) - 1, 0,
                              static_cast<int>(values.size()) - 1);
    return values.at(at);
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv); // certificates lay out text and fonts
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("desks"), QStringLiteral("desks at once (20 on PostgreSQL, 5 on SQLite)"),
          QStringLiteral("N")},
         {QStringLiteral("seconds"), QStringLiteral("how long"), QStringLiteral("S"), QStringLiteral("60")},
         {QStringLiteral("cases"), QStringLiteral("demo cases for a database that has none"),
          QStringLiteral("N"), QStringLiteral("2000")},
         {QStringLiteral("database"), QStringLiteral("an SQLite database"), QStringLiteral("PATH")},
         {QStringLiteral("think-ms"), QStringLiteral("mean pause between a desk's operations (0: none)"),
          QStringLiteral("M"), QStringLiteral("0")}});
    parser.addOptions(BenchPostgres::options());
    parser.process(app);

    QString connInfo;
    std::optional<TestDatabase> throwaway;
    if (const std::optional<int> exitCode = BenchPostgres::connInfo(parser, &throwaway, &connInfo))
        return *exitCode;
    const bool postgres = !connInfo.isEmpty();
    QTemporaryDir dir; // the SQLite file when none is named
    QString path = parser.value(QStringLiteral("database"));
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("desks.sqlite"));
    Shared shared;
    QString settingsError;
    shared.settings = postgres ? ConnectionSettings::fromConnInfo(connInfo, &settingsError)
                               : ConnectionSettings::sqlite(path);
    if (!shared.settings.isValid()) {
        std::fprintf(stderr, "--postgres: %s\n", qPrintable(settingsError));
        return 1;
    }
    const int desks = parser.isSet(QStringLiteral("desks"))
                          ? std::max(1, parser.value(QStringLiteral("desks")).toInt())
                          : (postgres ? 20 : 5);
    shared.seconds = std::max(1, parser.value(QStringLiteral("seconds")).toInt());
    shared.thinkMs = std::max(0, parser.value(QStringLiteral("think-ms")).toInt());
    shared.today = QDate::currentDate();

    Database database(shared.settings);
    if (StoreError error = database.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    const QSqlDatabase db = database.connection();
    auto fail = [](const StoreError& error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    };
    if (StoreError error = BankHolidayRepository(db).load(&shared.calendar))
        return fail(error);
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT COUNT(*) FROM cases"));
    query.next();
    if (query.value(0).toLongLong() == 0) {
        const int cases = parser.value(QStringLiteral("cases")).toInt();
        QElapsedTimer timer;
        timer.start();
        if (StoreError error = DemoDataGenerator(db, shared.calendar).generate(cases, shared.today))
            return fail(error);
        std::printf("generated %d demo cases in %.1f s\n", cases, timer.elapsed() / 1000.0);
    }
    // Every desk is the demo's supervisor, who sees every case and may issue
    // (on PostgreSQL the login, once an earlier run named it so).
    query.exec(postgres
                   ? QStringLiteral("SELECT id FROM users WHERE username IN ('grace.ibekwe', session_user)")
                   : QStringLiteral("SELECT id FROM users WHERE username = 'grace.ibekwe'"));
    if (!query.next()) {
        std::fprintf(stderr, "no demo supervisor: not a demo database\n");
        return 1;
    }
    const qint64 supervisor = query.value(0).toLongLong();
    shared.issuerId = supervisor;
    if (postgres) {
        // The login acts on PostgreSQL: it becomes the supervisor.
        query.prepare(QStringLiteral("UPDATE users SET username = session_user WHERE id = ?"));
        query.addBindValue(supervisor);
        query.exec();
    } else {
        shared.actorId = supervisor;
        if (StoreError error = SessionActor::set(db, supervisor))
            return fail(error);
    }
    query.exec(QStringLiteral("SELECT id FROM cases WHERE stage <> 'closed' AND anonymised_at IS NULL "
                              "ORDER BY id"));
    while (query.next())
        shared.openCases << query.value(0).toLongLong();
    if (shared.openCases.size() < 10) {
        std::fprintf(stderr, "too few open cases\n");
        return 1;
    }
    // Five shared counters: with many desks, saves often meet another's.
    for (int i = 0; i < 5; ++i)
        shared.counterCases << shared.openCases.at(shared.openCases.size() * (2 * i + 1) / 10);
    QMap<qint64, int> countersBefore;
    for (qint64 id : shared.counterCases) {
        CaseDetails details;
        if (StoreError error = CaseRepository(db, shared.calendar).load(id, &details))
            return fail(error);
        countersBefore[id] = counterOf(details.referral.reasonableAdjustments).value_or(0);
    }
    // The cases waiting on a certificate, dealt out so that no two desks issue the same.
    QList<CertificateDueItem> due;
    if (StoreError error = CertificateRepository(db, shared.calendar).due(&due))
        return fail(error);
    shared.dueByDesk.resize(desks);
    int dealt = 0;
    for (const CertificateDueItem& item : due) {
        if (!item.draftId)
            shared.dueByDesk[dealt++ % desks] << item;
    }
    std::printf("%s, %d desks for %d s, %s: %lld open cases, %d waiting on a certificate\n",
                postgres ? "PostgreSQL" : "SQLite", desks, shared.seconds,
                shared.thinkMs > 0
                    ? qPrintable(QStringLiteral("pausing %1 ms on average").arg(shared.thinkMs))
                    : "no pause",
                static_cast<long long>(shared.openCases.size()), dealt);

    std::vector<DeskResult> results(static_cast<size_t>(desks));
    QList<QThread*> threads;
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < desks; ++i)
        threads << QThread::create(
            [&shared, &results, i] { results[static_cast<size_t>(i)] = Desk(shared, i).run(); });
    for (QThread* thread : threads)
        thread->start();
    for (QThread* thread : threads) {
        thread->wait();
        delete thread;
    }
    const double seconds = wall.elapsed() / 1000.0;

    DeskResult all;
    for (const DeskResult& result : results) {
        for (auto it = result.times.cbegin(); it != result.times.cend(); ++it)
            all.times[it.key()] += it.value();
        for (auto it = result.cpu.cbegin(); it != result.cpu.cend(); ++it)
            all.cpu[it.key()] += it.value();
        for (auto it = result.errors.cbegin(); it != result.errors.cend(); ++it)
            all.errors[it.key()] += it.value();
        for (auto it = result.firstError.cbegin(); it != result.firstError.cend(); ++it) {
            if (!all.firstError.contains(it.key()))
                all.firstError[it.key()] = it.value();
        }
        all.busy += result.busy;
        all.saves += result.saves;
        all.refusals += result.refusals;
        all.certificatesSkipped += result.certificatesSkipped;
    }
    std::printf("%-32s %7s %9s %9s %9s %8s %7s %9s  target\n", "operation", "count", "p50 ms", "p95 ms",
                "p99 ms", "per s", "errors", "CPU p50");
    int errors = 0;
    for (const OperationInfo& info : kOperations) {
        const QList<double>& times = all.times.value(info.operation);
        const int failed = all.errors.value(info.operation);
        errors += failed;
        const double p95 = percentile(times, 0.95);
        std::printf("%-32s %7lld %9.1f %9.1f %9.1f %8.1f %7d %9.1f  %s\n", info.name,
                    static_cast<long long>(times.size()), percentile(times, 0.5), p95,
                    percentile(times, 0.99), times.size() / seconds, failed,
                    percentile(all.cpu.value(info.operation), 0.5),
                    !info.interactive ? "-" : (p95 < 200 ? "p95 < 200 ms: met" : "p95 < 200 ms: MISSED"));
    }
    for (auto it = all.firstError.cbegin(); it != all.firstError.cend(); ++it)
        std::printf("  first error of %s: %s\n", kOperations[static_cast<int>(it.key())].name,
                    qPrintable(it.value()));
    if (all.certificatesSkipped > 0)
        std::printf("  certificates not issued (every due one issued): %d\n", all.certificatesSkipped);

    // Lost updates: the counters must have risen by the saves that succeeded.
    int risen = 0;
    for (qint64 id : shared.counterCases) {
        CaseDetails details;
        if (StoreError error = CaseRepository(db, shared.calendar).load(id, &details))
            return fail(error);
        risen += counterOf(details.referral.reasonableAdjustments).value_or(0) - countersBefore.value(id);
    }
    const int lost = all.saves - risen;
    std::printf("saves %d (refused as another desk's newer change and retried: %d), counters rose by %d: "
                "lost updates %d\n",
                all.saves, all.refusals, risen, lost);
    std::printf("errors %d (the database busy: %d); %.1f s\n", errors, all.busy, seconds);
    return errors == 0 && lost == 0 ? 0 : 1;
}
