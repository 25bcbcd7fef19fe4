#include "CaseSeed.h"
#include "RecordingPresenter.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "UrlRecorder.h"
#include "cases/CaseWorkspace.h"
#include "cases/CasesPage.h"
#include "cases/StageMoveDialog.h"
#include "common/DateLineEdit.h"
#include "common/WorkContext.h"
#include "invitees/AdHocInviteeDialog.h"
#include "invitees/ContactPickerDialog.h"
#include "invitees/InviteeDetailsPanel.h"
#include "invitees/InviteeLetters.h"
#include "invitees/InviteesTab.h"
#include "itemmodels/ContactChoiceModel.h"
#include "itemmodels/InviteeContactNotesModel.h"
#include "itemmodels/InviteeListModel.h"
#include "shell/DatabaseSession.h"
#include "store/cases/ActivityRepository.h"
#include "store/cases/CaseDocumentRepository.h"
#include "store/directory/ConflictOfInterestRepository.h"
#include "store/directory/ContactRepository.h"
#include "store/directory/InviteeRepository.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The Invitees tab of a case: adding from the directory and ad hoc, editing
// status in the table, the rule checks appearing and going, removal after
// asking, consents and the contact log, the mediator and their independence,
// and letters.
class TestInviteesTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void addFromDirectoryAndWarningComesAndGoes();
    void addAdHocAndRemove();
    void consentsAndContactLog();
    void attendanceBasisEditor();
    void mediatorWithALinkIsWarnedAbout();
    void letterAsPdfAndText();
    void letterByEmail();
    void meetingHeldIsRefusedWithoutTheDecisionMaker();
    void everyFieldHasAnAccessibleName();
    void usualRoleFromTheDirectory();
    void familyIsOnTheListFromIntake();

private:
    InviteesTab* openTab();
    // The council's decision-maker on the case, a name in Greek script, not yet stored.
    Invitee decisionMaker() const;
    QList<Invitee> stored();
    void clickOk(QDialog* dialog);

    RecordingPresenter m_presenter;
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<WorkContext> m_context;
    std::unique_ptr<CasesPage> m_page;
    qint64 m_caseId = 0;
    qint64 m_councilId = 0;
    qint64 m_contactId = 0;
};

