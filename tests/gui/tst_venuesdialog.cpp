#include "CaseSeed.h"
#include "RecordingPresenter.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "common/WorkContext.h"
#include "dashboard/FirstRunChecklist.h"
#include "settings/BankHolidaysDialog.h"
#include "settings/LetterTemplatesDialog.h"
#include "settings/OfficeHoursDialog.h"
#include "settings/ProviderDialog.h"
#include "settings/VenueDialog.h"
#include "settings/VenuesDialog.h"
#include "shell/DatabaseSession.h"
#include "store/access/UserRepository.h"
#include "store/infrastructure/Database.h"
#include "store/meetings/MeetingRepository.h"
#include "store/meetings/VenueRepository.h"
#include "store/settings/SettingsRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>

// The office's settings kept from the desktop program: the venue directory,
// the provider's details, the office hours, the bank holidays, and the
// first-run checklist an administrator sees on the dashboard (issue 17 point 5).
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
    void providerIsCheckedSavedAndTakesALogo();
    void letterTemplateRefusesAnUnknownPlaceholderAndPreviewsAsTyped();
    void officeHoursMustEndAfterTheyStart();
    void bankHolidaysImportMergesAndABadFileChangesNothing();
    void checklistShowsAnAdministratorWhatIsLeft();

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

namespace {
template <typename Edit> Edit* named(QWidget* parent, const QString& accessibleName)
{
    for (Edit* edit : parent->findChildren<Edit*>()) {
        if (edit->accessibleName() == accessibleName)
            return edit;
    }
    return nullptr;
}
} // namespace

void TestVenuesDialog::providerIsCheckedSavedAndTakesALogo()
{
    ProviderDialog dialog(m_context.get());
    QVERIFY(dialog.isUsable());
    dialog.show();
    named<QLineEdit>(&dialog, "Provider name")->setText("Westvale Mediation Service");
    named<QPlainTextEdit>(&dialog, "Provider address")->setPlainText("2 Quay Street\nWestvale WV1 3AB");
    named<QLineEdit>(&dialog, "Provider phone")->setText("020 7946 0000");
    named<QLineEdit>(&dialog, "Provider email")->setText("not an address");
    named<QLineEdit>(&dialog, "Certificate number prefix")->setText("wv1");
    // Part 2 is the mediator's unless the provider says otherwise.
    QCOMPARE(dialog.part2IssuedAs(), IssuingCapacity::Mediator);
    auto* part2 = named<QComboBox>(&dialog, "Part 2 certificates are issued by");
    part2->setCurrentIndex(part2->findText(issuingCapacityTitle(IssuingCapacity::MediationAdviser)));
    QCOMPARE(dialog.part2IssuedAs(), IssuingCapacity::MediationAdviser);
    auto* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    save->click();
    // Refused with what to fix; nothing stored, the form keeps what was typed.
    QVERIFY2(dialog.shownProblem().contains("Email: "), qPrintable(dialog.shownProblem()));
    QVERIFY(dialog.isVisible());
    ProviderDetails stored;
    CG_VERIFY_OK(SettingsRepository(m_context->database()).provider(&stored));
    QCOMPARE(stored.name, QString());
    // Saved together or not at all: the good prefix and office were not kept either.
    QString prefix;
    CG_VERIFY_OK(SettingsRepository(m_context->database()).certificatePrefix(&prefix));
    QCOMPARE(prefix, QStringLiteral("CG"));
    IssuingCapacity office = IssuingCapacity::MediationAdviser;
    CG_VERIFY_OK(SettingsRepository(m_context->database()).part2IssuedAs(&office));
    QCOMPARE(office, IssuingCapacity::Mediator);
    QCOMPARE(named<QLineEdit>(&dialog, "Provider name")->text(),
             QStringLiteral("Westvale Mediation Service"));

    // A logo of any size is kept as a PNG no larger than the limit.
    QTemporaryDir dir;
    QImage wide(1200, 300, QImage::Format_RGB32);
    wide.fill(Qt::darkCyan);
    QVERIFY(wide.save(dir.filePath("logo.jpg")));
    QString problem;
    QVERIFY2(dialog.setLogoFile(dir.filePath("logo.jpg"), &problem), qPrintable(problem));
    QFile notAnImage(dir.filePath("notes.png"));
    QVERIFY(notAnImage.open(QIODevice::WriteOnly));
    notAnImage.write("plain text");
    notAnImage.close();
    QVERIFY(!dialog.setLogoFile(notAnImage.fileName(), &problem));
    QVERIFY2(problem.contains("not an image"), qPrintable(problem));

    named<QLineEdit>(&dialog, "Provider email")->setText("Office@Westvale-Mediation.example");
    save->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    CG_VERIFY_OK(SettingsRepository(m_context->database()).provider(&stored));
    QCOMPARE(stored.name, QStringLiteral("Westvale Mediation Service"));
    QCOMPARE(stored.address, QStringLiteral("2 Quay Street\nWestvale WV1 3AB"));
    QVERIFY(!stored.email.isEmpty());
    QImage logo;
    QVERIFY(logo.loadFromData(stored.logoPng, "PNG"));
    QCOMPARE(logo.size(), QSize(ProviderDialog::kLogoMaxPixels, ProviderDialog::kLogoMaxPixels / 4));
    CG_VERIFY_OK(SettingsRepository(m_context->database()).certificatePrefix(&prefix));
    QCOMPARE(prefix, QStringLiteral("WV1"));
    CG_VERIFY_OK(SettingsRepository(m_context->database()).part2IssuedAs(&office));
    QCOMPARE(office, IssuingCapacity::MediationAdviser);
}

