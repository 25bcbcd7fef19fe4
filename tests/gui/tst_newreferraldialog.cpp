#include "CaseSeed.h"
#include "RecordingPresenter.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "cases/CaseListPanel.h"
#include "cases/CaseWorkspace.h"
#include "cases/CasesPage.h"
#include "cases/NewReferralDialog.h"
#include "common/DateLineEdit.h"
#include "common/WorkContext.h"
#include "itemmodels/CaseListModel.h"
#include "shell/DatabaseSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTest>

// Referrals entered through the dialog as a caseworker would, with the keyboard.
class TestNewReferralDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void referralTypedInAppearsInTheList();
    void invalidReferralShowsWhatToFixAndSavesNothing();
    void impossibleDateSaysSo();
    void oldDecisionNoticeWarnsButSaves();
    void disagreementResolutionNeedsItsSubject();
    void escapeCancels();
    void escapeAsksBeforeDiscardingTypedWork();
    void untouchedFormClosesWithoutAsking();
    void dateTypedWithoutSeparators();
    void messagesDoNotMoveTheFieldsBelow();

private:
    void type(NewReferralDialog* dialog, const char* field, const QString& text);
    void clickSave(NewReferralDialog* dialog);
    int caseCount();

    RecordingPresenter m_presenter;
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<WorkContext> m_context;
    std::unique_ptr<CasesPage> m_page;
};

