#include "CliRunner.h"
#include "TestDatabase.h"
#include "WestvaleCase.h"
#include "store/infrastructure/Database.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// expenses list, add and claim-form: the family's travel expenses run as a
// script would, on both engines. Names are synthetic.
class TestCliExpenses : public QObject
{
    Q_OBJECT

private slots:
    void addListAndClaimForm_data() { TestDatabase::addEngineRows(); }
    void addListAndClaimForm();
    void refusals_data();
    void refusals();
};

void TestCliExpenses::addListAndClaimForm()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    QString why;
    QVERIFY2(seedWestvaleCase(test, &why), qPrintable(why));

    CliRun run =
        CliRunner::run(CliRunner::where(test) + QStringList{"expenses", "list", "--case", "med-2026-00001"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("total\t0.00\n"));

    run = CliRunner::run(CliRunner::where(test) +
                         QStringList{"expenses", "add", "--case", "MED-2026-00001", "--date", "2026-11-20",
                                     "--amount", "12.4", "--mode", "public_transport", "--description",
                                     "Bus to Larkfield Library and back", "--claimant", "Anh Nguyễn",
                                     "--receipt", "--today", "2026-11-23"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(
        run.out.endsWith(
            "\t2026-11-20\tpublic_transport\t-\t12.40\tyes\tAnh Nguyễn\tBus to Larkfield Library and back\n"),
        qPrintable(run.out));
    run = CliRunner::run(CliRunner::where(test) +
                         QStringList{"expenses", "add", "--case", "MED-2026-00001", "--date", "2026-11-09",
                                     "--amount", "5.63", "--miles", "12.5", "--mode", "car", "--description",
                                     "Home to the pre-meeting", "--today", "2026-11-23"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    // Stable columns, by date; the total is 12.40 + 5.63 = 18.03.
    run =
        CliRunner::run(CliRunner::where(test) + QStringList{"expenses", "list", "--case", "MED-2026-00001"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.outLines();
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0).section('\t', 1),
             QStringLiteral("2026-11-09\tcar\t12.5\t5.63\tno\t-\tHome to the pre-meeting"));
    QCOMPARE(lines.at(1).section('\t', 1, 5), QStringLiteral("2026-11-20\tpublic_transport\t-\t12.40\tyes"));
    QCOMPARE(lines.at(2), QStringLiteral("total\t18.03"));

    // The claim form: a PDF holding the reference and the total.
    QTemporaryDir dir;
    const QString pdf = dir.filePath("claim.pdf");
    run = CliRunner::run(CliRunner::where(test) +
                         QStringList{"expenses", "claim-form", "--case", "MED-2026-00001", "--out", pdf});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, pdf + QStringLiteral("\t18.03\n"));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    file.close();
    const QString pdftotext = QStandardPaths::findExecutable("pdftotext");
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QProcess process;
    process.start(pdftotext, {pdf, "-"});
    QVERIFY(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput())
                             .normalized(QString::NormalizationForm_KC)
                             .simplified();
    QVERIFY2(text.contains("MED-2026-00001"), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("£18.03")), qPrintable(text));
    QVERIFY(text.contains("Westvale District Council"));
    QVERIFY(text.contains(QStringLiteral("Anh Nguyễn")));
}

void TestCliExpenses::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList add{"expenses",   "add",       "--case", "MED-2026-00001", "--date",
                          "2026-11-20", "--mode",    "taxi",   "--description",  "Taxi to the meeting",
                          "--today",    "2026-11-23"};
    QTest::newRow("no action") << QStringList{"expenses"} << 2 << "say 'expenses list'";
    QTest::newRow("no case") << QStringList{"expenses", "list"} << 2 << "--case REFERENCE";
    QTest::newRow("unknown case") << QStringList{"expenses", "list", "--case", "MED-2026-09999"} << 1
                                  << "MED-2026-09999";
    QTest::newRow("no amount") << add << 2 << "--amount";
    QTest::newRow("three decimals") << add + QStringList{"--amount", "12.405"} << 2 << "not an amount";
    QTest::newRow("unknown mode") << QStringList{"expenses", "add",        "--case", "MED-2026-00001",
                                                 "--date",   "2026-11-20", "--mode", "bicycle",
                                                 "--amount", "1"}
                                  << 2 << "--mode must say";
    QTest::newRow("car without miles")
        << QStringList{"expenses", "add",        "--case",        "MED-2026-00001",
                       "--date",   "2026-11-20", "--mode",        "car",
                       "--amount", "4.50",       "--description", "Home to school",
                       "--today",  "2026-11-23"}
        << 1 << "Give the miles driven";
    QTest::newRow("after today") << QStringList{"expenses", "add",        "--case",        "MED-2026-00001",
                                                "--date",   "2026-11-24", "--mode",        "taxi",
                                                "--amount", "9",          "--description", "Taxi",
                                                "--today",  "2026-11-23"}
                                 << 1 << "after today";
    QTest::newRow("meeting of no case")
        << add + QStringList{"--amount", "9", "--meeting", "4242"} << 1 << "not one of this case's meetings";
    QTest::newRow("meeting not an id")
        << add + QStringList{"--amount", "9", "--meeting", "first"} << 2 << "not a meeting id";
    QTest::newRow("claim form without --out")
        << QStringList{"expenses", "claim-form", "--case", "MED-2026-00001"} << 2 << "--out FILE.pdf";
}

void TestCliExpenses::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    TestDatabase test(QStringLiteral("sqlite"));
    CG_REQUIRE_ENGINE(test);
    QString why;
    QVERIFY2(seedWestvaleCase(test, &why), qPrintable(why));
    const CliRun run = CliRunner::run(CliRunner::where(test) + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    // Nothing was recorded.
    const CliRun list =
        CliRunner::run(CliRunner::where(test) + QStringList{"expenses", "list", "--case", "MED-2026-00001"});
    QCOMPARE(list.out, QStringLiteral("total\t0.00\n"));
}

QTEST_MAIN(TestCliExpenses)
#include "tst_cli_expenses.moc"
