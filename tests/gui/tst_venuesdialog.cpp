#include "RecordingPresenter.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "common/WorkContext.h"
#include "settings/VenueDialog.h"
#include "settings/VenuesDialog.h"
#include "shell/DatabaseSession.h"
#include "store/infrastructure/Database.h"
#include "store/meetings/VenueRepository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

// The venue directory, kept from the desktop program.
class TestVenuesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void venueAddedIsStoredAndListed();
    void refusedVenueSaysWhyAndKeepsWhatWasTyped();
    void anotherDesksSaveIsOfferedToReload();

private:
    QList<Venue> storedVenues();

    RecordingPresenter m_presenter;
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<WorkContext> m_context;
};

void TestVenuesDialog::init()
{
    m_presenter.clear();
    MessagePresenter::install(&m_presenter);
    m_test = std::make_unique<TestDatabase>("sqlite");
    m_session = std::make_unique<DatabaseSession>();
    CG_VERIFY_OK(m_session->open(m_test->settings()));
    m_context = std::make_unique<WorkContext>(m_session.get());
}

void TestVenuesDialog::cleanup()
{
    m_context.reset();
    m_session.reset();
    m_test.reset();
    MessagePresenter::install(nullptr);
}

QList<Venue> TestVenuesDialog::storedVenues()
{
    QList<Venue> venues;
    CG_EXPECT_OK(VenueRepository(m_context->database()).list(&venues));
    return venues;
}

void TestVenuesDialog::venueAddedIsStoredAndListed()
{
    VenuesDialog dialog(m_context.get());
    dialog.show();
    auto* table = dialog.findChild<QTableWidget*>();
    QCOMPARE(table->rowCount(), 0);
    QTimer::singleShot(0, this, [] {
        auto* form = qobject_cast<VenueDialog*>(QApplication::activeModalWidget());
        QVERIFY(form);
        form->findChild<QLineEdit*>("name")->setText("Brackenholt Community Centre");
        form->findChild<QLineEdit*>("address")->setText("4 Mill Lane, Westvale");
        form->findChild<QLineEdit*>("postcode")->setText("WV2 6RT");
        form->findChild<QPlainTextEdit*>("access")->setPlainText("Step-free entrance; hearing loop");
        form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    });
    dialog.addVenue();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Brackenholt Community Centre"));
    const QList<Venue> stored = storedVenues();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().accessibilityNotes, QStringLiteral("Step-free entrance; hearing loop"));
}

void TestVenuesDialog::refusedVenueSaysWhyAndKeepsWhatWasTyped()
{
    VenuesDialog dialog(m_context.get());
    dialog.show();
    QString shown;
    QString keptName;
    QTimer::singleShot(0, this, [&] {
        auto* form = qobject_cast<VenueDialog*>(QApplication::activeModalWidget());
        QVERIFY(form);
        form->findChild<QLineEdit*>("name")->setText("Riverside Library");
        form->findChild<QLineEdit*>("postcode")->setText("NOT A POSTCODE");
        form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        // Refused (no address): the form is still open, saying why.
        QTimer::singleShot(0, form, [&, form] {
            shown = form->shownProblem();
            keptName = form->findChild<QLineEdit*>("name")->text();
            form->findChild<QLineEdit*>("address")->setText("1 High Street, Northmoor");
            form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
            // Refused again (the postcode); then given up.
            QTimer::singleShot(0, form, [&, form] {
                shown += QLatin1Char('|') + form->shownProblem();
                m_presenter.answer = true; // yes, discard what was typed
                form->reject();
            });
        });
    });
    dialog.addVenue();
    QVERIFY2(shown.contains("address"), qPrintable(shown));
    QVERIFY2(shown.section('|', 1).contains("postcode", Qt::CaseInsensitive), qPrintable(shown));
    QCOMPARE(keptName, QStringLiteral("Riverside Library"));
    QVERIFY(storedVenues().isEmpty());
}

void TestVenuesDialog::anotherDesksSaveIsOfferedToReload()
{
    // Issue 18 point 6: a save over another desk's newer change is refused,
    // saying so, and the form offers to show what that desk saved.
    Venue hall;
    hall.name = QStringLiteral("Northmoor Community Hall");
    hall.address = QStringLiteral("1 Mill Lane, Northmoor");
    CG_VERIFY_OK(VenueRepository(m_context->database()).add(&hall));
    VenuesDialog dialog(m_context.get());
    dialog.show();
    dialog.findChild<QTableWidget*>()->selectRow(0);
    QString shownAfterReload;
    QString storedBeforeReload;
    QTimer::singleShot(0, this, [&] {
        auto* form = qobject_cast<VenueDialog*>(QApplication::activeModalWidget());
        QVERIFY(form);
        // Another desk, on a connection of its own, saves the venue first.
        {
            Database other(m_test->settings());
            CG_VERIFY_OK(other.open());
            Venue theirs;
            CG_VERIFY_OK(VenueRepository(other.connection()).find(hall.id, &theirs));
            theirs.accessibilityNotes = QStringLiteral("Lift out of order until March");
            CG_VERIFY_OK(VenueRepository(other.connection()).update(theirs));
        }
        form->findChild<QPlainTextEdit*>("access")->setPlainText("Step-free entrance");
        m_presenter.answer = true; // yes, reload
        form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        // Refused and reloaded: the form shows the other desk's save, and saves over it now.
        QTimer::singleShot(0, form, [&, form] {
            shownAfterReload = form->findChild<QPlainTextEdit*>("access")->toPlainText();
            Venue stored;
            CG_VERIFY_OK(VenueRepository(m_context->database()).find(hall.id, &stored));
            storedBeforeReload = stored.accessibilityNotes;
            form->findChild<QPlainTextEdit*>("access")->setPlainText("Step-free entrance; lift out of order");
            form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        });
    });
    dialog.editSelected();
    QCOMPARE(m_presenter.questions.size(), 1);
    QVERIFY2(m_presenter.questions.first().contains(QStringLiteral("changed this venue")),
             qPrintable(m_presenter.questions.first()));
    QVERIFY2(m_presenter.questions.first().contains(QStringLiteral("Reload")),
             qPrintable(m_presenter.questions.first()));
    QCOMPARE(storedBeforeReload, QStringLiteral("Lift out of order until March"));
    QCOMPARE(shownAfterReload, QStringLiteral("Lift out of order until March"));
    QCOMPARE(storedVenues().first().accessibilityNotes,
             QStringLiteral("Step-free entrance; lift out of order"));
}

QTEST_MAIN(TestVenuesDialog)
#include "tst_venuesdialog.moc"