void TestNewReferralDialog::init()
{
    m_presenter.clear();
    MessagePresenter::install(&m_presenter);
    m_test = std::make_unique<TestDatabase>("sqlite");
    m_session = std::make_unique<DatabaseSession>();
    CG_VERIFY_OK(m_session->open(m_test->settings()));
    QVERIFY(CaseSeed::addCouncil(m_session->database()->connection(), "Northshire", "NOR"));
    QVERIFY(CaseSeed::addCouncil(m_session->database()->connection(), "Southshire", "SOU"));
    m_context = std::make_unique<WorkContext>(m_session.get());
    m_page = std::make_unique<CasesPage>(m_context.get());
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestNewReferralDialog::cleanup()
{
    m_page.reset();
    m_context.reset();
    m_session.reset();
    m_test.reset();
    MessagePresenter::install(nullptr);
}

void TestNewReferralDialog::type(NewReferralDialog* dialog, const char* field, const QString& text)
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

void TestNewReferralDialog::clickSave(NewReferralDialog* dialog)
{
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

int TestNewReferralDialog::caseCount()
{
    CaseListQuery query(m_session->database()->connection());
    CaseListFilter all;
    all.includeClosed = true;
    query.setFilter(all, QDate::currentDate());
    int total = -1;
    if (query.count(&total))
        return -1;
    return total;
}

void TestNewReferralDialog::referralTypedInAppearsInTheList()
{
    QCOMPARE(caseCount(), 0);
    QPointer<NewReferralDialog> dialog = m_page->newReferral();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    type(dialog, "childGivenName", "Sam");
    type(dialog, "childFamilyName", "Okonkwo");
    type(dialog, "child.dateOfBirth", "14/09/2016");
    type(dialog, "school", "Riverside Primary");
    type(dialog, "parentGivenName", "Ada");
    type(dialog, "parentFamilyName", "Okonkwo");
    type(dialog, "parent.phone", "07700 900123");
    auto* council = dialog->findChild<QComboBox*>("councilId");
    council->setFocus();
    QTest::keyClicks(council, "S");
    QCOMPARE(council->currentText(), QString("Southshire"));
    auto* decision = dialog->findChild<QComboBox*>("decisionType");
    decision->setFocus();
    QTest::keyClicks(decision, "Refusal to carry out an EHC");
    QVERIFY2(decision->currentText().startsWith("Refusal to carry out an EHC"),
             qPrintable(decision->currentText()));
    type(dialog, "decisionNoticeDate", QDate::currentDate().addDays(-10).toString("dd/MM/yyyy"));
    type(dialog, "interpreter", "Yoruba");

    const Referral referral = dialog->referral();
    QCOMPARE(referral.child.fullName(), QString("Sam Okonkwo"));
    QCOMPARE(referral.child.dateOfBirth, QDate(2016, 9, 14));
    QCOMPARE(referral.decisionType, DecisionType::RefusalToAssess);
    QCOMPARE(referral.enquiryDate, QDate::currentDate());
    clickSave(dialog);
    QVERIFY2(m_presenter.errors.isEmpty(), qPrintable(m_presenter.errors.join('\n')));
    QTRY_VERIFY2(!dialog || !dialog->isVisible(),
                 dialog ? qPrintable(dialog->shownMessages().join('\n')) : "");
    QCOMPARE(caseCount(), 1);

    // The new case opens, and is in the list.
    CaseWorkspace* workspace = m_page->currentWorkspace();
    QVERIFY(workspace);
    QCOMPARE(workspace->details().referral.child.fullName(), QString("Sam Okonkwo"));
    QCOMPARE(workspace->details().referral.interpreterLanguage, QString("Yoruba"));
    CaseListModel* list = m_page->list()->model();
    QCOMPARE(list->totalCount(), 1);
    QCOMPARE(list->index(0, CaseListModel::ChildColumn).data().toString(), QString("Sam Okonkwo"));
    QCOMPARE(list->index(0, CaseListModel::CouncilColumn).data().toString(), QString("Southshire"));

    // And it is found by searching for the school.
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QTest::keyClick(m_page.get(), Qt::Key_F, Qt::ControlModifier);
    auto* search = m_page->list()->findChild<QLineEdit*>();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, "Riverside");
    QTRY_COMPARE(list->filter().search, QString("Riverside"));
    QCOMPARE(list->totalCount(), 1);
}

void TestNewReferralDialog::invalidReferralShowsWhatToFixAndSavesNothing()
{
    const int before = caseCount();
    QPointer<NewReferralDialog> dialog = m_page->newReferral();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    type(dialog, "childGivenName", "Lee");
    // No family name, no council, no decision, no decision notice date.
    clickSave(dialog);
    QVERIFY(dialog && dialog->isVisible());
    const QString shown = dialog->shownMessages().join('\n');
    QVERIFY2(shown.contains("Give the child's or young person's first and last name."), qPrintable(shown));
    QVERIFY2(shown.contains("Choose the council."), qPrintable(shown));
    QVERIFY2(shown.contains("Give the date the decision notice was sent."), qPrintable(shown));
    QVERIFY2(shown.contains("to fix before saving"), qPrintable(shown));
    QCOMPARE(dialog->createdCaseId(), 0);
    QCOMPARE(caseCount(), before);
    QVERIFY(m_presenter.errors.isEmpty());
    dialog->reject();
}

void TestNewReferralDialog::impossibleDateSaysSo()
{
    QPointer<NewReferralDialog> dialog = m_page->newReferral();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    type(dialog, "decisionNoticeDate", "30/02/2026");
    QVERIFY(!dialog->referral().decisionNoticeDate.isValid());
    const QString shown = dialog->shownMessages().join('\n');
    QVERIFY2(shown.contains("30/02/2026 is not a real date: that month has no day 30."), qPrintable(shown));
    type(dialog, "child.dateOfBirth", "soon");
    QVERIFY(dialog->shownMessages().join('\n').contains("Write the date as day/month/year"));
    // ISO dates are taken too.
    type(dialog, "decisionNoticeDate", "2026-02-03");
    QCOMPARE(dialog->referral().decisionNoticeDate, QDate(2026, 2, 3));
    QCOMPARE(DateLineEdit::parse("3/4/2026"), QDate(2026, 4, 3));
    QVERIFY(!DateLineEdit::parse("29/02/2027").isValid());
    dialog->reject();
}

void TestNewReferralDialog::oldDecisionNoticeWarnsButSaves()
{
    QPointer<NewReferralDialog> dialog = m_page->newReferral();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    type(dialog, "childGivenName", "Mia");
    type(dialog, "childFamilyName", "Hart");
    type(dialog, "parentGivenName", "Rob");
    type(dialog, "parentFamilyName", "Hart");
    auto* council = dialog->findChild<QComboBox*>("councilId");
    council->setCurrentIndex(1);
    auto* decision = dialog->findChild<QComboBox*>("decisionType");
    decision->setCurrentIndex(decision->findData(int(DecisionType::CeaseToMaintain)));
    type(dialog, "decisionNoticeDate", QDate::currentDate().addMonths(-4).toString("dd/MM/yyyy"));
    const QString shown = dialog->shownMessages().join('\n');
    QVERIFY2(shown.contains("tribunal's permission"), qPrintable(shown));
    QVERIFY2(shown.contains("Note:"), qPrintable(shown));
    clickSave(dialog);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(caseCount(), 1);
}

void TestNewReferralDialog::disagreementResolutionNeedsItsSubject()
{
    QPointer<NewReferralDialog> dialog = m_page->newReferral();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* disagreement = dialog->findChildren<QRadioButton*>().last();
    QVERIFY(disagreement->text().contains("Disagreement"));
    QTest::mouseClick(disagreement, Qt::LeftButton);
    QVERIFY(!dialog->findChild<QComboBox*>("decisionType")->isVisible());
    type(dialog, "childGivenName", "Ava");
    type(dialog, "childFamilyName", "Stone");
    type(dialog, "parentGivenName", "Kim");
    type(dialog, "parentFamilyName", "Stone");
    dialog->findChild<QComboBox*>("councilId")->setCurrentIndex(1);
    clickSave(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->shownMessages().join('\n').contains("Say what the disagreement is about."));
    QCOMPARE(caseCount(), 0);
    type(dialog, "disagreementSubject", "Transport to school");
    type(dialog, "otherParties", "Hill Top Primary; the council's transport team");
    clickSave(dialog);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(caseCount(), 1);
    QCOMPARE(m_page->currentWorkspace()->details().referral.route, Route::DisagreementResolution);
}

void TestNewReferralDialog::escapeCancels()
{
    QPointer<NewReferralDialog> dialog = m_page->newReferral();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    type(dialog, "childGivenName", "Zoe");
    m_presenter.answer = true; // "Discard the details you typed?" Yes
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(m_presenter.questions.size(), 1);
    QCOMPARE(caseCount(), 0);
}

void TestNewReferralDialog::escapeAsksBeforeDiscardingTypedWork()
{
    QPointer<NewReferralDialog> dialog = m_page->newReferral();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    type(dialog, "childGivenName", "Zoe");
    type(dialog, "childFamilyName", "Adeyemi");
    m_presenter.answer = false; // No: back to the form
    QTest::keyClick(dialog, Qt::Key_Escape);
    QCOMPARE(m_presenter.questions.size(), 1);
    QVERIFY2(m_presenter.questions.first().contains(QStringLiteral("Discard the details you typed?")),
             qPrintable(m_presenter.questions.first()));
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->referral().child.familyName, QStringLiteral("Adeyemi"));
    // The window's Close asks the same.
    QVERIFY(!dialog->close());
    QCOMPARE(m_presenter.questions.size(), 2);
    QVERIFY(dialog->isVisible());
    // So does Cancel.
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(m_presenter.questions.size(), 3);
    QVERIFY(dialog->isVisible());
    QCOMPARE(caseCount(), 0);
}