void TestInviteesTab::init()
{
    m_presenter.clear();
    MessagePresenter::install(&m_presenter);
    m_test = std::make_unique<TestDatabase>("sqlite");
    m_session = std::make_unique<DatabaseSession>();
    CG_VERIFY_OK(m_session->open(m_test->settings()));
    QSqlDatabase db = m_session->database()->connection();
    m_councilId = CaseSeed::addCouncil(db, "Northshire", "NOR");
    QVERIFY(m_councilId);
    const QDate today = QDate::currentDate();
    QString error;
    m_caseId = CaseSeed::addCase(
        db, CaseSeed::mediationReferral(m_councilId, "Noah", "Price", today.addDays(-3)), today, &error);
    QVERIFY2(m_caseId, qPrintable(error));
    // The tests below start from an empty list: the parent put there at intake
    // (familyIsOnTheListFromIntake) is taken off, as a caseworker could.
    {
        QSqlQuery clear(db);
        QVERIFY(clear.exec(QStringLiteral("DELETE FROM invitees WHERE case_id = %1").arg(m_caseId)));
    }
    Contact officer;
    officer.givenName = "Kwame";
    officer.familyName = "Achterberg";
    officer.jobTitle = "Head of SEND";
    officer.role = InviteeRole::CouncilDecisionMaker;
    officer.isDecisionMaker = true;
    officer.email = "kwame.achterberg@northshire.example";
    const StoreError added = ContactRepository(db).add(&officer);
    QVERIFY2(added.ok(), qPrintable(added.message()));
    m_contactId = officer.id;
    Contact other;
    other.givenName = "Priya";
    other.familyName = "Duffy";
    other.role = InviteeRole::SchoolRepresentative;
    CG_VERIFY_OK(ContactRepository(db).add(&other));
    m_context = std::make_unique<WorkContext>(m_session.get());
    m_page = std::make_unique<CasesPage>(m_context.get());
    m_page->resize(1300, 720);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestInviteesTab::cleanup()
{
    m_page.reset();
    m_context.reset();
    m_session.reset();
    m_test.reset();
    MessagePresenter::install(nullptr);
}

InviteesTab* TestInviteesTab::openTab()
{
    CaseWorkspace* workspace = m_page->openCase(m_caseId);
    if (!workspace)
        return nullptr;
    workspace->showTab(2);
    return workspace->invitees();
}

QList<Invitee> TestInviteesTab::stored()
{
    QList<Invitee> invitees;
    CG_EXPECT_OK(InviteeRepository(m_session->database()->connection()).listForCase(m_caseId, &invitees));
    return invitees;
}

void TestInviteesTab::clickOk(QDialog* dialog)
{
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void TestInviteesTab::addFromDirectoryAndWarningComesAndGoes()
{
    InviteesTab* tab = openTab();
    QVERIFY(tab);
    QVERIFY(tab->isVisible());
    // A mediation with nobody from the council: the rule says so, in words.
    QVERIFY2(tab->shownCheckFields().contains("invitees.council_decision_maker"),
             qPrintable(tab->shownChecks().join('\n')));
    QVERIFY(tab->shownChecks().join('\n').contains("Warning: Invite the council's decision-maker"));

    QPointer<ContactPickerDialog> picker = tab->beginAddFromDirectory();
    QVERIFY(QTest::qWaitForWindowExposed(picker));
    QCOMPARE(picker->model()->rowCount(), 2);
    picker->searchField()->setFocus();
    QTest::keyClicks(picker->searchField(), "achter");
    QTRY_COMPARE(picker->model()->rowCount(), 1); // after the typing pause
    QCOMPARE(picker->contactId(), std::optional<qint64>(m_contactId));
    clickOk(picker);
    QTRY_VERIFY(!picker);
    QVERIFY2(m_presenter.errors.isEmpty(), qPrintable(m_presenter.errors.join('\n')));
    QCOMPARE(tab->model()->rowCount(), 1);
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored().first().contactId, std::optional<qint64>(m_contactId));
    QCOMPARE(stored().first().role, InviteeRole::CouncilDecisionMaker);
    QCOMPARE(tab->selectedInvitee()->displayName, QString("Kwame Achterberg"));
    // Invited: the decision-maker check clears at once, before the letter goes out.
    QVERIFY2(!tab->shownCheckFields().contains("invitees.council_decision_maker"),
             qPrintable(tab->shownChecks().join('\n')));
    QVERIFY(tab->shownChecks().join('\n').contains("No problems found"));

    // The status is a visible control beside the list, for the selected invitee.
    QComboBox* status = tab->statusChoice();
    QVERIFY(status->isVisible());
    QVERIFY(status->isEnabled());
    QCOMPARE(status->currentText(), QString("To invite"));
    status->setCurrentIndex(status->findText("Invited"));
    emit status->activated(status->currentIndex());
    QTRY_COMPARE(stored().first().status, InviteeStatus::Invited);
    QCOMPARE(tab->model()->index(0, InviteeListModel::StatusColumn).data().toString(), QString("Invited"));

    // And still in the table, through its combo box.
    const QModelIndex inTable = tab->model()->index(0, InviteeListModel::StatusColumn);
    tab->view()->setCurrentIndex(inTable);
    tab->view()->edit(inTable);
    auto* combo = tab->view()->findChild<QComboBox*>();
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), QString("Invited"));
    combo->setCurrentIndex(combo->findText("Confirmed"));
    emit combo->activated(combo->currentIndex());
    QTRY_COMPARE(stored().first().status, InviteeStatus::Confirmed);
    QCOMPARE(status->currentText(), QString("Confirmed"));
    QVERIFY(tab->shownChecks().join('\n').contains("No problems found"));
    const QModelIndex status0 = tab->model()->index(0, InviteeListModel::StatusColumn);

    // Declined: the warning is back.
    QVERIFY(tab->model()->setData(status0,
                                  static_cast<int>(allInviteeStatuses().indexOf(InviteeStatus::Declined))));
    QCOMPARE(stored().first().status, InviteeStatus::Declined);
    QVERIFY(tab->shownCheckFields().contains("invitees.council_decision_maker"));
}

