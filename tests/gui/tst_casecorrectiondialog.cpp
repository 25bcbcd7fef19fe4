#include "CaseSeed.h"
#include "RecordingPresenter.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "cases/CaseCorrectionDialog.h"
#include "cases/CaseMergeDialog.h"
#include "cases/CaseTimelinePanel.h"
#include "cases/CaseWorkspace.h"
#include "cases/CasesPage.h"
#include "certificates/VoidCertificateDialog.h"
#include "common/DateLineEdit.h"
#include "common/WorkContext.h"
#include "itemmodels/ActivityModel.h"
#include "shell/DatabaseSession.h"
#include "store/access/UserRepository.h"
#include "store/cases/CaseCorrectionRepository.h"
#include "store/certificates/CertificateRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

// Correcting a case's intake facts from the case workspace (Ctrl+Shift+E),
// the banner about issued certificates that printed a fact since corrected,
// and merging a case entered twice, as a caseworker and a supervisor would.
class TestCaseCorrectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void correctionShowsOldAndNewAndAsksWhy();
    void refusalIsShownAndNothingSaved();
    void issuedCertificateThatNoLongerMatchesIsShown();
    void mergeOpensTheKeptCaseAndIsForSupervisors();

private:
    CaseCorrectionDialog* openCorrection(CaseWorkspace* workspace);
    void type(QWidget* dialog, const char* field, const QString& text);
    CaseDetails stored(qint64 id);

    RecordingPresenter m_presenter;
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<WorkContext> m_context;
    std::unique_ptr<CasesPage> m_page;
    qint64 m_council = 0;
    qint64 m_caseId = 0;
};

void TestCaseCorrectionDialog::init()
{
    m_presenter.clear();
    MessagePresenter::install(&m_presenter);
    m_test = std::make_unique<TestDatabase>("sqlite");
    m_session = std::make_unique<DatabaseSession>();
    CG_VERIFY_OK(m_session->open(m_test->settings()));
    QSqlDatabase db = m_session->database()->connection();
    m_council = CaseSeed::addCouncil(db, "Northshire", "NOR");
    QVERIFY(CaseSeed::addCouncil(db, "Southshire", "SOU"));
    const QDate today = QDate::currentDate();
    QString error;
    m_caseId = CaseSeed::addCase(
        db, CaseSeed::mediationReferral(m_council, "Noah", "Price", today.addDays(-3)), today, &error);
    QVERIFY2(m_caseId, qPrintable(error));
    m_context = std::make_unique<WorkContext>(m_session.get());
    m_page = std::make_unique<CasesPage>(m_context.get());
    m_page->resize(1300, 720);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestCaseCorrectionDialog::cleanup()
{
    m_page.reset();
    m_context.reset();
    m_session.reset();
    m_test.reset();
    MessagePresenter::install(nullptr);
}

CaseCorrectionDialog* TestCaseCorrectionDialog::openCorrection(CaseWorkspace* workspace)
{
    workspace->activateWindow();
    if (!QTest::qWaitForWindowActive(workspace->window()))
        return nullptr;
    // The keyboard shortcut opens it, as the button does.
    QTest::keyClick(workspace, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    CaseCorrectionDialog* dialog = nullptr;
    for (int waited = 0; !dialog && waited < 2000; waited += 50) {
        QTest::qWait(50);
        dialog = workspace->findChild<CaseCorrectionDialog*>();
    }
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestCaseCorrectionDialog::type(QWidget* dialog, const char* field, const QString& text)
{
    auto* edit = dialog->findChild<QLineEdit*>(field);
    QVERIFY2(edit, field);
    QVERIFY2(edit->isVisible(), field);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Tab);
}

CaseDetails TestCaseCorrectionDialog::stored(qint64 id)
{
    CaseDetails details;
    CG_EXPECT_OK(CaseRepository(m_session->database()->connection(), BankHolidayCalendar::shipped())
                     .load(id, &details));
    return details;
}

void TestCaseCorrectionDialog::correctionShowsOldAndNewAndAsksWhy()
{
    CaseWorkspace* workspace = m_page->openCase(m_caseId);
    QVERIFY(workspace);
    auto* correct = workspace->findChild<QPushButton*>("correctButton");
    QVERIFY(correct && correct->isEnabled());
    QPointer<CaseCorrectionDialog> dialog = openCorrection(workspace);
    QVERIFY(dialog);
    QCOMPARE(dialog->changesTable()->rowCount(), 0);

    type(dialog, "childGivenName", "Noa");
    type(dialog, "childDateOfBirth", "02/05/2015");
    auto* channel = dialog->findChild<QComboBox*>("enquiryChannel");
    channel->setCurrentIndex(channel->findText(enquiryChannelTitle(EnquiryChannel::Email)));
    // Each changed fact with its old and new value, as typed.
    QTableWidget* table = dialog->changesTable();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 1)->text(), QString("Noah Price"));
    QCOMPARE(table->item(0, 2)->text(), QString("Noa Price"));
    QCOMPARE(table->item(1, 1)->text(), QString("Fri 1 May 2015"));
    QCOMPARE(table->item(1, 2)->text(), QString("Sat 2 May 2015"));

    // No reason: refused in the dialog, and nothing saved.
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->problemText().contains("Say why"), qPrintable(dialog->problemText()));
    QVERIFY(dialog->reasonEdit()->hasFocus());
    QCOMPARE(stored(m_caseId).referral.child.givenName, QString("Noah"));

    QTest::keyClicks(dialog->reasonEdit(), "Misheard on the phone");
    QVERIFY2(dialog->problemText().isEmpty(), qPrintable(dialog->problemText()));
    QTest::keyClick(dialog->reasonEdit(), Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(!dialog);
    QVERIFY2(m_presenter.errors.isEmpty(), qPrintable(m_presenter.errors.join('\n')));
    const CaseDetails after = stored(m_caseId);
    QCOMPARE(after.referral.child.fullName(), QString("Noa Price"));
    QCOMPARE(after.referral.child.dateOfBirth, QDate(2015, 5, 2));
    QCOMPARE(after.referral.enquiryChannel, EnquiryChannel::Email);
    // The workspace shows the corrected case, and the timeline says what changed.
    QVERIFY(workspace->title().contains("Noa Price"));
    ActivityModel* timeline = workspace->timeline()->model();
    bool found = false;
    for (int row = 0; row < timeline->rowCount(); ++row) {
        const QString text =
            timeline->index(row, 0).data().toString() + timeline->index(row, 1).data().toString() +
            timeline->index(row, 2).data().toString() + timeline->index(row, 3).data().toString();
        found = found || text.contains("Case corrected");
    }
    QVERIFY(found);
}