void TestNewReferralDialog::untouchedFormClosesWithoutAsking()
{
    QPointer<NewReferralDialog> dialog = m_page->newReferral();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QVERIFY(m_presenter.questions.isEmpty());
}

void TestNewReferralDialog::dateTypedWithoutSeparators()
{
    QPointer<NewReferralDialog> dialog = m_page->newReferral();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    type(dialog, "child.dateOfBirth", "09122016");
    QCOMPARE(dialog->referral().child.dateOfBirth, QDate(2016, 12, 9));
    // Shown back as read, once the field is left.
    QCOMPARE(dialog->findChild<QLineEdit*>("child.dateOfBirth")->text(), QStringLiteral("09/12/2016"));
    QVERIFY2(!dialog->shownMessages().join('|').contains(QStringLiteral("date of birth")),
             qPrintable(dialog->shownMessages().join('|')));
    // Not a real date: said so, in the same words as with separators.
    type(dialog, "child.dateOfBirth", "31022016");
    QVERIFY(!dialog->referral().child.dateOfBirth.isValid());
    QVERIFY2(dialog->shownMessages().join('|').contains(QStringLiteral("that month has no day 31")),
             qPrintable(dialog->shownMessages().join('|')));
    QCOMPARE(DateLineEdit::parse(QStringLiteral("01012026")), QDate(2026, 1, 1));
    QVERIFY(!DateLineEdit::parse(QStringLiteral("0101202")).isValid());
}

void TestNewReferralDialog::messagesDoNotMoveTheFieldsBelow()
{
    QPointer<NewReferralDialog> dialog = m_page->newReferral();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* school = dialog->findChild<QLineEdit*>("school");
    QVERIFY(school);
    const QPoint before = school->mapTo(dialog, QPoint(0, 0));
    // A message appears under the date of birth while it is being typed...
    type(dialog, "child.dateOfBirth", "99");
    QVERIFY(!dialog->shownMessages().isEmpty());
    QCoreApplication::processEvents(); // the layout settles
    QCOMPARE(school->mapTo(dialog, QPoint(0, 0)), before);
    // ...and goes once it is right, the field below staying where it was.
    type(dialog, "child.dateOfBirth", "14/09/2016");
    QCoreApplication::processEvents();
    QCOMPARE(school->mapTo(dialog, QPoint(0, 0)), before);
    // Typed key by key without separators, every message on the way (some
    // longer than the room kept for them) leaves the fields below in place.
    auto* birth = dialog->findChild<QLineEdit*>("child.dateOfBirth");
    QVERIFY(birth);
    for (const int width : {dialog->width(), 760}) {
        dialog->resize(width, dialog->height());
        QCoreApplication::processEvents();
        const QPoint settled = school->mapTo(dialog, QPoint(0, 0));
        birth->setFocus();
        birth->clear();
        for (const QChar key : QStringLiteral("31022015")) {
            QTest::keyClick(birth, key.toLatin1());
            QCoreApplication::processEvents();
            QCOMPARE(school->mapTo(dialog, QPoint(0, 0)), settled);
        }
        // The whole message is kept for the tooltip and screen readers.
        QVERIFY2(dialog->shownMessages().join(QLatin1Char(' ')).contains(QStringLiteral("no day 31")),
                 qPrintable(dialog->shownMessages().join(QLatin1Char('|'))));
    }
}

QTEST_MAIN(TestNewReferralDialog)
#include "tst_newreferraldialog.moc"