void TestInviteesTab::addAdHocAndRemove()
{
    InviteesTab* tab = openTab();
    QVERIFY(tab);
    QPointer<AdHocInviteeDialog> dialog = tab->beginAddAdHoc();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    clickOk(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->problem(), QString("Cannot add: Give the invitee's name."));
    QLineEdit* name = nullptr;
    QLineEdit* phone = nullptr;
    for (QLineEdit* edit : dialog->findChildren<QLineEdit*>()) {
        if (edit->accessibleName() == "Name")
            name = edit;
        else if (edit->accessibleName() == "Phone")
            phone = edit;
    }
    QVERIFY(name && phone);
    name->setFocus();
    QTest::keyClicks(name, "Grace Mensah");
    QTest::keyClicks(phone, "12345");
    clickOk(dialog);
    QVERIFY(dialog->isVisible()); // the store refuses the phone number; what was typed stays
    QVERIFY2(dialog->problem().startsWith("Cannot add: "), qPrintable(dialog->problem()));
    QCOMPARE(name->text(), QString("Grace Mensah"));
    phone->clear();
    QTest::keyClicks(phone, "07700 900123");
    clickOk(dialog);
    QTRY_VERIFY(!dialog);
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored().first().displayName, QString("Grace Mensah"));
    QCOMPARE(stored().first().role, InviteeRole::Supporter);
    QCOMPARE(stored().first().phone, QString("+447700900123"));
    QCOMPARE(tab->model()->data(tab->model()->index(0, InviteeListModel::RoleColumn)).toString(),
             QString("Supporter"));

    // Removal asks first; "no" keeps the invitee.
    tab->selectInvitee(stored().first().id);
    m_presenter.answer = false;
    QVERIFY(!tab->removeSelected());
    QCOMPARE(m_presenter.questions.size(), 1);
    QVERIFY(m_presenter.questions.first().contains("Remove Grace Mensah (Supporter)"));
    QCOMPARE(stored().size(), 1);
    m_presenter.answer = true;
    tab->window()->activateWindow();
    tab->view()->setFocus();
    QTRY_VERIFY(tab->view()->hasFocus());
    QTest::keyClick(tab->view(), Qt::Key_Delete);
    QCOMPARE(m_presenter.questions.size(), 2);
    QCOMPARE(stored().size(), 0);
    QCOMPARE(tab->model()->rowCount(), 0);
}

void TestInviteesTab::consentsAndContactLog()
{
    Invitee child;
    child.caseId = m_caseId;
    child.displayName = "Noah Price";
    child.role = InviteeRole::Child;
    child.status = InviteeStatus::Confirmed;
    CG_VERIFY_OK(InviteeRepository(m_session->database()->connection()).add(&child));
    InviteesTab* tab = openTab();
    QVERIFY(tab);
    QVERIFY2(tab->shownCheckFields().contains("invitees.consent"), qPrintable(tab->shownChecks().join('\n')));
    tab->selectInvitee(child.id);
    InviteeDetailsPanel* panel = tab->detailsPanel();
    QVERIFY(panel->isEnabled());
    const QDate today = QDate::currentDate();
    panel->parentConsent()->setDate(today.addDays(-2));
    panel->mediatorConsent()->setText("31/02/2026"); // not a date
    QVERIFY(!panel->saveConsents());
    QVERIFY(!stored().first().parentConsentDate.isValid());
    panel->mediatorConsent()->setDate(today.addDays(-1));
    QVERIFY(panel->saveConsents());
    QCOMPARE(stored().first().parentConsentDate, today.addDays(-2));
    QCOMPARE(stored().first().mediatorConsentDate, today.addDays(-1));
    QVERIFY2(!tab->shownCheckFields().contains("invitees.consent"),
             qPrintable(tab->shownChecks().join('\n')));
    QVERIFY(tab->model()
                ->data(tab->model()->index(0, InviteeListModel::ConsentColumn))
                .toString()
                .contains("parent"));

    // The contact log: empty notes are refused, a note is dated and kept.
    tab->selectInvitee(child.id);
    QVERIFY(!panel->addContactNote());
    panel->noteText()->setFocus();
    QTest::keyClicks(panel->noteText(), "Spoke with mum about Noah joining for the first half hour");
    QTest::keyClick(panel->noteText(), Qt::Key_Return);
    QCOMPARE(panel->notesModel()->rowCount(), 1);
    QCOMPARE(panel->notesModel()->notes().first().date, today);
    QVERIFY(panel->noteText()->text().isEmpty());
    QList<InviteeContactNote> notes;
    CG_VERIFY_OK(InviteeRepository(m_session->database()->connection()).contactNotes(child.id, &notes));
    QCOMPARE(notes.size(), 1);
}