void TestVenuesDialog::letterTemplateRefusesAnUnknownPlaceholderAndPreviewsAsTyped()
{
    ProviderDetails provider;
    provider.name = QStringLiteral("Westvale Mediation Service");
    provider.phone = QStringLiteral("020 7946 0000");
    CG_VERIFY_OK(SettingsRepository(m_context->database()).setProvider(provider));
    LetterTemplatesDialog dialog(m_context.get());
    dialog.show();
    QCOMPARE(dialog.shownKind(), LetterKind::Invitation);
    // The standard wording, shown as a sample case's letter under the letterhead.
    QCOMPARE(dialog.bodyEdit()->toPlainText(), LetterTemplate::standard(LetterKind::Invitation).body);
    QVERIFY2(dialog.previewText().contains("Westvale Mediation Service"), qPrintable(dialog.previewText()));
    QVERIFY(dialog.previewText().contains("You are invited to a mediation meeting"));
    QVERIFY(dialog.shownProblem().isEmpty());

    // The preview follows the text as it is typed, placeholders filled.
    dialog.bodyEdit()->setPlainText(QString());
    QTest::keyClicks(dialog.bodyEdit(), "Dear {invitee_name}, about {child_name}: ");
    dialog.insertPlaceholder(QStringLiteral("meeting_date"));
    QVERIFY2(dialog.previewText().contains("Dear Priya Shah, about Noah Bennett: "),
             qPrintable(dialog.previewText()));
    QVERIFY(!dialog.previewText().contains("{meeting_date}"));
    QVERIFY(dialog.bodyEdit()->toPlainText().endsWith("{meeting_date}"));

    // An unknown placeholder (and a stray brace) is refused on Save, named; nothing is stored.
    QTest::keyClicks(dialog.bodyEdit(), " {shoe_size} and {oops");
    auto* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    save->click();
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.shownProblem().contains("{shoe_size}"), qPrintable(dialog.shownProblem()));
    QVERIFY2(dialog.shownProblem().contains("brace"), qPrintable(dialog.shownProblem()));
    LetterTemplate stored;
    CG_VERIFY_OK(SettingsRepository(m_context->database()).letterTemplate(LetterKind::Invitation, &stored));
    QCOMPARE(stored.body, LetterTemplate::standard(LetterKind::Invitation).body);

    // Another kind keeps what was typed in this one; its own list of placeholders.
    dialog.showKind(LetterKind::Confirmation);
    QVERIFY(dialog.bodyEdit()->toPlainText().contains("{attendees}"));
    QVERIFY2(
        dialog.previewText().contains("Who will be there: Jo Mercer (mediator), Emma Bennett, Priya Shah."),
        qPrintable(dialog.previewText()));
    dialog.subjectEdit()->setText("Your meeting on {meeting_date}");
    dialog.showKind(LetterKind::Invitation);
    QVERIFY(dialog.bodyEdit()->toPlainText().contains("{shoe_size}"));

    // Fixed, both kinds save together.
    dialog.bodyEdit()->setPlainText(
        "Dear {{ invitee_name }},\n\nSee you on {meeting_date}.\n\n{sender_name}\n");
    save->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    CG_VERIFY_OK(SettingsRepository(m_context->database()).letterTemplate(LetterKind::Invitation, &stored));
    QCOMPARE(stored.body,
             QStringLiteral("Dear {{ invitee_name }},\n\nSee you on {meeting_date}.\n\n{sender_name}\n"));
    CG_VERIFY_OK(SettingsRepository(m_context->database()).letterTemplate(LetterKind::Confirmation, &stored));
    QCOMPARE(stored.subject, QStringLiteral("Your meeting on {meeting_date}"));

    // Restore Default puts the standard wording back in the fields.
    LetterTemplatesDialog again(m_context.get());
    QVERIFY(again.bodyEdit()->toPlainText().startsWith("Dear {{ invitee_name }}"));
    again.restoreDefault();
    QCOMPARE(again.bodyEdit()->toPlainText(), LetterTemplate::standard(LetterKind::Invitation).body);
}

