#include "OneCaseDesk.h"
#include "RecordingPresenter.h"
#include "ScriptedFileChooser.h"
#include "StoreVerify.h"
#include "cases/CaseWorkspace.h"
#include "cases/TravelExpenseDialog.h"
#include "cases/TravelExpensesPanel.h"
#include "common/DateLineEdit.h"
#include "store/cases/TravelExpenseRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

// The Travel expenses tab: a journey typed into the dialog is listed with
// the total; a refusal keeps the dialog open and says what to fix; a car's
// amount is worked out from the miles; double-click opens a journey to
// correct it; Delete removes it after asking; the claim form is saved.
class TestTravelExpensesPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void addedThroughTheDialogIsListed();
    void carAmountIsWorkedOutAndCorrected();
    void deleteKeyRemovesAfterAsking();
    void claimFormIsSaved();
    void sortedByValueKeepingTheChosenJourney();
    void workspaceHasTheTab();

private:
    void save(TravelExpenseDialog* dialog);
    void addBusFare();

    RecordingPresenter m_presenter;
    ScriptedFileChooser m_chooser;
    OneCaseDesk m_desk;
    std::unique_ptr<TravelExpensesPanel> m_panel;
};

void TestTravelExpensesPanel::init()
{
    m_presenter.clear();
    MessagePresenter::install(&m_presenter);
    FileChooser::install(&m_chooser);
    const QString why = m_desk.open();
    QVERIFY2(why.isEmpty(), qPrintable(why));
    m_panel = std::make_unique<TravelExpensesPanel>(m_desk.context(), m_desk.caseId());
    m_panel->resize(900, 500);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestTravelExpensesPanel::cleanup()
{
    m_panel.reset();
    m_desk.close();
    FileChooser::install(nullptr);
    MessagePresenter::install(nullptr);
}

void TestTravelExpensesPanel::save(TravelExpenseDialog* dialog)
{
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

void TestTravelExpensesPanel::addBusFare()
{
    QPointer<TravelExpenseDialog> dialog = m_panel->beginAdd();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(dialog->claimantEdit(), "Ada Price");
    QTest::keyClicks(dialog->descriptionEdit(), "Bus to Larkfield Library and back");
    dialog->modeBox()->setCurrentIndex(dialog->modeBox()->findData("public_transport"));
    QTest::keyClicks(dialog->amountEdit(), "6.40");
    dialog->receiptBox()->click();
    save(dialog);
    QTRY_VERIFY(!dialog);
}

void TestTravelExpensesPanel::addedThroughTheDialogIsListed()
{
    QCOMPARE(m_panel->expenseCount(), 0);
    QCOMPARE(m_panel->totalText(), QStringLiteral("Total claimed: £0.00"));

    // Nothing typed but the date (today): refused with what to fix; the dialog stays.
    QPointer<TravelExpenseDialog> refused = m_panel->beginAdd();
    QVERIFY(refused);
    QTest::keyClicks(refused->amountEdit(), "6.40");
    save(refused);
    QVERIFY(refused);
    QVERIFY2(refused->problemText().contains("from and to"), qPrintable(refused->problemText()));
    refused->reject();
    QTRY_VERIFY(!refused);
    QCOMPARE(m_panel->expenseCount(), 0);

    addBusFare();
    QCOMPARE(m_panel->expenseCount(), 1);
    QCOMPARE(m_panel->table()->item(0, 1)->text(), QStringLiteral("Bus to Larkfield Library and back"));
    QCOMPARE(m_panel->table()->item(0, 4)->text(), QStringLiteral("Held"));
    QCOMPARE(m_panel->table()->item(0, 5)->text(), QStringLiteral("£6.40"));
    QCOMPARE(m_panel->totalText(), QStringLiteral("Total claimed: £6.40"));
    QVERIFY(m_presenter.errors.isEmpty());
}

void TestTravelExpensesPanel::carAmountIsWorkedOutAndCorrected()
{
    QPointer<TravelExpenseDialog> dialog = m_panel->beginAdd();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->descriptionEdit(), "Home to the pre-meeting");
    dialog->modeBox()->setCurrentIndex(dialog->modeBox()->findData("car"));
    QTest::keyClicks(dialog->milesEdit(), "12.5");
    dialog->workOutAmount();
    // 12.5 miles at 45p = 562.5p, half a penny up.
    QCOMPARE(dialog->amountEdit()->text(), QStringLiteral("5.63"));
    save(dialog);
    QTRY_VERIFY(!dialog);
    QCOMPARE(m_panel->expenseCount(), 1);
    QCOMPARE(m_panel->table()->item(0, 3)->text(), QStringLiteral("12.5"));

    // Double-click opens it to correct the amount.
    const QRect cell = m_panel->table()->visualItemRect(m_panel->table()->item(0, 1));
    // The press the double-click belongs to, then the double-click itself.
    QTest::mouseClick(m_panel->table()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(m_panel->table()->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_VERIFY(m_panel->findChild<TravelExpenseDialog*>() != nullptr);
    QPointer<TravelExpenseDialog> open = m_panel->findChild<TravelExpenseDialog*>();
    QCOMPARE(open->amountEdit()->text(), QStringLiteral("5.63"));
    open->amountEdit()->clear();
    QTest::keyClicks(open->amountEdit(), "6");
    save(open);
    QTRY_VERIFY(!open);
    QCOMPARE(m_panel->expenseCount(), 1);
    QCOMPARE(m_panel->totalText(), QStringLiteral("Total claimed: £6.00"));
}

void TestTravelExpensesPanel::deleteKeyRemovesAfterAsking()
{
    addBusFare();
    QCOMPARE(m_panel->expenseCount(), 1);
    m_panel->table()->setFocus();
    m_panel->table()->selectRow(0);
    // Not confirmed: it stays.
    m_presenter.answer = false;
    QTest::keyClick(m_panel->table(), Qt::Key_Delete);
    QCOMPARE(m_presenter.questions.size(), 1);
    QVERIFY2(m_presenter.questions.first().contains("£6.40"), qPrintable(m_presenter.questions.first()));
    QCOMPARE(m_panel->expenseCount(), 1);
    m_presenter.answer = true;
    QTest::keyClick(m_panel->table(), Qt::Key_Delete);
    QCOMPARE(m_panel->expenseCount(), 0);
    QCOMPARE(m_panel->totalText(), QStringLiteral("Total claimed: £0.00"));
}

void TestTravelExpensesPanel::sortedByValueKeepingTheChosenJourney()
{
    // Two journeys whose amounts sort one way as money and the other as words.
    TravelExpenseRepository repository(m_desk.db());
    const QDate today = QDate::currentDate();
    for (const auto& [days, pence] : {std::pair{3, 640}, std::pair{1, 1200}}) {
        TravelExpense expense;
        expense.caseId = m_desk.caseId();
        expense.journeyDate = today.addDays(-days);
        expense.description = QStringLiteral("Bus to the meeting and back");
        expense.amountPence = pence;
        CG_VERIFY_OK(repository.add(&expense, today));
    }
    m_panel->reload();
    QTableWidget* table = m_panel->table();
    // By date, oldest first, unless asked otherwise.
    QCOMPARE(table->item(0, 5)->text(), QStringLiteral("£6.40"));
    table->sortByColumn(5, Qt::DescendingOrder);
    QCOMPARE(table->item(0, 5)->text(), QStringLiteral("£12.00"));
    table->sortByColumn(5, Qt::AscendingOrder);
    QCOMPARE(table->item(0, 5)->text(), QStringLiteral("£6.40"));
    // The journey chosen stays chosen when the rows are read again.
    table->selectRow(1);
    const qint64 chosen = m_panel->expenseIdAt(1);
    m_desk.context()->notifyCaseChanged(m_desk.caseId());
    QCOMPARE(m_panel->expenseIdAt(table->currentRow()), chosen);
}

void TestTravelExpensesPanel::claimFormIsSaved()
{
    addBusFare();
    QTemporaryDir dir;
    m_chooser.savePath = dir.filePath("claim.pdf");
    QVERIFY(m_panel->saveClaimForm());
    // Named for the case's reference, never a person.
    QCOMPARE(m_chooser.suggested.size(), 1);
    QVERIFY2(m_chooser.suggested.first().startsWith("travel-claim-MED-") &&
                 m_chooser.suggested.first().endsWith("-00001.pdf"),
             qPrintable(m_chooser.suggested.first()));
    QFile file(m_chooser.savePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(m_presenter.errors.isEmpty());
}

void TestTravelExpensesPanel::workspaceHasTheTab()
{
    CaseWorkspace workspace(m_desk.context(), m_desk.caseId());
    QVERIFY(workspace.load());
    QVERIFY(workspace.travelExpenses());
    auto* tabs = workspace.findChild<QTabWidget*>();
    QVERIFY(tabs);
    QCOMPARE(tabs->indexOf(workspace.travelExpenses()), 5); // Alt+6; the documents follow
}

QTEST_MAIN(TestTravelExpensesPanel)
#include "tst_travelexpensespanel.moc"
