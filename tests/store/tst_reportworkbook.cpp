#include "store/reports/ReportWorkbook.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// ReportWorkbook without a database (issue 14): the names Excel accepts for
// sheets, and a failure of the spreadsheet library reported, with no file
// left. The figures read back from a real database: tst_cli_reports.
class TestReportWorkbook : public QObject
{
    Q_OBJECT

private slots:
    void sheetName_data();
    void sheetName();
    void councilSheetsAreUniqueAndAllowed();
    void libraryFailureIsReportedAndLeavesNoFile();
    void unwritableFolderIsReported();
};

namespace {
ReportFigures councilReport(qint64 id, const QString& code, const QString& name)
{
    ReportFigures report;
    report.from = QDate(2026, 11, 1);
    report.to = QDate(2026, 11, 30);
    report.councilId = id;
    report.councilCode = code;
    report.councilName = name;
    ReportValue enquiries;
    enquiries.figure = QStringLiteral("enquiries");
    enquiries.value = 3;
    report.values << enquiries;
    return report;
}
} // namespace

void TestReportWorkbook::sheetName_data()
{
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a code") << "WVD" << QStringList{"Summary"} << "WVD";
    QTest::newRow("characters Excel refuses") << "A[1]:b/c\\d?e*" << QStringList{} << "A_1__b_c_d_e_";
    QTest::newRow("quotes at either end") << "'North'" << QStringList{} << "North";
    QTest::newRow("nothing left") << "''" << QStringList{} << "Sheet";
    QTest::newRow("too long") << "Harrowfield Metropolitan Borough Council" << QStringList{}
                              << "Harrowfield Metropolitan Boroug";
    QTest::newRow("taken, in any case") << "summary" << QStringList{"Summary"} << "summary (2)";
    QTest::newRow("taken twice") << "Cases" << QStringList{"Cases", "cases (2)"} << "Cases (3)";
    QTest::newRow("long and taken") << "Harrowfield Metropolitan Borough Council"
                                    << QStringList{"Harrowfield Metropolitan Boroug"}
                                    << "Harrowfield Metropolitan Bo (2)";
}

void TestReportWorkbook::sheetName()
{
    QFETCH(QString, wanted);
    QFETCH(QStringList, taken);
    QFETCH(QString, expected);
    const QString name = ReportWorkbook::sheetName(wanted, &taken);
    QCOMPARE(name, expected);
    QVERIFY(name.size() <= 31);
    QCOMPARE(taken.last(), expected);
}

void TestReportWorkbook::councilSheetsAreUniqueAndAllowed()
{
    ReportFigures all = councilReport(0, QStringLiteral("ALL"), QStringLiteral("All councils"));
    all.councilId.reset();
    const ReportWorkbook workbook({all, councilReport(1, "Cases", "A council named like a sheet"),
                                   councilReport(2, "A/1", "One"), councilReport(3, "A_1", "Two")},
                                  {});
    QCOMPARE(workbook.sheetNames(),
             (QStringList{"Summary", "Cases (2)", "A_1", "A_1 (2)", "Cases", "Definitions"}));
    QCOMPARE(workbook.summaryRows(), 4);
    QTemporaryDir dir;
    QString error;
    QVERIFY2(workbook.write(dir.filePath("councils.xlsx"), &error), qPrintable(error));
    QFile file(dir.filePath("councils.xlsx"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray zip = file.readAll();
    QVERIFY(zip.startsWith("PK\x03\x04"));
    QVERIFY(zip.contains("xl/worksheets/sheet6.xml"));
}

void TestReportWorkbook::libraryFailureIsReportedAndLeavesNoFile()
{
    // A cell longer than Excel allows (32,767 characters): libxlsxwriter refuses it.
    const ReportWorkbook workbook({councilReport(1, "WVD", QString(40000, QLatin1Char('x')))}, {});
    QTemporaryDir dir;
    const QString path = dir.filePath("report.xlsx");
    QFile earlier(path);
    QVERIFY(earlier.open(QIODevice::WriteOnly));
    earlier.write("the earlier file");
    earlier.close();
    QString error;
    QVERIFY(!workbook.write(path, &error));
    QVERIFY2(error.startsWith("the spreadsheet library failed: "), qPrintable(error));
    QVERIFY2(error.size() > 40, qPrintable(error)); // its own words follow
    QVERIFY(earlier.open(QIODevice::ReadOnly));
    QCOMPARE(earlier.readAll(), QByteArray("the earlier file"));
    QVERIFY(!QFile::exists(path + ".partial"));

    QList<BillableEvent> events{
        {QString(40000, QLatin1Char('R')), "meeting_held", QDate(2026, 11, 16), 90, {}}};
    QVERIFY(!ReportWorkbook::writeActivity(dir.filePath("activity.xlsx"), "WVD", "Westvale",
                                           ReportPeriod(QDate(2026, 11, 1), QDate(2026, 11, 30)), events,
                                           &error));
    QVERIFY2(error.startsWith("the spreadsheet library failed: "), qPrintable(error));
    QVERIFY(!QFile::exists(dir.filePath("activity.xlsx")));
}

void TestReportWorkbook::unwritableFolderIsReported()
{
    const ReportWorkbook workbook({councilReport(1, "WVD", "Westvale")}, {});
    QString error;
    QVERIFY(!workbook.write(QStringLiteral("/proc/no-such-folder/report.xlsx"), &error));
    QCOMPARE(error, QStringLiteral("No such file or directory"));
    QVERIFY(!QFile::exists(QStringLiteral("/proc/no-such-folder/report.xlsx")));
}

QTEST_MAIN(TestReportWorkbook)
#include "tst_reportworkbook.moc"