void TestVenuesDialog::officeHoursMustEndAfterTheyStart()
{
    OfficeHoursDialog dialog(m_context.get());
    dialog.show();
    QCOMPARE(dialog.hours().start, QTime(9, 0)); // the default until changed
    dialog.setHours({QTime(17, 0), QTime(8, 30)});
    auto* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    save->click();
    QVERIFY2(dialog.shownProblem().endsWith("Office hours must end after they start."),
             qPrintable(dialog.shownProblem()));
    dialog.setHours({QTime(8, 30), QTime(17, 30)});
    save->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    OfficeHours stored;
    CG_VERIFY_OK(MeetingRepository(m_context->database(), m_context->calendar()).officeHours(&stored));
    QCOMPARE(stored.start, QTime(8, 30));
    QCOMPARE(stored.end, QTime(17, 30));

    // Another desk changed them after this one opened: refused, naming the change, reload offered.
    OfficeHoursDialog late(m_context.get());
    CG_VERIFY_OK(MeetingRepository(m_context->database(), m_context->calendar())
                     .setOfficeHours({QTime(9, 0), QTime(16, 0)}));
    late.setHours({QTime(7, 0), QTime(19, 0)});
    m_presenter.answer = false; // keep what was typed
    late.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    QCOMPARE(m_presenter.questions.size(), 1);
    CG_VERIFY_OK(MeetingRepository(m_context->database(), m_context->calendar()).officeHours(&stored));
    QCOMPARE(stored.end, QTime(16, 0));
    QCOMPARE(late.hours().end, QTime(19, 0));
}

