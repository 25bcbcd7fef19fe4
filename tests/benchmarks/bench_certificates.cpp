// Certificate speed: making one certificate's PDF, issuing one (number,
// content, PDF, hashes, one write transaction), and issuing a batch. Prints
// figures; asserts nothing about time. Targets: one under 50 ms, 500 in a
// batch under 10 s.
//
//   bench_certificates [--count N] [--runs R]
//
// Names are synthetic.
#include "documents/CertificateRenderer.h"
#include "rules/CertificateDrafter.h"
#include "store/CaseRepository.h"
#include "store/CertificateRepository.h"
#include "store/CouncilRepository.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>

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
    parser.addOptions({countOption, runsOption});
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
    qsizetype bytes = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        bytes = renderer.render(content).size();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    std::printf("render one certificate PDF: %.1f ms median of %d (%lld bytes; target under 50 ms)\n",
                times.at(times.size() / 2), runs, static_cast<long long>(bytes));

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
    CertificateRepository certificates(database.connection(), BankHolidayCalendar::shipped());
    QElapsedTimer timer;
    timer.start();
    if (StoreError e = certificates.issueForCase(ids.takeFirst(), std::nullopt,
                                                 {QStringLiteral("Ada Okafor"), {}}, kToday)) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
    std::printf("issue one certificate (store and PDF): %.1f ms (target under 50 ms)\n",
                timer.nsecsElapsed() / 1e6);
    timer.restart();
    const std::clock_t cpuStart = std::clock();
    for (qint64 id : ids) {
        if (StoreError e =
                certificates.issueForCase(id, std::nullopt, {QStringLiteral("Ada Okafor"), {}}, kToday)) {
            std::fprintf(stderr, "%s\n", qPrintable(e.message()));
            return 1;
        }
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    // CPU time beside the wall clock: on a busy shared machine the two differ.
    const double cpu = static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    std::printf(
        "issue %d certificates in a batch: %.2f s, %.1f ms each, %.2f s of CPU (target: 500 under 10 s)\n",
        static_cast<int>(ids.size()), seconds, seconds * 1000 / std::max<qsizetype>(1, ids.size()), cpu);
    return 0;
}
