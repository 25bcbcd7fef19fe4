#include "RecordingPresenter.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "common/WorkContext.h"
#include "settings/CouncilDialog.h"
#include "settings/CouncilsDialog.h"
#include "shell/DatabaseSession.h"
#include "store/settings/CouncilRepository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

// The councils a referral names, added and edited as an office would on a new database.
class TestCouncilsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void halfFilledFormSaysWhatToFix();
    void goodFormGivesTheCouncil();
    void councilAddedThroughTheListIsStored();
    void duplicateCodeIsRefusedAndTheFormStaysOpen();

private:
    // Fills the council form that is open (modal) next and presses Save, then
    // Cancel if the form is still open (it stays open when the store refuses).
    void answerNextForm(const QString& name, const QString& code);
    QList<Council> storedCouncils();

    RecordingPresenter m_presenter;
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<WorkContext> m_context;
};

void TestCouncilsDialog::init()
{
    m_presenter.clear();
    MessagePresenter::install(&m_presenter);
    m_test = std::make_unique<TestDatabase>("sqlite");
    m_session = std::make_unique<DatabaseSession>();
    CG_VERIFY_OK(m_session->open(m_test->settings()));
    m_context = std::make_unique<WorkContext>(m_session.get());
}

void TestCouncilsDialog::cleanup()
{
    m_context.reset();
    m_session.reset();
    m_test.reset();
    MessagePresenter::install(nullptr);
}

void TestCouncilsDialog::halfFilledFormSaysWhatToFix()
{
    CouncilDialog dialog(Council{});
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit*>("name"), "Westvale City Council");
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
    QVERIFY(dialog.isVisible());
    const QStringList shown = dialog.shownMessages();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains("short code"), qPrintable(shown.join('|')));
    // A code with a space is explained too; Return saves, as the default button.
    QTest::keyClicks(dialog.findChild<QLineEdit*>("code"), "W V");
    QTest::keyClick(dialog.findChild<QLineEdit*>("code"), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.shownMessages().join('|').contains("capital letters"));
    // The message is inside the dialog, with room to be read.
    auto* message = dialog.findChild<QWidget*>("codeMessage");
    QVERIFY(message);
    QTRY_VERIFY(message->isVisible() && message->height() >= message->heightForWidth(message->width()));
    QTRY_VERIFY(dialog.rect().contains(QRect(message->mapTo(&dialog, QPoint(0, 0)), message->size())));
}

void TestCouncilsDialog::goodFormGivesTheCouncil()
{
    CouncilDialog dialog(Council{});
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit*>("name"), "Westvale City Council");
    QTest::keyClicks(dialog.findChild<QLineEdit*>("code"), "wvc");
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.shownMessages().isEmpty());
    const Council council = dialog.council();
    QCOMPARE(council.name, QStringLiteral("Westvale City Council"));
    QCOMPARE(council.code, QStringLiteral("WVC"));
    QCOMPARE(council.referralActionWorkingDays, 5);
    QCOMPARE(council.retentionYears, 6);
}

void TestCouncilsDialog::answerNextForm(const QString& name, const QString& code)
{
    QTimer::singleShot(0, this, [this, name, code] {
        auto* form = qobject_cast<CouncilDialog*>(QApplication::activeModalWidget());
        QVERIFY(form);
        form->findChild<QLineEdit*>("name")->setText(name);
        form->findChild<QLineEdit*>("code")->setText(code);
        form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        // Refused by the store: the form is still there, with what was typed.
        QTimer::singleShot(0, form, [this, form] {
            m_presenter.answer = true; // yes, discard what was typed
            if (form->isVisible())
                form->reject();
        });
    });
}

QList<Council> TestCouncilsDialog::storedCouncils()
{
    QList<Council> councils;
    CG_EXPECT_OK(CouncilRepository(m_context->database()).list(&councils));
    return councils;
}

void TestCouncilsDialog::councilAddedThroughTheListIsStored()
{
    CouncilsDialog dialog(m_context.get());
    dialog.show();
    auto* table = dialog.findChild<QTableWidget*>();
    QCOMPARE(table->rowCount(), 0);
    int councilsChanged = 0;
    connect(m_context.get(), &WorkContext::councilsChanged, this, [&] { ++councilsChanged; });
    answerNextForm("Eastbrook County Council", "ebc");
    dialog.addCouncil();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("EBC"));
    QCOMPARE(councilsChanged, 1);
    const QList<Council> stored = storedCouncils();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().name, QStringLiteral("Eastbrook County Council"));
    QVERIFY(m_presenter.errors.isEmpty());
}

void TestCouncilsDialog::duplicateCodeIsRefusedAndTheFormStaysOpen()
{
    CouncilsDialog dialog(m_context.get());
    dialog.show();
    answerNextForm("Eastbrook County Council", "EBC");
    dialog.addCouncil();
    answerNextForm("Another Council", "EBC");
    dialog.addCouncil();
    QCOMPARE(storedCouncils().size(), 1);
    QCOMPARE(m_presenter.errors.size(), 1);
    QVERIFY2(m_presenter.errors.first().contains("exists already"), qPrintable(m_presenter.errors.first()));
}

QTEST_MAIN(TestCouncilsDialog)
#include "tst_councilsdialog.moc"