void TestVenuesDialog::bankHolidaysImportMergesAndABadFileChangesNothing()
{
    BankHolidaysDialog dialog(m_context.get());
    QVERIFY2(dialog.coverageText().startsWith("The calendar covers "), qPrintable(dialog.coverageText()));
    QTemporaryDir dir;
    QFile bad(dir.filePath("bad.json"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"england-and-wales\": ");
    bad.close();
    QString problem;
    QVERIFY(!dialog.importFile(bad.fileName(), &problem));
    QVERIFY2(problem.contains("was not imported"), qPrintable(problem));
    QCOMPARE(m_context->calendar().holidayOn(QDate(2040, 3, 14)), QString());

    // One day of 2040: merged in, the rest of 2040 still worked out and provisional.
    QFile one(dir.filePath("bank-holidays.json"));
    QVERIFY(one.open(QIODevice::WriteOnly));
    one.write(R"({"england-and-wales": {"division": "england-and-wales", "events": [)"
              R"({"title": "Office closure day", "date": "2040-03-14", "notes": "", "bunting": false}]}})");
    one.close();
    QVERIFY2(dialog.importFile(one.fileName(), &problem), qPrintable(problem));
    QVERIFY2(problem.contains("2040"), qPrintable(problem));
    // Every screen counts on it now.
    QCOMPARE(m_context->calendar().holidayOn(QDate(2040, 3, 14)), QStringLiteral("Office closure day"));
    dialog.showYear(2040);
    bool listed = false;
    for (int row = 0; row < dialog.table()->rowCount(); ++row)
        listed = listed || dialog.table()->item(row, 1)->text() == QStringLiteral("Office closure day");
    QVERIFY(listed);
}

void TestVenuesDialog::checklistShowsAnAdministratorWhatIsLeft()
{
    QSqlDatabase db = m_context->database();
    User admin;
    admin.username = QStringLiteral("priya.venn");
    admin.displayName = QStringLiteral("Priya Venn");
    admin.role = UserRole::Administrator;
    CG_VERIFY_OK(UserRepository(db).add(&admin));
    const QString acting = TestDatabase::actAs(db, QStringLiteral("priya.venn"));
    QVERIFY2(acting.isEmpty(), qPrintable(acting));
    QWidget dashboard; // as on the dashboard: shown with it unless it hides itself
    auto& checklist = *new FirstRunChecklist(m_context.get(), &dashboard);
    dashboard.show();
    QVERIFY(!checklist.isVisible()); // nobody signed in
    m_context->setSignedInUser(admin);
    QVERIFY(checklist.isVisible());
    for (FirstRunChecklist::Step step : FirstRunChecklist::steps())
        QVERIFY(!checklist.isDone(step));

    // Each step done is ticked; the list goes when the last is.
    QVERIFY(CaseSeed::addCouncil(db, "Northshire", "NOR"));
    ProviderDetails provider;
    provider.name = QStringLiteral("Westvale Mediation Service");
    CG_VERIFY_OK(SettingsRepository(db).setProvider(provider));
    m_context->notifyCouncilsChanged();
    QVERIFY(checklist.isDone(FirstRunChecklist::Step::Councils));
    QVERIFY(checklist.isDone(FirstRunChecklist::Step::Provider));
    QVERIFY(!checklist.isDone(FirstRunChecklist::Step::Venues));
    QVERIFY(checklist.isVisible());
    // A caseworker never sees it.
    User caseworker;
    caseworker.username = QStringLiteral("sam.okafor");
    caseworker.displayName = QStringLiteral("Sam Okafor");
    caseworker.role = UserRole::Caseworker;
    m_context->setSignedInUser(caseworker);
    QVERIFY(!checklist.isVisible());
    m_context->setSignedInUser(admin);
    QVERIFY(checklist.isVisible());

    Venue hall;
    hall.name = QStringLiteral("Northmoor Community Hall");
    hall.address = QStringLiteral("1 Mill Lane, Northmoor");
    CG_VERIFY_OK(VenueRepository(db).add(&hall));
    CG_VERIFY_OK(UserRepository(db).add(&caseworker));
    checklist.refresh();
    QVERIFY(checklist.isDone(FirstRunChecklist::Step::Venues));
    QVERIFY(checklist.isDone(FirstRunChecklist::Step::Users));
    QVERIFY(!checklist.isVisible());
}

QTEST_MAIN(TestVenuesDialog)
#include "tst_venuesdialog.moc"
