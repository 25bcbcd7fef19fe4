// Documents on a case: the time to attach a file (CaseDocumentRepository::
// addFile: read, type detected, SHA-256, stored with its audit record) and to
// open it (content(): read back, hash checked, the open recorded, then the
// private copy written, as the Documents page does before the desktop shows
// it), in a new SQLite database. Prints the median wall-clock and CPU time
// of R runs; asserts nothing about time. Target: a 10 MB file under 1 s each.
//
//   bench_documents [--bytes N] [--runs R]
//
// The file is pseudo-random bytes behind a PDF header (a scan does not
// compress either). Names are synthetic.
#include "ProcessClock.h"
#include "platform/PrivateFile.h"
#include "store/cases/CaseDocumentRepository.h"
#include "store/infrastructure/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

namespace {
struct Timing
{
    double wall = 0;
    double cpu = 0;
};

bool exec(QSqlDatabase db, const char* sql)
{
    QSqlQuery query(db);
    if (query.exec(QString::fromLatin1(sql)))
        return true;
    std::fprintf(stderr, "setup failed: %s\n", sql);
    return false;
}

// One case to file on, as a schema fixture writes it.
bool addCase(QSqlDatabase db)
{
    return exec(db, "INSERT INTO councils (id, name, code, created_at) VALUES (1, 'Bench Council', 'BNC', "
                    "'2026-01-01T00:00:00Z')") &&
           exec(db, "INSERT INTO people (id, given_name, family_name, created_at) VALUES (1, 'Given', "
                    "'Family', '2026-01-01T00:00:00Z')") &&
           exec(db,
                "INSERT INTO cases (id, reference, council_id, route, stage, child_id, referrer_kind, "
                "disagreement_subject, enquiry_date, enquiry_channel, created_at, updated_at) VALUES (1, "
                "'DR-2026-00001', 1, 'disagreement_resolution', 'enquiry', 1, 'young_person', 'Transport', "
                "'2026-09-08', 'phone', '2026-09-08T11:00:00Z', '2026-09-08T11:00:00Z')");
}

QByteArray scan(qint64 bytes)
{
    QByteArray data("%PDF-1.4\n");
    data.resize(std::max<qint64>(bytes, data.size()));
    QRandomGenerator random(17);
    for (qsizetype i = 9; i < data.size(); ++i)
        data[i] = char(random.generate() & 0xff);
    return data;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption bytesOption(QStringLiteral("bytes"), QStringLiteral("file size"),
                                         QStringLiteral("N"), QStringLiteral("10485760"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("runs"), QStringLiteral("R"),
                                        QStringLiteral("3"));
    parser.addOptions({bytesOption, runsOption});
    parser.addHelpOption();
    parser.process(app);
    const qint64 bytes = parser.value(bytesOption).toLongLong();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    Database database(ConnectionSettings::sqlite(dir.filePath(QStringLiteral("bench.sqlite"))));
    if (StoreError error = database.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    QSqlDatabase db = database.connection();
    if (!addCase(db))
        return 1;
    const QByteArray data = scan(bytes);
    const QString path = dir.filePath(QStringLiteral("scan.pdf"));
    QString reason;
    if (!PrivateFile::write(path, data, &reason)) {
        std::fprintf(stderr, "could not write the file: %s\n", qPrintable(reason));
        return 1;
    }

    CaseDocumentRepository repository(db);
    QList<double> attachWall, attachCpu, openWall, openCpu;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        double cpu = ProcessClock::cpuSeconds();
        timer.start();
        CaseDocument added;
        if (StoreError error = repository.addFile(1, path, QString(), &added)) {
            std::fprintf(stderr, "attach failed: %s\n", qPrintable(error.message()));
            return 1;
        }
        attachWall << timer.nsecsElapsed() / 1e9;
        attachCpu << ProcessClock::cpuSeconds() - cpu;

        cpu = ProcessClock::cpuSeconds();
        timer.restart();
        QByteArray read;
        if (StoreError error = repository.content(added.id, CaseDocumentRepository::Use::Open, &read)) {
            std::fprintf(stderr, "open failed: %s\n", qPrintable(error.message()));
            return 1;
        }
        const QString copy = dir.filePath(QStringLiteral("opened-%1.pdf").arg(run));
        if (!PrivateFile::write(copy, read, &reason)) {
            std::fprintf(stderr, "could not write the copy: %s\n", qPrintable(reason));
            return 1;
        }
        openWall << timer.nsecsElapsed() / 1e9;
        openCpu << ProcessClock::cpuSeconds() - cpu;
        if (read != data) {
            std::fprintf(stderr, "the bytes read back differ\n");
            return 1;
        }
    }
    std::printf("file: %lld bytes, %d runs (medians)\n", static_cast<long long>(bytes), runs);
    std::printf("attach: %.3f s wall, %.3f s CPU\n", median(attachWall), median(attachCpu));
    std::printf("open:   %.3f s wall, %.3f s CPU\n", median(openWall), median(openCpu));
    return 0;
}
