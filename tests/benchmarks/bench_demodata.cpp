// Bulk load speed: `demo-data --cases N` (DemoDataGenerator::generate, then
// issueCertificates: the cases with their meetings and invitees, and the
// certificates they were due) into a new SQLite database, once with the audit
// trail as the program keeps it and once without it, for comparison only.
// Prints wall-clock and CPU time, the file's size and the bytes of a stored
// certificate PDF; asserts nothing about time. Targets (issue 18): 200,000
// cases under 4 minutes; the trail at most 1.3 times the time and 1.5 times
// the size of the load without it; a certificate PDF under 20 KB.
//
//   bench_demodata [--cases N] [--only audited|unaudited] [--keep FOLDER] [--no-certificates]
//
// --no-certificates stops after the cases, meetings and invitees (no PDFs).
//
// "Without the audit trail" is this benchmark's own doing, not a switch of the
// program: on its connection it drops the TEMP triggers that
// AuditTriggers::install made (the audit rows and their seal). Nothing else
// can load that way: every connection the program opens installs them again.
#include "ProcessClock.h"
#include "demo/DemoDataGenerator.h"
#include "rules/BankHolidayCalendar.h"
#include "store/infrastructure/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryDir>
#include <cstdio>

namespace {

struct Load
{
    double wall = 0;
    double cpu = 0;
    double casesWall = 0; // the cases, meetings and invitees alone, before the certificates
    double casesCpu = 0;
    qint64 bytes = 0;
    qint64 cases = 0;
    qint64 auditRows = 0;
    int certificates = 0;
    qint64 pdfs = 0;
    double pdfBytes = 0; // mean bytes of a stored PDF
    qint64 pdfMax = 0;
};

bool exec(QSqlDatabase db, const QString& sql, QList<QVariant>* row = nullptr)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    if (row && query.next()) {
        for (int i = 0; i < query.record().count(); ++i)
            row->append(query.value(i));
    }
    return true;
}

// Drops the audit trail's TEMP triggers on this one connection.
bool withoutAuditTrail(QSqlDatabase db)
{
    QSqlQuery query(db);
    QStringList names;
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_temp_master WHERE type = 'trigger'")))
        return false;
    while (query.next())
        names << query.value(0).toString();
    query.finish();
    for (const QString& name : names) {
        if (!exec(db, QStringLiteral("DROP TRIGGER temp.\"%1\"").arg(name)))
            return false;
    }
    return true;
}

bool loadOnce(const QString& path, int cases, bool audited, bool certificates, Load* load)
{
    Database database(ConnectionSettings::sqlite(path));
    if (StoreError error = database.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return false;
    }
    QSqlDatabase db = database.connection();
    if (!audited && !withoutAuditTrail(db))
        return false;
    const QDate today = QDate::currentDate();
    DemoDataGenerator generator(db, BankHolidayCalendar::shipped());
    QElapsedTimer timer;
    const double cpuStart = ProcessClock::cpuSeconds();
    timer.start();
    if (StoreError error = generator.generate(cases, today)) {
        std::fprintf(stderr, "generate: %s\n", qPrintable(error.message()));
        return false;
    }
    load->casesWall = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    load->casesCpu = ProcessClock::cpuSeconds() - cpuStart;
    // The generator's bulk audit puts the connection's triggers back when it
    // ends (BulkInsertAudit): off again, for the certificates.
    if (!audited && !withoutAuditTrail(db))
        return false;
    if (StoreError error =
            certificates ? generator.issueCertificates(today, &load->certificates) : StoreError()) {
        std::fprintf(stderr, "certificates: %s\n", qPrintable(error.message()));
        return false;
    }
    // What is on disk once the write-ahead log is folded in.
    if (!exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return false;
    load->wall = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    load->cpu = ProcessClock::cpuSeconds() - cpuStart;
    QList<QVariant> counts;
    if (!exec(db,
              QStringLiteral("SELECT (SELECT COUNT(*) FROM cases), (SELECT COUNT(*) FROM audit_log), "
                             "COUNT(pdf), COALESCE(AVG(length(pdf)), 0), COALESCE(MAX(length(pdf)), 0) "
                             "FROM certificates"),
              &counts))
        return false;
    load->cases = counts.value(0).toLongLong();
    load->auditRows = counts.value(1).toLongLong();
    load->pdfs = counts.value(2).toLongLong();
    load->pdfBytes = counts.value(3).toDouble();
    load->pdfMax = counts.value(4).toLongLong();
    database.close();
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        load->bytes += QFileInfo(path + suffix).size();
    return true;
}

void print(const char* label, const Load& load)
{
    std::printf(
        "%-10s %lld cases, %d certificates: %.1f s wall, %.1f s CPU (the cases alone %.1f s wall, %.1f "
        "s CPU), %.1f MB, %lld audit rows\n",
        label, load.cases, load.certificates, load.wall, load.cpu, load.casesWall, load.casesCpu,
        static_cast<double>(load.bytes) / 1e6, load.auditRows);
}
} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv); // the certificates' PDFs need fonts
    QCommandLineParser parser;
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("cases"),
                                         QStringLiteral("N"), QStringLiteral("200000"));
    const QCommandLineOption onlyOption(QStringLiteral("only"), QStringLiteral("audited or unaudited"),
                                        QStringLiteral("WHICH"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("leave the files in FOLDER"),
                                        QStringLiteral("FOLDER"));
    parser.addOption(casesOption);
    parser.addOption(onlyOption);
    const QCommandLineOption noCertificatesOption(QStringLiteral("no-certificates"),
                                                  QStringLiteral("the cases alone, no certificates"));
    parser.addOption(keepOption);
    parser.addOption(noCertificatesOption);
    parser.process(app);
    const int cases = std::max(1, parser.value(casesOption).toInt());
    const QString only = parser.value(onlyOption);
    const bool certificates = !parser.isSet(noCertificatesOption);

    QTemporaryDir temporary;
    const QString folder = parser.isSet(keepOption) ? parser.value(keepOption) : temporary.path();
    QDir().mkpath(folder);
    Load audited;
    Load unaudited;
    bool haveAudited = false;
    bool haveUnaudited = false;
    if (only.isEmpty() || only == QLatin1String("audited")) {
        const QString path = QDir(folder).filePath(QStringLiteral("audited.sqlite"));
        QFile::remove(path);
        if (!loadOnce(path, cases, true, certificates, &audited))
            return 1;
        print("audited", audited);
        haveAudited = true;
    }
    if (only.isEmpty() || only == QLatin1String("unaudited")) {
        const QString path = QDir(folder).filePath(QStringLiteral("unaudited.sqlite"));
        QFile::remove(path);
        if (!loadOnce(path, cases, false, certificates, &unaudited))
            return 1;
        print("unaudited", unaudited);
        haveUnaudited = true;
    }
    if (haveAudited && haveUnaudited) {
        std::printf("audit trail, the cases alone: %.2fx wall, %.2fx CPU\n",
                    audited.casesWall / unaudited.casesWall, audited.casesCpu / unaudited.casesCpu);
        std::printf("audit trail: %.2fx wall, %.2fx CPU, %.2fx file size (targets 1.3x time, 1.5x size)\n",
                    audited.wall / unaudited.wall, audited.cpu / unaudited.cpu,
                    static_cast<double>(audited.bytes) / static_cast<double>(unaudited.bytes));
    }
    const Load& any = haveAudited ? audited : unaudited;
    std::printf(
        "certificate PDF: %lld stored, %.0f bytes each on average, %lld at most (target under 20 KB)\n",
        any.pdfs, any.pdfBytes, any.pdfMax);
    return 0;
}