void TestCaseCorrectionDialog::refusalIsShownAndNothingSaved()
{
    CaseWorkspace* workspace = m_page->openCase(m_caseId);
    QVERIFY(workspace);
    QPointer<CaseCorrectionDialog> dialog = openCorrection(workspace);
    QVERIFY(dialog);
    const QDate enquiry = stored(m_caseId).referral.enquiryDate;
    type(dialog, "decisionNoticeDate", enquiry.addDays(1).toString("dd/MM/yyyy"));
    QTest::keyClicks(dialog->reasonEdit(), "Typed from the letter");
    QVERIFY2(dialog->problemText().contains("cannot have been sent after the enquiry"),
             qPrintable(dialog->problemText()));
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(stored(m_caseId).referral.decisionNoticeDate, enquiry.addDays(-7));
    // What was typed is still there to put right.
    QCOMPARE(dialog->reasonEdit()->text(), QString("Typed from the letter"));
    dialog->reject();
}

void TestCaseCorrectionDialog::issuedCertificateThatNoLongerMatchesIsShown()
{
    QSqlDatabase db = m_session->database()->connection();
    const QDate today = QDate::currentDate();
    QString why;
    QVERIFY2(CaseSeed::advanceTo(db, m_caseId, CaseStage::NotPursuing, today.addDays(-1), today, &why),
             qPrintable(why));
    CertificateRepository register_(db, BankHolidayCalendar::shipped());
    Certificate issued;
    // Only a user who may issue can (the store refuses free-text issuers).
    User supervisor;
    supervisor.username = QStringLiteral("grace.ibekwe");
    supervisor.displayName = QStringLiteral("Grace Ibekwe");
    supervisor.role = UserRole::Supervisor;
    CG_VERIFY_OK(UserRepository(db).add(&supervisor));
    const CertificateIssuer issuer{QString(), supervisor.id};
    const StoreError issue = register_.issueForCase(m_caseId, std::nullopt, issuer, today, &issued);
    QVERIFY2(issue.ok(), qPrintable(issue.message()));
    CaseWorkspace* workspace = m_page->openCase(m_caseId);
    QVERIFY(workspace);
    QVERIFY(workspace->certificateMismatchText().isEmpty());
    auto* banner = workspace->findChild<QFrame*>("certificateMismatchBanner");
    QVERIFY(banner && !banner->isVisible());

    // Corrected in the dialog: the certificate is not touched, and the case says so.
    QPointer<CaseCorrectionDialog> dialog = openCorrection(workspace);
    QVERIFY(dialog);
    type(dialog, "childFamilyName", "Pryce");
    QTest::keyClicks(dialog->reasonEdit(), "Spelt wrongly at intake");
    QTest::keyClick(dialog->reasonEdit(), Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(!dialog);
    QVERIFY2(workspace->certificateMismatchText().contains(issued.number),
             qPrintable(workspace->certificateMismatchText()));
    QVERIFY(workspace->certificateMismatchText().contains("printed Noah Price, now Noah Pryce"));
    QVERIFY(banner->isVisible());
    Certificate still;
    CG_VERIFY_OK(register_.load(issued.id, &still));
    QCOMPARE(still.status, CertificateStatus::Issued);
    QCOMPARE(still.content.childName, QString("Noah Price"));

    // Void and replace is offered, with the reason written out.
    auto* voidReplace = workspace->findChild<QPushButton*>("voidReplaceButton");
    QVERIFY(voidReplace && voidReplace->isEnabled());
    QTest::mouseClick(voidReplace, Qt::LeftButton);
    VoidCertificateDialog* voiding = nullptr;
    QTRY_VERIFY((voiding = workspace->findChild<VoidCertificateDialog*>()) != nullptr);
    QVERIFY(voiding->reasonEdit()->toPlainText().contains("printed Noah Price, now Noah Pryce"));
    voiding->reject();

    // Once voided and replaced, nothing is left to say.
    CG_VERIFY_OK(register_.voidCertificate(issued.id, QStringLiteral("Name corrected"), today, issuer));
    QVERIFY(workspace->load());
    QVERIFY(workspace->certificateMismatchText().isEmpty());
    QVERIFY(!banner->isVisible());
}

void TestCaseCorrectionDialog::mergeOpensTheKeptCaseAndIsForSupervisors()
{
    QSqlDatabase db = m_session->database()->connection();
    const QDate today = QDate::currentDate();
    QString why;
    const qint64 twice = CaseSeed::addCase(
        db, CaseSeed::mediationReferral(m_council, "NOAH", "price", today.addDays(-1)), today, &why);
    QVERIFY2(twice, qPrintable(why));
    // A caseworker sees it greyed out, and why.
    User caseworker;
    caseworker.id = CaseSeed::addUser(db, "sam.okafor", "Sam Okafor");
    caseworker.username = "sam.okafor";
    caseworker.displayName = "Sam Okafor";
    caseworker.role = UserRole::Caseworker;
    m_context->setSignedInUser(caseworker);
    QPointer<CaseWorkspace> workspace = m_page->openCase(twice);
    QVERIFY(workspace);
    auto* merge = workspace->findChild<QPushButton*>("mergeButton");
    QVERIFY(merge);
    QVERIFY(!merge->isEnabled());
    QCOMPARE(merge->toolTip(), Permissions::refusal(Action::MergeCases));
    // With nobody signed in (the store decides) it is offered; the screens reload.
    m_context->setSignedInUser(std::nullopt);
    QTRY_VERIFY(!workspace);
    workspace = m_page->openCase(twice);
    QVERIFY(workspace);
    merge = workspace->findChild<QPushButton*>("mergeButton");
    QVERIFY(merge->isEnabled());

    QTest::mouseClick(merge, Qt::LeftButton);
    CaseMergeDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = workspace->findChild<CaseMergeDialog*>()) != nullptr);
    // The first case, the same child typed differently, is offered.
    QCOMPARE(dialog->candidates()->count(), 2);
    QCOMPARE(dialog->candidates()->itemData(1).toLongLong(), m_caseId);
    dialog->candidates()->setCurrentIndex(1);
    QTest::keyClicks(dialog->reasonEdit(), "Entered twice");
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE(m_page->currentWorkspace()->caseId(), m_caseId);
    QCOMPARE(stored(twice).stage, CaseStage::Closed);
    QVERIFY(m_presenter.errors.isEmpty());
}

QTEST_MAIN(TestCaseCorrectionDialog)
#include "tst_casecorrectiondialog.moc"
