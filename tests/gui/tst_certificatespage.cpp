#include "CaseSeed.h"
#include "RecordingPresenter.h"
#include "ScriptedFileChooser.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "UrlRecorder.h"
#include "certificates/CaseCertificatesPanel.h"
#include "certificates/CertificatePrinter.h"
#include "certificates/CertificateViewer.h"
#include "certificates/CertificatesPage.h"
#include "certificates/IssueCertificateDialog.h"
#include "certificates/PdfPagesView.h"
#include "certificates/VoidCertificateDialog.h"
#include "common/WorkContext.h"
#include "itemmodels/CertificateDueModel.h"
#include "itemmodels/CertificateRegisterModel.h"
#include "rules/DeadlineUrgency.h"
#include "shell/DatabaseSession.h"
#include "store/cases/ActivityRepository.h"
#include "store/certificates/CertificateRepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDesktopServices>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The Certificates screen on a real store: what is due (overdue in words and
// an icon role), review and issue, view, void and replace, batch printing.
// Names are synthetic.
class TestCertificatesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void issueViewVoidAndPrint();
};

void TestCertificatesPage::issueViewVoidAndPrint()
{
    RecordingPresenter presenter;
    MessagePresenter::install(&presenter);
    TestDatabase test("sqlite");
    DatabaseSession session;
    CG_VERIFY_OK(session.open(test.settings()));
    QSqlDatabase db = session.database()->connection();
    const QDate today(2026, 11, 23);
    const qint64 council = CaseSeed::addCouncil(db, "Northmoor Borough Council", "NMB");
    QVERIFY(CaseSeed::addSupervisor(db, "siobhan", "Siobhán Ní Bhriain") > 0);
    QVERIFY(CaseSeed::addSupervisor(db, "ada.okafor", "Ada Okafor") > 0);
    QString why;
    const qint64 part1 = CaseSeed::addCase(
        db, CaseSeed::mediationReferral(council, "Zoë", "Nguyễn", QDate(2026, 11, 2)), today, &why);
    QVERIFY2(part1 &&
                 CaseSeed::advanceTo(db, part1, CaseStage::NotPursuing, QDate(2026, 11, 19), today, &why),
             qPrintable(why));
    const qint64 part3 = CaseSeed::addCase(
        db, CaseSeed::mediationReferral(council, "Yusuf", "Haddad", QDate(2026, 11, 2)), today, &why);
    QVERIFY2(part3 &&
                 CaseSeed::advanceTo(db, part3, CaseStage::NoMeetingInTime, QDate(2026, 11, 16), today, &why),
             qPrintable(why));

    WorkContext context(&session);
    context.setToday(today);
    CertificatesPage page(&context);
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QAbstractItemModelTester dueTester(page.dueModel());
    QAbstractItemModelTester registerTester(page.registerModel());

    // Soonest first; the overdue one says so in words and carries the urgency for its icon.
    CertificateDueModel* due = page.dueModel();
    QCOMPARE(due->rowCount(), 2);
    QCOMPARE(due->index(0, 0).data(CertificateDueModel::CaseIdRole).toLongLong(), part3);
    QCOMPARE(due->index(0, CertificateDueModel::PartColumn).data().toString(), QStringLiteral("Part 3"));
    QVERIFY(due->index(0, CertificateDueModel::TimeLeftColumn).data().toString().startsWith("Overdue"));
    QCOMPARE(due->index(0, 0).data(CertificateDueModel::UrgencyRole).toInt(),
             int(DeadlineUrgency::Level::Overdue));
    QCOMPARE(due->index(1, CertificateDueModel::PartColumn).data().toString(), QStringLiteral("Part 1"));

    // Review and issue the overdue Part 3. The issuer is one of the users who may
    // issue; the certificate shown is the one that will be stored, and nothing is
    // written until Issue.
    page.dueView()->selectRow(0);
    auto* issue = qobject_cast<IssueCertificateDialog*>(page.issueSelected());
    QVERIFY(issue);
    QVERIFY(QTest::qWaitForWindowExposed(issue));
    QCOMPARE(issue->issuerChoice()->count(), 2);
    QCOMPARE(issue->issuerChoice()->currentText(), QStringLiteral("Ada Okafor"));
    QCOMPARE(issue->pages()->pageCount(), 1);
    QCOMPARE(issue->reviewed().content.number, QStringLiteral("CG-2026-000001"));
    QCOMPARE(issue->reviewed().content.issuerName, QStringLiteral("Ada Okafor"));
    QVERIFY(issue->shownProblem().isEmpty());
    issue->issuerChoice()->setCurrentIndex(issue->issuerChoice()->findText("Siobhán Ní Bhriain"));
    QCOMPARE(issue->reviewed().content.issuerName, QStringLiteral("Siobhán Ní Bhriain"));
    const QByteArray reviewedPdf = issue->reviewed().pdf;
    QCOMPARE(issue->pages()->pdf(), reviewedPdf);
    {
        QSqlQuery none(db);
        QVERIFY(none.exec(QStringLiteral("SELECT COUNT(*) FROM certificates")) && none.next());
        QCOMPARE(none.value(0).toInt(), 0); // reviewing wrote nothing
    }
    // It fits a 1366x768 screen, its buttons in sight.
    QVERIFY(issue->frameGeometry().height() <= 768 && issue->frameGeometry().width() <= 1366);
    auto* issueButton = issue->findChild<QPushButton*>(QStringLiteral("issueReviewed"));
    QVERIFY(issueButton && issueButton->isVisible() && issueButton->isEnabled());
    QVERIFY(issue->rect().contains(QRect(issueButton->mapTo(issue, QPoint(0, 0)), issueButton->size())));
    issue->accept();
    QCOMPARE(page.registerModel()->rowCount(), 1);
    QCOMPARE(page.dueModel()->rowCount(), 1);
    const Certificate* issued = page.registerModel()->certificateAt(0);
    QCOMPARE(issued->number, QStringLiteral("CG-2026-000001"));
    QCOMPARE(issued->status, CertificateStatus::Issued);
    QCOMPARE(issued->issuerName, QStringLiteral("Siobhán Ní Bhriain"));
    QCOMPARE(page.registerView()->selectionModel()->selectedRows().value(0).row(), 0);
    const qint64 issuedId = issued->id;
    QByteArray stored;
    CG_VERIFY_OK(CertificateRepository(db, BankHolidayCalendar::shipped()).loadPdf(issuedId, &stored));

    // Issued: the stored certificate opens at once, to save or print, and its
    // pages are the pages that were reviewed, pixel for pixel.
    QPointer<CertificateViewer> sent = page.findChild<CertificateViewer*>();
    QVERIFY(sent);
    QVERIFY(QTest::qWaitForWindowExposed(sent));
    QVERIFY2(sent->message().contains("CG-2026-000001 is issued"), qPrintable(sent->message()));
    QCOMPARE(sent->pages()->pdf(), stored);
    PdfPagesView reviewedPages(600);
    QVERIFY(reviewedPages.setPdf(reviewedPdf));
    PdfPagesView storedPages(600);
    QVERIFY(storedPages.setPdf(stored));
    QCOMPARE(storedPages.pageCount(), reviewedPages.pageCount());
    QVERIFY(!storedPages.pageImage(0).isNull());
    QCOMPARE(storedPages.pageImage(0), reviewedPages.pageImage(0));
    // The viewer fits the screen (a 1366x768 one too) with its buttons in sight.
    const QRect screen = sent->screen()->availableGeometry();
    QVERIFY(sent->frameGeometry().height() <= qMin(768, screen.height()));
    for (const char* name : {"savePdf", "print"}) {
        auto* button = sent->findChild<QPushButton*>(QString::fromLatin1(name));
        QVERIFY(button && button->isVisible());
        QVERIFY(sent->rect().contains(QRect(button->mapTo(sent, QPoint(0, 0)), button->size())));
    }
    // Save PDF writes the stored bytes, and the export is on the audit trail.
    QTemporaryDir saveDir;
    ScriptedFileChooser chooser;
    chooser.savePath = saveDir.filePath("certificate.pdf");
    FileChooser::install(&chooser);
    sent->savePdfAs();
    FileChooser::install(nullptr);
    QCOMPARE(chooser.asked.size(), 1);
    QFile saved(chooser.savePath);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), stored);
    {
        QSqlQuery exported(db);
        QVERIFY(exported.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'export' AND "
                                             "table_name = 'certificates'")) &&
                exported.next());
        QCOMPARE(exported.value(0).toInt(), 1);
    }
    // Printing to a PDF file gives the stored file too, text and all (not a picture of it).
    QPrinter toFile(QPrinter::HighResolution);
    toFile.setOutputFormat(QPrinter::PdfFormat);
    toFile.setOutputFileName(saveDir.filePath("printed.pdf"));
    QVERIFY(CertificatePrinter::print(&toFile, {stored}));
    QFile printed(saveDir.filePath("printed.pdf"));
    QVERIFY(printed.open(QIODevice::ReadOnly));
    QCOMPARE(printed.readAll(), stored);
    sent->close();
    QTRY_VERIFY(!sent);

    // The stored PDF opens in the program.
    auto* viewer = qobject_cast<CertificateViewer*>(page.viewSelected());
    QVERIFY(viewer);
    QTRY_COMPARE(viewer->pageCount(), 1);
    viewer->close();
    {
        // Viewing it is on the audit trail (once on issue, once here).
        QSqlQuery viewed(db);
        QVERIFY(viewed.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'open' AND "
                                           "table_name = 'certificates'")) &&
                viewed.next());
        QCOMPARE(viewed.value(0).toInt(), 2);
    }

    // Void with a reason and replace; the replacement names the voided number.
    auto* voiding = qobject_cast<VoidCertificateDialog*>(page.voidSelected());
    QVERIFY(voiding);
    voiding->accept();
    QVERIFY(voiding->shownProblem().contains("Say why"));
    voiding->reasonEdit()->setPlainText("The event date was wrong");
    voiding->accept();
    QCOMPARE(page.registerModel()->rowCount(), 2);
    const int replacementRow = page.registerView()->selectionModel()->selectedRows().value(0).row();
    const Certificate* replacement = page.registerModel()->certificateAt(replacementRow);
    QCOMPARE(replacement->number, QStringLiteral("CG-2026-000002"));
    QCOMPARE(
        page.registerModel()->index(replacementRow, CertificateRegisterModel::NoteColumn).data().toString(),
        QStringLiteral("Replaces CG-2026-000001"));
    const int voidedRow = 1 - replacementRow;
    QCOMPARE(page.registerModel()->certificateAt(voidedRow)->status, CertificateStatus::Voided);
    QVERIFY(page.registerModel()
                ->index(voidedRow, CertificateRegisterModel::NoteColumn)
                .data()
                .toString()
                .contains("Voided: The event date was wrong; replaced by CG-2026-000002"));
    QVERIFY(presenter.errors.isEmpty());

    // The case workspace's tab: the Part 1 case says what is due; the Part 3 case lists both of its
    // certificates.
    CaseCertificatesPanel part1Panel(&context, part1);
    QVERIFY2(part1Panel.dueText().contains("Part 1 certificate is due by"), qPrintable(part1Panel.dueText()));
    QCOMPARE(part1Panel.model()->rowCount(), 0);
    CaseCertificatesPanel part3Panel(&context, part3);
    QCOMPARE(part3Panel.model()->rowCount(), 2);
    QCOMPARE(part3Panel.dueText(), QStringLiteral("No certificate is due for this case."));

    // Batch print of today's issued certificates: the stored pages, one per certificate.
    CertificateRepository certificates(db, BankHolidayCalendar::shipped());
    CG_VERIFY_OK(certificates.issueForCase(part1, std::nullopt, {"ada.okafor", {}}, today));
    context.notifyCaseChanged(part1);
    QCOMPARE(part1Panel.model()->rowCount(), 1);
    QCOMPARE(part1Panel.dueText(), QStringLiteral("No certificate is due for this case."));

    // Email...: a draft to the family with the certificate attached, handed to the
    // desktop's mail program (recorded here), on the timeline and the audit trail.
    UrlRecorder mailProgram;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &mailProgram, "open");
    QVERIFY(part1Panel.emailSelected());
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(mailProgram.opened.size(), 1);
    const QString opened = mailProgram.opened.first().toLocalFile();
    const QString part1Number = part1Panel.model()->certificateAt(0)->number;
    QVERIFY2(opened.endsWith(part1Number + ".eml"), qPrintable(opened));
    QFile draft(opened);
    QVERIFY(draft.open(QIODevice::ReadOnly));
    QCOMPARE(draft.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    const QByteArray eml = draft.readAll();
    QVERIFY(eml.contains("\r\nX-Unsent: 1\r\n"));
    QVERIFY(eml.contains("Content-Type: application/pdf; name=\"" + part1Number.toLatin1() + ".pdf\""));
    QList<Activity> timeline;
    CG_VERIFY_OK(ActivityRepository(db).listForCase(part1, &timeline));
    QCOMPARE(timeline.first().kind, ActivityKind::Email);
    QCOMPARE(timeline.first().summary, "Email drafted with the Part 1 certificate " + part1Number);
    QList<Certificate> todays;
    CG_VERIFY_OK(certificates.listIssuedOn(today, &todays));
    QCOMPARE(todays.size(), 2); // the replacement and the Part 1; not the voided one
    QList<QByteArray> pdfs;
    for (const Certificate& c : todays) {
        QByteArray pdf;
        CG_VERIFY_OK(certificates.loadPdf(c.id, &pdf));
        pdfs << pdf;
    }
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath("batch.pdf"));
    QVERIFY(CertificatePrinter::print(&printer, pdfs));
    QProcess info;
    info.start("pdfinfo", {dir.filePath("batch.pdf")});
    QVERIFY(info.waitForFinished());
    const QString text = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("Pages:           2")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("(A4)")), qPrintable(text));
    MessagePresenter::install(nullptr);
}

QTEST_MAIN(TestCertificatesPage)
#include "tst_certificatespage.moc"