void TestInviteesTab::mediatorWithALinkIsWarnedAbout()
{
    QSqlDatabase db = m_session->database()->connection();
    User mediator;
    mediator.username = "lucy.fairbairn";
    mediator.displayName = "Lucy Fairbairn";
    mediator.role = UserRole::Mediator;
    CG_VERIFY_OK(UserRepository(db).add(&mediator));
    User clear;
    clear.username = "tariq.haddad";
    clear.displayName = "Tariq Haddad";
    clear.role = UserRole::Mediator;
    CG_VERIFY_OK(UserRepository(db).add(&clear));
    ConflictOfInterest link;
    link.userId = mediator.id;
    link.councilId = m_councilId;
    link.nature = "Worked in its SEND team until 2024";
    CG_VERIFY_OK(ConflictOfInterestRepository(db).add(&link));

    InviteesTab* tab = openTab();
    QVERIFY(tab);
    QComboBox* choice = tab->mediatorChoice();
    QCOMPARE(choice->currentText(), QString("(none assigned)"));
    choice->setCurrentIndex(choice->findText("Lucy Fairbairn"));
    QVERIFY(tab->assignMediator(mediator.id));
    QCOMPARE(m_presenter.warnings.size(), 1);
    QVERIFY2(m_presenter.warnings.first().contains("Worked in its SEND team until 2024"),
             qPrintable(m_presenter.warnings.first()));
    // The workspace reloaded: the tab shows the mediator and the warning stays in sight.
    tab = m_page->openCase(m_caseId)->invitees();
    QCOMPARE(tab->mediatorChoice()->currentText(), QString("Lucy Fairbairn"));
    QVERIFY2(tab->shownCheckFields().contains("mediator.independence"),
             qPrintable(tab->shownChecks().join('\n')));
    QCOMPARE(m_page->openCase(m_caseId)->details().mediatorName, QString("Lucy Fairbairn"));

    // Someone the second mediator knows is invited: the tab says so at once.
    ConflictOfInterest knows;
    knows.userId = clear.id;
    knows.contactId = m_contactId;
    knows.nature = "Former colleague";
    CG_VERIFY_OK(ConflictOfInterestRepository(db).add(&knows));
    // Another mediator with no links: no warning.
    QVERIFY(tab->assignMediator(clear.id));
    QCOMPARE(m_presenter.warnings.size(), 1);
    tab = m_page->openCase(m_caseId)->invitees();
    QVERIFY(!tab->shownCheckFields().contains("mediator.independence"));
    QCOMPARE(tab->mediatorChoice()->currentText(), QString("Tariq Haddad"));
    QPointer<ContactPickerDialog> picker = tab->beginAddFromDirectory();
    QVERIFY(QTest::qWaitForWindowExposed(picker));
    picker->search("Kwame");
    QCOMPARE(picker->model()->rowCount(), 1);
    clickOk(picker);
    QTRY_VERIFY(!picker);
    QVERIFY2(tab->shownChecks().join('\n').contains("Former colleague"),
             qPrintable(tab->shownChecks().join('\n')));
    QPointer<ContactPickerDialog> none = tab->beginAddFromDirectory();
    none->search("zzzz");
    QCOMPARE(none->model()->rowCount(), 0);
    QVERIFY(!none->contactId());
    none->reject();
}

