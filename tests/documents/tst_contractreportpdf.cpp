#include "documents/ContractReportPdf.h"
#include "rules/ReportDefinitions.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The contract-monitoring report's layout: pages are added as the content
// grows, "Page N of M" counts them, a table row is never cut by a page break
// (its first and last words are on the same page), the table header comes
// again on each page, and a period too long for charts says so. Read back
// with pdftotext (poppler-utils). Names are synthetic.
namespace {
ContractReportPdf::Content sample(int reasons)
{
    ContractReportPdf::Content c;
    c.provider.name = QStringLiteral("Brightwater Mediation Service");
    c.provider.address = QStringLiteral("2 Quay Street\nBrightwater BW1 2QS");
    c.provider.phone = QStringLiteral("0113 496 0123");
    c.provider.email = QStringLiteral("office@brightwater.example");
    c.figures.from = QDate(2026, 4, 1);
    c.figures.to = QDate(2026, 6, 30);
    c.figures.councilId = 7;
    c.figures.councilCode = QStringLiteral("NMB");
    c.figures.councilName = QStringLiteral("Northmoor Borough Council");
    c.produced = QDate(2026, 7, 3);
    c.figures.values << ReportValue{QStringLiteral("enquiries"), {}, 42, 0, 0, true}
                     << ReportValue{QStringLiteral("part2_within_3_working_days"), {}, 87.5, 7, 8, true};
    // Cancellation reasons long enough to wrap to several lines each: a row
    // of several lines that a careless break would cut in two.
    for (int i = 0; i < reasons; ++i)
        c.figures.values << ReportValue{
            QStringLiteral("meetings_cancelled_by_reason"),
            QStringLiteral(
                "Begins%1 the venue flooded and the family asked to move the meeting to a day that "
                "suits the school and the council officer too Ends%1")
                .arg(i),
            1,
            0,
            0,
            true};
    QList<ReportFigures> months;
    for (int month = 4; month <= 6; ++month) {
        ReportFigures figures;
        figures.from = QDate(2026, month, 1);
        figures.values << ReportValue{
            QStringLiteral("enquiries_by_route"), QStringLiteral("mediation"), double(month), 0, 0, true};
        months << figures;
    }
    c.charts = ReportChartData::from(months, c.figures);
    return c;
}

// The text of each page, pdftotext -layout, spaces folded; empty without poppler-utils.
QStringList pageTexts(const QString& path, int pages)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QStringList texts;
    for (int page = 1; page <= pages; ++page) {
        QProcess process;
        process.start(pdftotext, {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                                  QStringLiteral("-l"), QString::number(page), path, QStringLiteral("-")});
        if (!process.waitForFinished(30000))
            return {};
        texts << QString::fromUtf8(process.readAllStandardOutput())
                     .normalized(QString::NormalizationForm_KC)
                     .simplified();
    }
    return texts;
}

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& pdf)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    return file.fileName();
}
} // namespace

class TestContractReportPdf : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
    }
    void pagesGrowWithTheContent();
    void rowsAreNeverCut();
    void longPeriodHasNoChartsByMonth();
};

void TestContractReportPdf::pagesGrowWithTheContent()
{
    const int few = ContractReportPdf::pageCount(sample(0));
    const int many = ContractReportPdf::pageCount(sample(60));
    const int more = ContractReportPdf::pageCount(sample(120));
    QVERIFY2(few >= 2, qPrintable(QString::number(few))); // the definitions alone take more than a page
    QVERIFY2(many > few + 1, qPrintable(QStringLiteral("%1 then %2").arg(few).arg(many)));
    QVERIFY2(more > many + 1, qPrintable(QStringLiteral("%1 then %2").arg(many).arg(more)));

    QTemporaryDir dir;
    const QByteArray pdf = ContractReportPdf::render(sample(60));
    QVERIFY(pdf.startsWith("%PDF-"));
    const QString path = write(dir, QStringLiteral("many.pdf"), pdf);
    const QStringList pages = pageTexts(path, many);
    QCOMPARE(pages.size(), many);
    // Every page says which it is of how many, and the last page is the last.
    for (int page = 1; page <= many; ++page)
        QVERIFY2(pages.at(page - 1).contains(QStringLiteral("Page %1 of %2").arg(page).arg(many)),
                 qPrintable(pages.at(page - 1).right(200)));
    QVERIFY(pageTexts(path, many + 1).value(many).isEmpty());
    // The first page: letterhead, title, council, period, the day made.
    const QString first = pages.first();
    for (const QString& expected :
         {QStringLiteral("Brightwater Mediation Service"), QStringLiteral("2 Quay Street"),
          QStringLiteral("Brightwater BW1 2QS"), QStringLiteral("0113 496 0123"),
          QStringLiteral("office@brightwater.example"), QStringLiteral("Contract monitoring report"),
          QStringLiteral("Council: Northmoor Borough Council (NMB)"),
          QStringLiteral("Wednesday 1 April 2026 to Tuesday 30 June 2026 (2026-04-01 to 2026-06-30)"),
          QStringLiteral("Produced: Friday 3 July 2026"), QStringLiteral("Enquiries received 42"),
          QStringLiteral("Part 2 certificates issued on time 87.5% 7 of 8")})
        QVERIFY2(first.contains(expected), qPrintable(expected));
}

