#include "CaseSeed.h"
#include "RecordingPresenter.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "cases/CaseWorkspace.h"
#include "cases/CasesPage.h"
#include "cases/DuplicateReferralDialog.h"
#include "cases/NewReferralDialog.h"
#include "common/WorkContext.h"
#include "shell/DatabaseSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

// A referral for a child, or from a parent, the office already has a case
// for is shown before it is saved (issue 12), with "Open that case" and
// "This is a new disagreement". Every name is synthetic.
class TestDuplicateReferralPrompt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void sameChildIsShownBeforeSaving();
    void openThatCaseSavesNothing();
    void sameParentPhoneWithTheSameCouncil();

private:
    NewReferralDialog* fill(const QString& given, const QString& family, const QString& born,
                            const QString& phone = {});
    void type(QWidget* dialog, const char* field, const QString& text);
    void clickSave(NewReferralDialog* dialog);
    int caseCount();

    RecordingPresenter m_presenter;
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<WorkContext> m_context;
    std::unique_ptr<CasesPage> m_page;
    qint64 m_existing = 0;
    QString m_reference;
};

void TestDuplicateReferralPrompt::init()
{
    m_presenter.clear();
    MessagePresenter::install(&m_presenter);
    m_test = std::make_unique<TestDatabase>("sqlite");
    m_session = std::make_unique<DatabaseSession>();
    CG_VERIFY_OK(m_session->open(m_test->settings()));
    QSqlDatabase db = m_session->database()->connection();
    const qint64 council = CaseSeed::addCouncil(db, "Northshire", "NOR");
    QVERIFY(council);
    QVERIFY(CaseSeed::addCouncil(db, "Southshire", "SOU"));
    const QDate today = QDate::currentDate();
    Referral referral = CaseSeed::mediationReferral(council, "Zoë", "Nguyễn", today.addDays(-20));
    referral.child.dateOfBirth = QDate(2015, 6, 1);
    referral.parent.phone = "07700 900456";
    QString error;
    m_existing = CaseSeed::addCase(db, referral, today, &error);
    QVERIFY2(m_existing, qPrintable(error));
    CaseDetails details;
    CG_VERIFY_OK(CaseRepository(db, BankHolidayCalendar::shipped()).load(m_existing, &details));
    m_reference = details.reference;
    m_context = std::make_unique<WorkContext>(m_session.get());
    m_page = std::make_unique<CasesPage>(m_context.get());
    m_page->resize(1300, 720);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestDuplicateReferralPrompt::cleanup()
{
    m_page.reset();
    m_context.reset();
    m_session.reset();
    m_test.reset();
    MessagePresenter::install(nullptr);
}

void TestDuplicateReferralPrompt::type(QWidget* dialog, const char* field, const QString& text)
{
    auto* edit = dialog->findChild<QLineEdit*>(field);
    QVERIFY2(edit, field);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Tab);
}

void TestDuplicateReferralPrompt::clickSave(NewReferralDialog* dialog)
{
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

int TestDuplicateReferralPrompt::caseCount()
{
    QSqlQuery query(m_session->database()->connection());
    if (!query.exec("SELECT COUNT(*) FROM cases") || !query.next())
        return -1;
    return query.value(0).toInt();
}

// A mediation referral to Northshire, about a refusal to assess.
NewReferralDialog* TestDuplicateReferralPrompt::fill(const QString& given, const QString& family,
                                                     const QString& born, const QString& phone)
{
    NewReferralDialog* dialog = m_page->newReferral();
    if (!QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    type(dialog, "childGivenName", given);
    type(dialog, "childFamilyName", family);
    type(dialog, "child.dateOfBirth", born);
    type(dialog, "parentGivenName", "Ada");
    type(dialog, "parentFamilyName", family);
    if (!phone.isEmpty())
        type(dialog, "parent.phone", phone);
    auto* council = dialog->findChild<QComboBox*>("councilId");
    council->setCurrentIndex(council->findText("Northshire"));
    auto* decision = dialog->findChild<QComboBox*>("decisionType");
    decision->setCurrentIndex(decision->findData(int(DecisionType::RefusalToAssess)));
    type(dialog, "decisionNoticeDate", QDate::currentDate().addDays(-10).toString("dd/MM/yyyy"));
    return dialog;
}

void TestDuplicateReferralPrompt::sameChildIsShownBeforeSaving()
{
    // The same child, typed without accents and in other case.
    QPointer<NewReferralDialog> dialog = fill("ZOE", "nguyen", "01/06/2015");
    QVERIFY(dialog);
    clickSave(dialog);
    DuplicateReferralDialog* prompt = nullptr;
    QTRY_VERIFY((prompt = dialog->duplicatePrompt()) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(prompt));
    QCOMPARE(caseCount(), 1); // nothing saved yet
    QCOMPARE(prompt->table()->rowCount(), 1);
    QCOMPARE(prompt->table()->item(0, 0)->text(), m_reference);
    QVERIFY(prompt->table()->item(0, 4)->text().contains("Same child"));
    QCOMPARE(prompt->openButton()->text(), QString("&Open that case"));
    QCOMPARE(prompt->newButton()->text(), QString("This is a &new disagreement"));

    // Back to the form keeps everything typed, and saves nothing.
    QTest::mouseClick(prompt->backButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->duplicatePrompt());
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->referral().child.fullName(), QString("ZOE nguyen"));
    QCOMPARE(caseCount(), 1);

    // A new disagreement for the same child is saved as a case of its own.
    clickSave(dialog);
    QTRY_VERIFY((prompt = dialog->duplicatePrompt()) != nullptr);
    QTest::mouseClick(prompt->newButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(caseCount(), 2);
    QVERIFY(m_page->currentWorkspace());
    QVERIFY(m_page->currentWorkspace()->caseId() != m_existing);
    QVERIFY2(m_presenter.errors.isEmpty(), qPrintable(m_presenter.errors.join('\n')));
}

void TestDuplicateReferralPrompt::openThatCaseSavesNothing()
{
    QPointer<NewReferralDialog> dialog = fill("Zoe", "Nguyen", "01/06/2015");
    QVERIFY(dialog);
    clickSave(dialog);
    DuplicateReferralDialog* prompt = nullptr;
    QTRY_VERIFY((prompt = dialog->duplicatePrompt()) != nullptr);
    QTest::mouseClick(prompt->openButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(caseCount(), 1);
    QVERIFY(m_page->currentWorkspace());
    QCOMPARE(m_page->currentWorkspace()->caseId(), m_existing);
}

void TestDuplicateReferralPrompt::sameParentPhoneWithTheSameCouncil()
{
    // Another child; the parent's number written another way.
    QPointer<NewReferralDialog> dialog = fill("Kit", "Hale", "03/02/2012", "+44 7700 900456");
    QVERIFY(dialog);
    clickSave(dialog);
    DuplicateReferralDialog* prompt = nullptr;
    QTRY_VERIFY((prompt = dialog->duplicatePrompt()) != nullptr);
    QVERIFY(prompt->table()->item(0, 4)->text().contains("Same parent's phone"));
    QTest::mouseClick(prompt->backButton(), Qt::LeftButton);
    // With another council it is another family's matter: saved without asking.
    auto* council = dialog->findChild<QComboBox*>("councilId");
    council->setCurrentIndex(council->findText("Southshire"));
    clickSave(dialog);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(caseCount(), 2);
}

QTEST_MAIN(TestDuplicateReferralPrompt)
#include "tst_duplicatereferralprompt.moc"