Invitee TestInviteesTab::decisionMaker() const
{
    Invitee officer;
    officer.caseId = m_caseId;
    officer.displayName = "Ελένη Παπαδοπούλου";
    officer.organisation = "Northshire Council";
    officer.role = InviteeRole::CouncilDecisionMaker;
    officer.status = InviteeStatus::Invited;
    return officer;
}

void TestInviteesTab::letterAsPdfAndText()
{
    Invitee officer = decisionMaker();
    CG_VERIFY_OK(InviteeRepository(m_session->database()->connection()).add(&officer));
    InviteesTab* tab = openTab();
    QVERIFY(tab);
    QVERIFY(!tab->letters()->copyLetterText()); // nobody chosen
    tab->selectInvitee(officer.id);
    QVERIFY(tab->letters()->copyLetterText());
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY2(text.contains("Dear Ελένη Παπαδοπούλου,"), qPrintable(text));
    QVERIFY(text.contains("The date and time are to be confirmed")); // no meeting booked
    QVERIFY(text.contains("You are invited as: Council decision-maker."));
    QTemporaryDir dir;
    const QString path = dir.filePath("letter.pdf");
    QVERIFY(tab->letters()->writeLetter(path));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QVERIFY(!tab->letters()->writeLetter("/nonexistent-folder/letter.pdf"));
    QCOMPARE(m_presenter.errors.size(), 1);
}

void TestInviteesTab::letterByEmail()
{
    Invitee officer = decisionMaker();
    CG_VERIFY_OK(InviteeRepository(m_session->database()->connection()).add(&officer));
    InviteesTab* tab = openTab();
    QVERIFY(tab);
    QVERIFY(!tab->letters()->emailLetter()); // nobody chosen
    tab->selectInvitee(officer.id);
    UrlRecorder mailProgram;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &mailProgram, "open");
    // No address: refused, saying what to do; nothing made.
    QVERIFY(!tab->letters()->emailLetter());
    QCOMPARE(m_presenter.errors.size(), 1);
    QVERIFY2(m_presenter.errors.first().contains("has no email address"),
             qPrintable(m_presenter.errors.first()));
    QVERIFY(mailProgram.opened.isEmpty());

    officer.email = "eleni@northshire.example";
    CG_VERIFY_OK(InviteeRepository(m_session->database()->connection()).update(officer));
    tab->reload();
    tab->selectInvitee(officer.id);
    // A confirmation needs a booked meeting.
    tab->letters()->letterKindChoice()->setCurrentIndex(
        tab->letters()->letterKindChoice()->findData(static_cast<int>(LetterKind::Confirmation)));
    QVERIFY(!tab->letters()->emailLetter());
    QVERIFY2(m_presenter.errors.last().contains("No meeting is booked yet"),
             qPrintable(m_presenter.errors.last()));
    tab->letters()->letterKindChoice()->setCurrentIndex(
        tab->letters()->letterKindChoice()->findData(static_cast<int>(LetterKind::Invitation)));
    QVERIFY(tab->letters()->emailLetter());
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(m_presenter.errors.size(), 2);
    QCOMPARE(mailProgram.opened.size(), 1);
    QFile draft(mailProgram.opened.first().toLocalFile());
    QVERIFY2(draft.fileName().contains("-invitation-") && draft.fileName().endsWith(".eml"),
             qPrintable(draft.fileName()));
    QVERIFY(draft.open(QIODevice::ReadOnly));
    const QByteArray eml = draft.readAll();
    QVERIFY(eml.contains("\r\nX-Unsent: 1\r\n"));
    QVERIFY(eml.contains("eleni@northshire.example"));
    QVERIFY(eml.contains("Content-Type: application/pdf"));
    QVERIFY(!eml.contains("text/calendar")); // no meeting booked: no calendar file
    // Filed on the case and on its timeline.
    QSqlDatabase db = m_session->database()->connection();
    QList<CaseDocument> documents;
    CG_VERIFY_OK(CaseDocumentRepository(db).listForCase(m_caseId, &documents));
    QCOMPARE(documents.size(), 1);
    QCOMPARE(documents.first().source, CaseDocument::Source::Generated);
    QList<Activity> timeline;
    CG_VERIFY_OK(ActivityRepository(db).listForCase(m_caseId, &timeline));
    QCOMPARE(timeline.first().kind, ActivityKind::Email);
    QVERIFY2(
        timeline.first().summary.startsWith("Email drafted with the invitation letter to Ελένη Παπαδοπούλου"),
        qPrintable(timeline.first().summary));
}

