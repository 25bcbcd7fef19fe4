#include "CliRunner.h"
#include "TestDatabase.h"
#include "TestFiles.h"
#include "WestvaleCase.h"
#include "store/infrastructure/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// documents add, list and get: filing scanned post as a script would, on
// both engines; get writes the stored bytes exactly. Names are synthetic.
class TestCliDocuments : public QObject
{
    Q_OBJECT

private slots:
    void addListAndGet_data() { TestDatabase::addEngineRows(); }
    void addListAndGet();
    void refusals_data();
    void refusals();
};

namespace {

// Every byte value, so that a text conversion anywhere would show.
QByteArray scannedLetter()
{
    QByteArray bytes("%PDF-1.5\n");
    for (int i = 0; i < 4096; ++i)
        bytes.append(char(i % 256));
    return bytes;
}
} // namespace

void TestCliDocuments::addListAndGet()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    QString why;
    QVERIFY2(seedWestvaleCase(test, &why), qPrintable(why));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray bytes = scannedLetter();
    const QString scan = TestFiles::write(dir, "scan 0001.pdf", bytes);
    QVERIFY(!scan.isEmpty());
    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

    CliRun run =
        CliRunner::run(CliRunner::where(test) + QStringList{"documents", "list", "--case", "med-2026-00001"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QString());

    run = CliRunner::run(CliRunner::where(test) + QStringList{"documents", "add", "--case", "MED-2026-00001",
                                                              scan, "--title", "Decision notice"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList added = run.out.trimmed().split('\t');
    QCOMPARE(added.size(), 7);
    QCOMPARE(added.at(1), QStringLiteral("Decision notice"));
    QCOMPARE(added.at(2), QStringLiteral("application/pdf"));
    QCOMPARE(added.at(3), QString::number(bytes.size()));
    QCOMPARE(added.at(4), sha256);
    QCOMPARE(added.at(5), QStringLiteral("-")); // nobody signs in to this database
    QVERIFY(QDateTime::fromString(added.at(6), Qt::ISODate).isValid());
    // Without a title, the file's name.
    run = CliRunner::run(CliRunner::where(test) +
                         QStringList{"documents", "add", "--case", "MED-2026-00001", scan});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.section('\t', 1, 1), QStringLiteral("scan 0001.pdf"));

    run =
        CliRunner::run(CliRunner::where(test) + QStringList{"documents", "list", "--case", "MED-2026-00001"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.outLines();
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.join('\n').contains(added.join('\t')));

    // get writes the bytes exactly.
    const QString out = dir.filePath("copy.pdf");
    run = CliRunner::run(CliRunner::where(test) + QStringList{"documents", "get", added.at(0), "--out", out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, out + QLatin1Char('\t') + QString::number(bytes.size()) + QLatin1Char('\n'));
    QFile copy(out);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), bytes);
    QCOMPARE(copy.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

void TestCliDocuments::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList{"documents"} << 2 << "say 'documents add'";
    QTest::newRow("no case") << QStringList{"documents", "list"} << 2 << "--case REFERENCE";
    QTest::newRow("unknown case") << QStringList{"documents", "list", "--case", "MED-2026-09999"} << 1
                                  << "MED-2026-09999";
    QTest::newRow("no file") << QStringList{"documents", "add", "--case", "MED-2026-00001"} << 2
                             << "name one file";
    QTest::newRow("missing file") << QStringList{"documents", "add", "--case", "MED-2026-00001",
                                                 "EMPTYDIR/none.pdf"}
                                  << 1 << "none.pdf";
    QTest::newRow("empty file") << QStringList{"documents", "add", "--case", "MED-2026-00001",
                                               "EMPTYDIR/empty.pdf"}
                                << 1 << "empty";
    QTest::newRow("over the limit") << QStringList{"documents", "add", "--case", "MED-2026-00001",
                                                   "EMPTYDIR/big.tiff"}
                                    << 1 << "at most 25.0 MB";
    QTest::newRow("get without --out") << QStringList{"documents", "get", "1"} << 2 << "--out FILE";
    QTest::newRow("get not an id") << QStringList{"documents", "get", "first", "--out", "EMPTYDIR/x"} << 2
                                   << "by its id";
    QTest::newRow("get no such document")
        << QStringList{"documents", "get", "4242", "--out", "EMPTYDIR/x"} << 1 << "no document 4242";
}

void TestCliDocuments::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    TestDatabase test(QStringLiteral("sqlite"));
    CG_REQUIRE_ENGINE(test);
    QString why;
    QVERIFY2(seedWestvaleCase(test, &why), qPrintable(why));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(!TestFiles::write(dir, "empty.pdf", QByteArray()).isEmpty());
    QFile big(dir.filePath("big.tiff"));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(25 * 1024 * 1024 + 1)); // sparse: refused by its size before it is read
    big.close();
    arguments.replaceInStrings(QStringLiteral("EMPTYDIR"), dir.path());

    const CliRun run = CliRunner::run(CliRunner::where(test) + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(dir.filePath("x")));
    // Nothing was filed.
    const CliRun list =
        CliRunner::run(CliRunner::where(test) + QStringList{"documents", "list", "--case", "MED-2026-00001"});
    QCOMPARE(list.out, QString());
}

QTEST_MAIN(TestCliDocuments)
#include "tst_cli_documents.moc"
