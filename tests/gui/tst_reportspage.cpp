#include "CaseSeed.h"
#include "RecordingPresenter.h"
#include "ScriptedFileChooser.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "cases/TribunalAppealDialog.h"
#include "common/DateLineEdit.h"
#include "common/WorkContext.h"
#include "reports/ReportCharts.h"
#include "reports/ReportsPage.h"
#include "rules/ReportDefinitions.h"
#include "shell/DatabaseSession.h"
#include "store/cases/TribunalAppealRepository.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

// The Reports screen and the tribunal appeal dialog (issue 14) on a real
// store. Names are synthetic.
class TestReportsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void figuresDefinitionsCasesAndExport();
    void exportPdf();
    void sen2ReturnOnScreen();
    void onlySupervisorsAndAdministrators();
    void appealDialog();
    void periodDatesReadableBesideTheNavigation();
};

namespace {
int rowOf(QTableWidget* table, const QString& title, const QString& detail = {})
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == title && table->item(row, 1)->text() == detail)
            return row;
    }
    return -1;
}
} // namespace

void TestReportsPage::figuresDefinitionsCasesAndExport()
{
    RecordingPresenter presenter;
    MessagePresenter::install(&presenter);
    ScriptedFileChooser chooser;
    FileChooser::install(&chooser);
    TestDatabase test("sqlite");
    DatabaseSession session;
    CG_VERIFY_OK(session.open(test.settings()));
    QSqlDatabase db = session.database()->connection();
    const QDate today(2026, 12, 5);
    const qint64 westvale = CaseSeed::addCouncil(db, "Westvale District Council", "WVD");
    const qint64 eastmere = CaseSeed::addCouncil(db, "Eastmere Council", "EMC");
    QString why;
    const qint64 first = CaseSeed::addCase(
        db, CaseSeed::mediationReferral(westvale, "Kit", "Hale", QDate(2026, 11, 2)), today, &why);
    const qint64 second = CaseSeed::addCase(
        db, CaseSeed::mediationReferral(eastmere, "Ola", "Brandt", QDate(2026, 11, 20)), today, &why);
    QVERIFY2(first && second, qPrintable(why));
    QVERIFY(CaseSeed::addCase(db, CaseSeed::mediationReferral(westvale, "Ivo", "Marsh", QDate(2026, 12, 1)),
                              today));

    WorkContext context(&session);
    context.setToday(today);
    ReportsPage page(&context);
    page.resize(1280, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // Last month by default: November, every council.
    QCOMPARE(page.period(), ReportPeriod::month(2026, 11));
    QTableWidget* table = page.table();
    const int enquiries = rowOf(table, QStringLiteral("Enquiries received"));
    QVERIFY(enquiries >= 0);
    QCOMPARE(table->item(enquiries, 2)->text(), QStringLiteral("2"));
    // The definition is the tooltip, the words the exports and README print.
    QCOMPARE(table->item(enquiries, 2)->toolTip(), ReportDefinitions::find("enquiries")->definition());
    const int mediation = rowOf(table, QStringLiteral("Enquiries by route"), QStringLiteral("Mediation"));
    QVERIFY(mediation >= 0);

    // The cases behind a figure, which open in the workspace.
    table->setCurrentCell(enquiries, 0);
    QListWidget* cases = page.casesList();
    QCOMPARE(cases->count(), 2);
    QCOMPARE(cases->item(0)->text(), QStringLiteral("MED-2026-00001"));
    QSignalSpy open(&page, &ReportsPage::openCaseRequested);
    cases->setCurrentRow(1);
    cases->setFocus();
    QTest::keyClick(cases, Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toLongLong(), second);

    // One council; this calendar year.
    page.councilBox()->setCurrentIndex(page.councilBox()->findText("Westvale District Council (WVD)"));
    QCOMPARE(table->item(rowOf(table, QStringLiteral("Enquiries received")), 2)->text(), QStringLiteral("1"));
    page.periodBox()->setCurrentIndex(6); // this calendar year
    QCOMPARE(page.period(), ReportPeriod::calendarYear(2026));
    QCOMPARE(table->item(rowOf(table, QStringLiteral("Enquiries received")), 2)->text(), QStringLiteral("2"));
    // The charts' numbers, month by month, in the table beside each chart.
    QTableWidget* byMonth = page.charts()->enquiriesTable();
    QCOMPARE(byMonth->rowCount(), 12);
    QCOMPARE(byMonth->item(10, 0)->text(), QStringLiteral("Nov 2026"));
    QCOMPARE(byMonth->item(10, 1)->text(), QStringLiteral("1"));
    QCOMPARE(byMonth->item(11, 3)->text(), QStringLiteral("1"));
    QCOMPARE(byMonth->item(0, 3)->text(), QStringLiteral("0"));
    QVERIFY(page.charts()->enquiriesChart()->chart()->series().size() == 1);
    QCOMPARE(page.charts()->onTimeTable()->item(10, 1)->text(), QStringLiteral("-"));
    QCOMPARE(page.charts()->outcomesTable()->rowCount(), 6);

    // A range typed backwards says what to fix and shows no figures.
    page.periodBox()->setCurrentIndex(8);
    page.fromEdit()->setText("30/11/2026");
    page.toEdit()->setText("01/11/2026");
    QVERIFY(!page.refresh());
    QCOMPARE(table->rowCount(), 0);
    page.toEdit()->setText("31/12/2026");
    QVERIFY(page.refresh());

    // Export CSV: the figures shown, with their definitions.
    QTemporaryDir dir;
    chooser.savePath = dir.filePath("westvale.csv");
    QVERIFY(page.exportCsv());
    QFile file(chooser.savePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY(csv.contains("council_code,council,period_from,period_to,figure,detail,title,value,numerator,"
                         "denominator,definition"));
    QVERIFY(
        csv.contains("WVD,Westvale District Council,2026-11-30,2026-12-31,enquiries,,Enquiries received,1,"));
    QVERIFY(presenter.errors.isEmpty());

    // Export XLSX: the same workbook as report --format xlsx, named for the period.
    chooser.savePath = dir.filePath("westvale.xlsx");
    QVERIFY(page.exportXlsx());
    QCOMPARE(chooser.suggested.last(), QStringLiteral("report-wvd-2026-11-30-2026-12-31.xlsx"));
    QFile workbook(chooser.savePath);
    QVERIFY(workbook.open(QIODevice::ReadOnly));
    const QByteArray zip = workbook.readAll();
    QVERIFY(zip.startsWith("PK\x03\x04"));             // an XLSX is a zip
    QVERIFY(zip.contains("xl/worksheets/sheet4.xml")); // Summary, WVD, Cases, Definitions
    QVERIFY(!zip.contains("xl/worksheets/sheet5.xml"));
    QCOMPARE(workbook.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QVERIFY(presenter.errors.isEmpty());
    // A folder that cannot be written: said, and no file.
    chooser.savePath = QStringLiteral("/proc/no-such-folder/westvale.xlsx");
    QVERIFY(!page.exportXlsx());
    QCOMPARE(presenter.errors.size(), 1);
    QVERIFY(!QFile::exists(chooser.savePath));
    presenter.errors.clear();
    FileChooser::install(nullptr);
    MessagePresenter::install(nullptr);
}

// Export PDF...: the contract-monitoring report of the figures shown, the
// same file as report --format pdf.
void TestReportsPage::exportPdf()
{
    RecordingPresenter presenter;
    MessagePresenter::install(&presenter);
    ScriptedFileChooser chooser;
    FileChooser::install(&chooser);
    TestDatabase test("sqlite");
    DatabaseSession session;
    CG_VERIFY_OK(session.open(test.settings()));
    QSqlDatabase db = session.database()->connection();
    const QDate today(2026, 12, 5);
    const qint64 westvale = CaseSeed::addCouncil(db, "Westvale District Council", "WVD");
    QString why;
    QVERIFY2(CaseSeed::addCase(db, CaseSeed::mediationReferral(westvale, "Kit", "Hale", QDate(2026, 11, 2)),
                               today, &why),
             qPrintable(why));
    WorkContext context(&session);
    context.setToday(today);
    ReportsPage page(&context);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* button = page.findChild<QPushButton*>("exportReportPdfButton");
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    page.councilBox()->setCurrentIndex(page.councilBox()->findText("Westvale District Council (WVD)"));

    // Cancelled in the file chooser: nothing written.
    QTemporaryDir dir;
    chooser.savePath.clear();
    QVERIFY(!page.exportPdf());
    chooser.savePath = dir.filePath("westvale.pdf");
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY2(presenter.errors.isEmpty(), qPrintable(presenter.errors.join(u'\n')));
    QFile file(chooser.savePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    file.close();
    QVERIFY(!QFile::exists(chooser.savePath + ".partial"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), chooser.savePath, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput())
                             .normalized(QString::NormalizationForm_KC)
                             .simplified();
    QVERIFY(text.contains(QStringLiteral("Council: Westvale District Council (WVD)")));
    QVERIFY(text.contains(QStringLiteral("(2026-11-01 to 2026-11-30)")));
    QVERIFY(text.contains(QStringLiteral("Produced: Saturday 5 December 2026")));
    QVERIFY(text.contains(QStringLiteral("Enquiries received 1")));
    QVERIFY(text.contains(QStringLiteral("Nov 2026 1 0 1")));
    FileChooser::install(nullptr);
    MessagePresenter::install(nullptr);
}

// The SEN2 return on screen: a calendar year, only its figures, and the CSV
// export holds only them (as `report sen2`).
void TestReportsPage::sen2ReturnOnScreen()
{
    RecordingPresenter presenter;
    MessagePresenter::install(&presenter);
    ScriptedFileChooser chooser;
    FileChooser::install(&chooser);
    TestDatabase test("sqlite");
    DatabaseSession session;
    CG_VERIFY_OK(session.open(test.settings()));
    QSqlDatabase db = session.database()->connection();
    const QDate today(2026, 12, 5);
    const qint64 westvale = CaseSeed::addCouncil(db, "Westvale District Council", "WVD");
    QVERIFY(CaseSeed::addCase(db, CaseSeed::mediationReferral(westvale, "Kit", "Hale", QDate(2026, 11, 2)),
                              today));
    WorkContext context(&session);
    context.setToday(today);
    ReportsPage page(&context);
    page.resize(1280, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.councilBox()->setCurrentIndex(page.councilBox()->findText("Westvale District Council (WVD)"));

    // From last month, the return moves to last calendar year, the year a return is made for.
    page.sen2Box()->setChecked(true);
    QCOMPARE(page.period(), ReportPeriod::calendarYear(2025));
    // This calendar year stays chosen.
    page.periodBox()->setCurrentIndex(6);
    QCOMPARE(page.period(), ReportPeriod::calendarYear(2026));
    QTableWidget* table = page.table();
    QStringList shown;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (!table->isRowHidden(row))
            shown << page.figures().values.at(row).figure;
    }
    shown.removeDuplicates();
    QStringList expected = ReportDefinitions::sen2Figures();
    expected.sort();
    shown.sort();
    QCOMPARE(shown, expected);

    QTemporaryDir dir;
    chooser.savePath = dir.filePath("sen2.csv");
    QVERIFY(page.exportCsv());
    QVERIFY(chooser.suggested.last().startsWith("sen2-wvd-2026"));
    QFile file(chooser.savePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split("\r\n", Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 1);
    for (const QString& line : lines.mid(1))
        QVERIFY2(ReportDefinitions::sen2Figures().contains(line.section(',', 4, 4)), qPrintable(line));
    QVERIFY(lines.join('\n').contains(",enquiries_by_route,mediation,"));

    // Unticked, every figure again.
    page.sen2Box()->setChecked(false);
    int hidden = 0;
    for (int row = 0; row < table->rowCount(); ++row)
        hidden += table->isRowHidden(row) ? 1 : 0;
    QCOMPARE(hidden, 0);
    QVERIFY(presenter.errors.isEmpty());
    FileChooser::install(nullptr);
    MessagePresenter::install(nullptr);
}

void TestReportsPage::onlySupervisorsAndAdministrators()
{
    RecordingPresenter presenter;
    MessagePresenter::install(&presenter);
    TestDatabase test("sqlite");
    DatabaseSession session;
    CG_VERIFY_OK(session.open(test.settings()));
    QSqlDatabase db = session.database()->connection();
    CaseSeed::addCouncil(db, "Westvale District Council", "WVD");
    WorkContext context(&session);
    ReportsPage page(&context);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    User caseworker;
    caseworker.id = CaseSeed::addUser(db, "sam.okafor", "Sam Okafor");
    caseworker.username = "sam.okafor";
    caseworker.role = UserRole::Caseworker;
    context.setSignedInUser(caseworker);
    auto* exportButton = page.findChild<QPushButton*>("exportReportButton");
    QVERIFY(exportButton);
    QVERIFY(!exportButton->isEnabled());
    QCOMPARE(exportButton->toolTip(), ReportDefinitions::refusal());
    auto* pdfButton = page.findChild<QPushButton*>("exportReportPdfButton");
    QVERIFY(pdfButton && !pdfButton->isEnabled());
    QCOMPARE(pdfButton->toolTip(), ReportDefinitions::refusal());
    QVERIFY(!page.refresh());
    QCOMPARE(page.table()->rowCount(), 0);
    User administrator = caseworker;
    administrator.role = UserRole::Administrator;
    context.setSignedInUser(administrator);
    QVERIFY(exportButton->isEnabled());
    context.setSignedInUser(std::nullopt);
    MessagePresenter::install(nullptr);
}

void TestReportsPage::appealDialog()
{
    TestDatabase test("sqlite");
    DatabaseSession session;
    CG_VERIFY_OK(session.open(test.settings()));
    QSqlDatabase db = session.database()->connection();
    const QDate today(2026, 12, 5);
    const qint64 council = CaseSeed::addCouncil(db, "Westvale District Council", "WVD");
    QString why;
    const qint64 caseId = CaseSeed::addCase(
        db, CaseSeed::mediationReferral(council, "Kit", "Hale", QDate(2026, 11, 2)), today, &why);
    QVERIFY2(caseId, qPrintable(why));
    WorkContext context(&session);
    context.setToday(today);
    {
        TribunalAppealDialog dialog(&context, caseId, std::nullopt);
        dialog.show();
        // After today: refused in the dialog, which stays open with what was typed.
        dialog.dateEdit()->setText("06/12/2026");
        dialog.accept();
        QVERIFY2(dialog.problemText().contains("after today"), qPrintable(dialog.problemText()));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        dialog.dateEdit()->setText("03/12/2026");
        dialog.sourceBox()->setCurrentIndex(dialog.sourceBox()->findData("tribunal_letter"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    std::optional<TribunalAppeal> appeal;
    CG_VERIFY_OK(TribunalAppealRepository(db).load(caseId, &appeal));
    QVERIFY(appeal);
    QCOMPARE(appeal->registeredDate, QDate(2026, 12, 3));
    QCOMPARE(appeal->source, AppealSource::TribunalLetter);
    // Taken off with a reason.
    TribunalAppealDialog dialog(&context, caseId, appeal);
    QCOMPARE(dialog.dateEdit()->date(), QDate(2026, 12, 3));
    dialog.removeAppeal();
    QVERIFY(dialog.problemText().contains("Say why"));
    dialog.removeReasonEdit()->setText("Another family's appeal");
    dialog.removeAppeal();
    CG_VERIFY_OK(TribunalAppealRepository(db).load(caseId, &appeal));
    QVERIFY(!appeal);
}

QTEST_MAIN(TestReportsPage)
// At 1366 pixels, less the navigation, the period's dates show whole (they
// showed "/2026" once the row grew a checkbox) and the page still fits.
void TestReportsPage::periodDatesReadableBesideTheNavigation()
{
    TestDatabase test("sqlite");
    DatabaseSession session;
    CG_VERIFY_OK(session.open(test.settings()));
    WorkContext context(&session);
    context.setToday(QDate(2026, 12, 5));
    ReportsPage page(&context);
    constexpr int kBesideNavigation = 1366 - 190;
    QVERIFY2(page.minimumSizeHint().width() <= kBesideNavigation,
             qPrintable(QString::number(page.minimumSizeHint().width())));
    page.resize(kBesideNavigation, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    for (const QString& name : {QStringLiteral("reportFrom"), QStringLiteral("reportTo")}) {
        auto* edit = page.findChild<DateLineEdit*>(name);
        QVERIFY(edit);
        edit->setDate(QDate(2026, 12, 30)); // "Wed 30 Dec 2026", as wide as a date gets
        QVERIFY2(
            edit->width() >= edit->fontMetrics().horizontalAdvance(edit->text()) + 8,
            qPrintable(
                QStringLiteral("%1 is %2 wide for '%3'").arg(name).arg(edit->width()).arg(edit->text())));
    }
}

#include "tst_reportspage.moc"