void TestInviteesTab::meetingHeldIsRefusedWithoutTheDecisionMaker()
{
    CaseRepository cases(m_session->database()->connection(), BankHolidayCalendar::shipped());
    const QDate today = QDate::currentDate();
    for (CaseStage stage :
         {CaseStage::InformationGiven, CaseStage::MediationRequested, CaseStage::MeetingArranged})
        CG_VERIFY_OK(cases.moveStage(m_caseId, {stage, today, {}}, today, std::nullopt));
    CaseWorkspace* workspace = m_page->openCase(m_caseId);
    QVERIFY(workspace);
    // What holding the meeting needs shows as needed first, not as a mere warning.
    QVERIFY2(workspace->invitees()->shownChecks().join('\n').contains(
                 "Needed first: The meeting cannot be marked held"),
             qPrintable(workspace->invitees()->shownChecks().join('\n')));
    QPointer<StageMoveDialog> dialog = workspace->beginStageMove(CaseStage::MeetingHeld);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    clickOk(dialog);
    QTRY_VERIFY(!m_presenter.errors.isEmpty());
    QVERIFY2(m_presenter.errors.first().contains("no council decision-maker with authority"),
             qPrintable(m_presenter.errors.first()));
    CaseDetails details;
    CG_VERIFY_OK(cases.load(m_caseId, &details));
    QCOMPARE(details.stage, CaseStage::MeetingArranged);
    if (dialog)
        dialog->reject();
}

void TestInviteesTab::everyFieldHasAnAccessibleName()
{
    InviteesTab* tab = openTab();
    QVERIFY(tab);
    for (QWidget* widget : tab->findChildren<QWidget*>()) {
        if (qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget) ||
            qobject_cast<QPushButton*>(widget) || qobject_cast<QTableView*>(widget))
            QVERIFY2(!widget->accessibleName().isEmpty() || !widget->isVisibleTo(tab),
                     qPrintable(widget->metaObject()->className() + QString(" ") + widget->objectName()));
    }
}

