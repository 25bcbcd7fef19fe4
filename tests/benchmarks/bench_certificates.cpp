// Certificate speed: making one certificate's PDF, issuing one (number,
// content, PDF, hashes, one write transaction), and issuing a batch (one write
// transaction, the PDFs made on all cores). Prints wall-clock and CPU time (all
// threads; on a busy shared machine the two differ); asserts nothing about time.
// Targets: one under 50 ms, 500 in a batch under 10 s.
//
//   bench_certificates [--count N] [--runs R] [--one-at-a-time]
//
// --one-at-a-time issues the N as N separate calls (each its own transaction), for comparison.
// Names are synthetic.
#include "ProcessClock.h"
#include "documents/CertificateRenderer.h"
#include "rules/CertificateDrafter.h"
#include "store/access/UserRepository.h"
#include "store/cases/CaseRepository.h"
#include "store/certificates/CertificateRepository.h"
#include "store/infrastructure/Database.h"
#include "store/settings/CouncilRepository.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>

namespace {
const QDate kToday(2026, 11, 23);

ProviderDetails provider()
{
    ProviderDetails p;
    p.name = QStringLiteral("Common Ground Mediation CIC");
    p.address = QStringLiteral("Unit 3, Weavers Yard\nNorthmoor NM1 4QT");
    p.phone = QStringLiteral("0113 496 0000");
    p.email = QStringLiteral("certificates@commonground.example");
    return p;
}

// N mediation cases whose families told the adviser on 19 November that they do not want mediation.
bool makeCases(QSqlDatabase db, int count, QList<qint64>* ids)
{
    Council council;
    council.name = QStringLiteral("Northmoor Borough Council");
    council.code = QStringLiteral("NMB");
    if (CouncilRepository(db).add(&council))
        return false;
    CaseRepository cases(db, BankHolidayCalendar::shipped());
    for (int i = 0; i < count; ++i) {
        Referral r;
        r.referrerKind = ReferrerKind::Parent;
        r.child = {
            QStringLiteral("Zoë"), QStringLiteral("Nguyễn %1").arg(i), QDate(2015, 5, 1), {}, {}, {}, {}};
        r.parent = {QStringLiteral("Łukasz"),
                    QStringLiteral("Nguyễn %1").arg(i),
                    {},
                    QStringLiteral("12 Quay Street"),
                    QStringLiteral("NM2 7HD"),
                    {},
                    {}};
        r.councilId = council.id;
        r.decisionType = DecisionType::RefusalToAssess;
        r.decisionNoticeDate = QDate(2026, 10, 26);
        r.enquiryDate = QDate(2026, 11, 2);
        qint64 id = 0;
        if (StoreError e = cases.createReferral(r, kToday, std::nullopt, &id)) {
            std::fprintf(stderr, "%s\n", qPrintable(e.message()));
            return false;
        }
        for (CaseStage stage : {CaseStage::InformationGiven, CaseStage::NotPursuing}) {
            if (StoreError e = cases.moveStage(id, {stage, QDate(2026, 11, 19), {}}, kToday, std::nullopt)) {
                std::fprintf(stderr, "%s\n", qPrintable(e.message()));
                return false;
            }
        }
        *ids << id;
    }
    return true;
}
} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts for the PDFs
    QCommandLineParser parser;
    const QCommandLineOption countOption(QStringLiteral("count"), QString(), QStringLiteral("N"),
                                         QStringLiteral("500"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QString(), QStringLiteral("R"),
                                        QStringLiteral("20"));
    const QCommandLineOption oneAtATimeOption(QStringLiteral("one-at-a-time"));
    parser.addOptions({countOption, runsOption, oneAtATimeOption});
    parser.process(app);
    const int count = std::max(1, parser.value(countOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    // 1. One PDF, rendering only (the median of R).
    CaseDetails details;
    details.reference = QStringLiteral("MED-2026-00042");
    details.council.name = QStringLiteral("Northmoor Borough Council");
    details.referral.parent = {QStringLiteral("Siobhán"),
                               QStringLiteral("O'Sullivan"),
                               {},
                               QStringLiteral("2 Quay Street"),
                               QStringLiteral("NM2 7HD"),
                               {},
                               {}};
    details.referral.child = {
        QStringLiteral("Zoë"), QStringLiteral("Nguyễn"), QDate(2015, 6, 1), {}, {}, {}, {}};
    details.referral.decisionType = DecisionType::PlanContent;
    details.referral.sections = PlanSections{PlanSection::F, PlanSection::I};
    details.referral.decisionNoticeDate = QDate(2026, 10, 12);
    CertificateDrafter::Issue issue;
    issue.number = QStringLiteral("CG-2026-000123");
    issue.issueDate = kToday;
    issue.triggerDate = QDate(2026, 11, 19);
    issue.issuerName = QStringLiteral("Ada Okafor");
    const DeadlineCalculator calculator(BankHolidayCalendar::shipped());
    const CertificateContent content = CertificateDrafter::content(details, issue, provider(), calculator);
    const CertificateRenderer renderer(provider());
    renderer.render(content); // warm the font caches
    QList<double> times;
    QList<double> cpuTimes;
    qsizetype bytes = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = ProcessClock::cpuSeconds();
        bytes = renderer.render(content).size();
        times << timer.nsecsElapsed() / 1e6;
        cpuTimes << (ProcessClock::cpuSeconds() - cpuBefore) * 1000;
    }
    std::sort(times.begin(), times.end());
    std::sort(cpuTimes.begin(), cpuTimes.end());
    std::printf("render one certificate PDF: %.1f ms median of %d, %.1f ms of CPU (%lld bytes; target "
                "under 50 ms)\n",
                times.at(times.size() / 2), runs, cpuTimes.at(cpuTimes.size() / 2),
                static_cast<long long>(bytes));

    // 2. Issue through the store: each certificate its own write transaction, as the screen does.
    QTemporaryDir dir;
    ConnectionSettings settings = ConnectionSettings::sqlite(dir.filePath(QStringLiteral("bench.sqlite")));
    Database database(settings);
    if (StoreError e = database.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
    QList<qint64> ids;
    QElapsedTimer setup;
    setup.start();
    if (!makeCases(database.connection(), count + 1, &ids))
        return 1;
    std::printf("set up %d cases: %.1f s\n", count + 1, setup.elapsed() / 1000.0);
    // Only a user who may issue is named as the issuer.
    User issuer;
    issuer.username = QStringLiteral("ada.okafor");
    issuer.displayName = QStringLiteral("Ada Okafor");
    issuer.role = UserRole::Supervisor;
    if (StoreError e = UserRepository(database.connection()).add(&issuer)) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
    CertificateRepository certificates(database.connection(), BankHolidayCalendar::shipped());
    QElapsedTimer timer;
    timer.start();
    double cpuStart = ProcessClock::cpuSeconds();
    if (StoreError e = certificates.issueForCase(ids.takeFirst(), std::nullopt,
                                                 {QStringLiteral("ada.okafor"), {}}, kToday)) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
    std::printf("issue one certificate (store and PDF): %.1f ms, %.1f ms of CPU (target under 50 ms)\n",
                timer.nsecsElapsed() / 1e6, (ProcessClock::cpuSeconds() - cpuStart) * 1000);

    const bool oneAtATime = parser.isSet(oneAtATimeOption);
    timer.restart();
    cpuStart = ProcessClock::cpuSeconds();
    if (oneAtATime) {
        for (qint64 id : ids) {
            if (StoreError e =
                    certificates.issueForCase(id, std::nullopt, {QStringLiteral("ada.okafor"), {}}, kToday)) {
                std::fprintf(stderr, "%s\n", qPrintable(e.message()));
                return 1;
            }
        }
    } else {
        QList<CertificateRequest> requests;
        for (qint64 id : ids)
            requests.append({id, std::nullopt, {QStringLiteral("ada.okafor"), {}}, kToday});
        if (StoreError e = certificates.issueBatch(requests)) {
            std::fprintf(stderr, "%s\n", qPrintable(e.message()));
            return 1;
        }
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double cpu = ProcessClock::cpuSeconds() - cpuStart;
    const double each = 1000.0 / static_cast<double>(std::max<qsizetype>(1, ids.size()));
    std::printf("issue %d certificates %s: %.2f s (%.1f ms each), %.2f s of CPU (%.1f ms each) on %d "
                "cores (target: 500 under 10 s)\n",
                static_cast<int>(ids.size()), oneAtATime ? "one at a time" : "in one batch", seconds,
                seconds * each, cpu, cpu * each, QThread::idealThreadCount());
    return 0;
}