void TestContractReportPdf::rowsAreNeverCut()
{
    const ContractReportPdf::Content content = sample(60);
    const int count = ContractReportPdf::pageCount(content);
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("rows.pdf"), ContractReportPdf::render(content));
    const QStringList pages = pageTexts(path, count);
    QCOMPARE(pages.size(), count);
    int pagesWithRows = 0;
    for (int i = 0; i < 60; ++i) {
        const QRegularExpression begins(QStringLiteral("\\bBegins%1\\b").arg(i));
        const QRegularExpression ends(QStringLiteral("\\bEnds%1\\b").arg(i));
        int beginPage = -1;
        int endPage = -1;
        for (int page = 0; page < count; ++page) {
            if (pages.at(page).contains(begins))
                beginPage = page;
            if (pages.at(page).contains(ends))
                endPage = page;
        }
        QVERIFY2(beginPage >= 0, qPrintable(QString::number(i)));
        QVERIFY2(beginPage == endPage, qPrintable(QStringLiteral("row %1 starts on page %2, ends on %3")
                                                      .arg(i)
                                                      .arg(beginPage + 1)
                                                      .arg(endPage + 1)));
    }
    // The rows run over several pages, each with the table's header at its top.
    for (const QString& page : pages) {
        if (page.contains(QStringLiteral("Begins"))) {
            ++pagesWithRows;
            QVERIFY2(page.contains(QStringLiteral("Figure Breakdown Value Share")),
                     qPrintable(page.left(300)));
        }
    }
    QVERIFY2(pagesWithRows >= 3, qPrintable(QString::number(pagesWithRows)));
    // The definitions close the report, every one of them.
    const QString all = pages.join(QLatin1Char(' '));
    for (const ReportDefinitions::Figure& figure : ReportDefinitions::all())
        QVERIFY2(all.contains(figure.definition()), qPrintable(figure.key));
    QVERIFY(all.indexOf(QStringLiteral("What each figure counts")) >
            all.lastIndexOf(QStringLiteral("Ends59")));
}

void TestContractReportPdf::longPeriodHasNoChartsByMonth()
{
    ContractReportPdf::Content content = sample(0);
    content.charts.months.clear();
    content.figures.councilId.reset();
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("long.pdf"), ContractReportPdf::render(content));
    const QString text = pageTexts(path, ContractReportPdf::pageCount(content)).join(QLatin1Char(' '));
    QVERIFY(text.contains(QStringLiteral("Council: All councils")));
    QVERIFY(text.contains(QStringLiteral("The period is longer than 36 months")));
    QVERIFY(!text.contains(QStringLiteral("Enquiries per month by route")));
    QVERIFY(text.contains(QStringLiteral("Mediation outcomes over the period")));

    // With months, the charts' numbers are printed beside them.
    const QString withMonths = write(dir, QStringLiteral("months.pdf"), ContractReportPdf::render(sample(0)));
    const QString charted =
        pageTexts(withMonths, ContractReportPdf::pageCount(sample(0))).join(QLatin1Char(' '));
    QVERIFY(charted.contains(QStringLiteral("Enquiries per month by route")));
    QVERIFY2(charted.contains(QStringLiteral("May 2026 5 0 5")), qPrintable(charted.left(2000)));
    QVERIFY(charted.contains(QStringLiteral("Jun 2026 6 0 6")));
}

QTEST_MAIN(TestContractReportPdf)
#include "tst_contractreportpdf.moc"