void TestInviteesTab::usualRoleFromTheDirectory()
{
    QSqlDatabase db = m_session->database()->connection();
    // As the directory often has them (the demo's too): marked a decision-maker, no role.
    Contact manager;
    manager.givenName = "Ruth";
    manager.familyName = "Okonedo";
    manager.jobTitle = "SEND Manager";
    manager.isDecisionMaker = true;
    CG_VERIFY_OK(ContactRepository(db).add(&manager));
    // And someone the directory gives no usual role at all.
    Contact nobody;
    nobody.givenName = "Tomasz";
    nobody.familyName = "Wilk";
    CG_VERIFY_OK(ContactRepository(db).add(&nobody));

    InviteesTab* tab = openTab();
    QVERIFY(tab);
    QPointer<ContactPickerDialog> picker = tab->beginAddFromDirectory();
    QVERIFY(QTest::qWaitForWindowExposed(picker));
    picker->search("Okonedo");
    QCOMPARE(picker->model()->rowCount(), 1);
    QCOMPARE(picker->role(), std::nullopt); // "their usual role"
    QCOMPARE(picker->model()->index(0, ContactChoiceModel::RoleColumn).data().toString(),
             QString("Decision-maker"));
    auto* roleBox = picker->findChild<QComboBox*>();
    QVERIFY(roleBox);
    QCOMPARE(roleBox->itemText(0), QString("Their usual role (Council decision-maker)"));
    clickOk(picker);
    QTRY_VERIFY(!picker);
    QVERIFY2(m_presenter.errors.isEmpty(), qPrintable(m_presenter.errors.join('\n')));
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored().first().contactId, std::optional<qint64>(manager.id));
    QCOMPARE(stored().first().role, InviteeRole::CouncilDecisionMaker);
    QVERIFY(!tab->shownCheckFields().contains("invitees.council_decision_maker"));

    // No usual role: the picker says so and stays open until a role is chosen.
    picker = tab->beginAddFromDirectory();
    QVERIFY(QTest::qWaitForWindowExposed(picker));
    picker->search("Wilk");
    QCOMPARE(picker->model()->rowCount(), 1);
    clickOk(picker);
    QVERIFY(picker);
    QVERIFY(picker->isVisible());
    QVERIFY2(picker->shownProblem().contains("gives Tomasz Wilk no usual role"),
             qPrintable(picker->shownProblem()));
    QVERIFY(m_presenter.errors.isEmpty());
    QCOMPARE(stored().size(), 1);
    picker->setRole(InviteeRole::Interpreter);
    clickOk(picker);
    QTRY_VERIFY(!picker);
    QCOMPARE(stored().size(), 2);
    QCOMPARE(stored().last().role, InviteeRole::Interpreter);
    QVERIFY(m_presenter.errors.isEmpty());
}

void TestInviteesTab::familyIsOnTheListFromIntake()
{
    QSqlDatabase db = m_session->database()->connection();
    const QDate today = QDate::currentDate();
    QString error;
    // A parent's referral: the parent, to be invited.
    const qint64 parentCase = CaseSeed::addCase(
        db, CaseSeed::mediationReferral(m_councilId, "Ava", "Lindqvist", today.addDays(-2)), today, &error);
    QVERIFY2(parentCase, qPrintable(error));
    QList<Invitee> invitees;
    CG_VERIFY_OK(InviteeRepository(db).listForCase(parentCase, &invitees));
    QCOMPARE(invitees.size(), 1);
    QCOMPARE(invitees.first().displayName, QString("Jo Lindqvist"));
    QCOMPARE(invitees.first().role, InviteeRole::ParentCarer);
    QCOMPARE(invitees.first().status, InviteeStatus::ToInvite);
    QVERIFY(invitees.first().personId.has_value());
    // A young person's own referral: the young person.
    Referral own = CaseSeed::mediationReferral(m_councilId, "Kai", "Brennan", today.addDays(-2));
    own.referrerKind = ReferrerKind::YoungPerson;
    own.child.dateOfBirth = today.addYears(-17);
    own.parent = {};
    const qint64 youngCase = CaseSeed::addCase(db, own, today, &error);
    QVERIFY2(youngCase, qPrintable(error));
    CG_VERIFY_OK(InviteeRepository(db).listForCase(youngCase, &invitees));
    QCOMPARE(invitees.size(), 1);
    QCOMPARE(invitees.first().displayName, QString("Kai Brennan"));
    QCOMPARE(invitees.first().role, InviteeRole::YoungPerson);

    // A case taken before this version (as the upgrade leaves it): the parent
    // is added when its Invitees tab first opens, and only then.
    {
        QSqlQuery older(db);
        QVERIFY(older.exec(QStringLiteral("DELETE FROM invitees WHERE case_id = %1").arg(parentCase)));
        QVERIFY(
            older.exec(QStringLiteral("UPDATE cases SET family_invited = 0 WHERE id = %1").arg(parentCase)));
    }
    CaseWorkspace* workspace = m_page->openCase(parentCase);
    QVERIFY(workspace);
    workspace->showTab(2);
    InviteesTab* tab = workspace->invitees();
    QCOMPARE(tab->model()->rowCount(), 1);
    QCOMPARE(tab->model()->invitees().first().displayName, QString("Jo Lindqvist"));
    QVERIFY(m_presenter.errors.isEmpty());
    // Taken off the list, the parent stays off.
    tab->selectInvitee(tab->model()->invitees().first().id);
    m_presenter.answer = true;
    QVERIFY(tab->removeSelected());
    QCOMPARE(tab->model()->rowCount(), 0);
    tab = m_page->openCase(parentCase)->invitees();
    tab->reload();
    QCOMPARE(tab->model()->rowCount(), 0);
    CG_VERIFY_OK(InviteeRepository(db).listForCase(parentCase, &invitees));
    QVERIFY(invitees.isEmpty());
}

// Reg 38: the basis each invitee attends on is shown and edited in the
// details panel; a second supporter is refused with the reason, and anyone
// else's consent (here the mediator's) clears the check.
void TestInviteesTab::attendanceBasisEditor()
{
    QSqlDatabase db = m_session->database()->connection();
    Invitee supporter;
    supporter.caseId = m_caseId;
    supporter.displayName = "Grace Mensah";
    supporter.role = InviteeRole::Supporter;
    supporter.status = InviteeStatus::Confirmed;
    CG_VERIFY_OK(InviteeRepository(db).add(&supporter));
    Invitee advocate;
    advocate.caseId = m_caseId;
    advocate.displayName = "Tobi Adeyemi";
    advocate.role = InviteeRole::Advocate;
    advocate.status = InviteeStatus::Confirmed;
    CG_VERIFY_OK(InviteeRepository(db).add(&advocate));
    InviteesTab* tab = openTab();
    QVERIFY(tab);
    QVERIFY2(tab->shownCheckFields().contains("invitees.consent"), qPrintable(tab->shownChecks().join('\n')));
    InviteeDetailsPanel* panel = tab->detailsPanel();
    QComboBox* basis = panel->basisChoice();

    tab->selectInvitee(supporter.id);
    QCOMPARE(basis->currentData().toString(), QString("supporter"));
    tab->selectInvitee(advocate.id);
    QCOMPARE(basis->currentData().toString(), QString("other"));
    QCOMPARE(basis->currentText(), QString("Anyone else (with consent)"));
    QLabel* needs = nullptr;
    for (QLabel* label : panel->findChildren<QLabel*>()) {
        if (label->accessibleName() == "What this basis needs")
            needs = label;
    }
    QVERIFY(needs);
    QVERIFY2(needs->text().contains("mediator's"), qPrintable(needs->text()));

    // A second supporter: refused, the reason shown, nothing saved.
    basis->setCurrentIndex(basis->findData("supporter"));
    QVERIFY2(needs->text().contains("Only one"), qPrintable(needs->text()));
    QVERIFY(!panel->saveConsents());
    QLabel* problem = nullptr;
    for (QLabel* label : panel->findChildren<QLabel*>()) {
        if (label->accessibleName() == "Problem")
            problem = label;
    }
    QVERIFY(problem && problem->isVisible());
    QVERIFY2(problem->text().contains("Grace Mensah is already the family's supporter"),
             qPrintable(problem->text()));
    QCOMPARE(stored().last().basis, std::optional<AttendanceBasis>(AttendanceBasis::Other));

    // Anyone else, with the mediator's consent (the parties did not agree).
    basis->setCurrentIndex(basis->findData("other"));
    panel->mediatorConsent()->setDate(QDate::currentDate().addDays(-1));
    QVERIFY(panel->saveConsents());
    QCOMPARE(stored().last().basis, std::optional<AttendanceBasis>(AttendanceBasis::Other));
    QCOMPARE(stored().last().mediatorConsentDate, QDate::currentDate().addDays(-1));
    QVERIFY2(!tab->shownCheckFields().contains("invitees.consent"),
             qPrintable(tab->shownChecks().join('\n')));
    // The choice is kept when the list reloads.
    tab->selectInvitee(supporter.id);
    tab->selectInvitee(advocate.id);
    QCOMPARE(basis->currentData().toString(), QString("other"));
}

QTEST_MAIN(TestInviteesTab)
#include "tst_inviteestab.moc"
