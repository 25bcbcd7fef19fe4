#include "CaseSeed.h"
#include "RecordingPresenter.h"
#include "ScriptedFileChooser.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "common/FieldMessage.h"
#include "common/WorkContext.h"
#include "contacts/ContactDialog.h"
#include "contacts/ContactsPage.h"
#include "contacts/CsvImportDialog.h"
#include "contacts/DuplicatesDialog.h"
#include "contacts/OrganisationDialog.h"
#include "itemmodels/ContactListModel.h"
#include "itemmodels/OrganisationListModel.h"
#include "platform/PrivateFile.h"
#include "shell/DatabaseSession.h"
#include "store/directory/ContactRepository.h"
#include "store/directory/OrganisationRepository.h"
#include "store/infrastructure/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>

// The Contacts screen driven as a caseworker would. Every name, number and
// address is synthetic (Ofcom's drama ranges, example.org).
namespace {
const QByteArray kHeader =
    "organisation,organisation_kind,council,given_name,family_name,job_title,role,phone,"
    "email,postcode,decision_maker\n";
} // namespace

class TestContactsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void searchNarrowsThePeople();
    void kindFilterAndOrganisationNarrowThePeople();
    void councilShowsItsSendiassAndDecisionMakers();
    void badPhoneShowsWhatToFixAndSavesNothing();
    void badPostcodeKeepsTheOrganisationUnsaved();
    void goodCsvIsImportedThroughThePreview();
    void badCsvShowsEveryLineAndImportsNothing();
    void cancelledFileChoiceOpensNothing();
    void exportWritesTheDirectory();
    void exportOnAFullDiskSaysSo();
    void duplicatesAreFlaggedAndMerged();
    void removingAsksFirst();
    void enterEditsThePerson();

private:
    QSqlDatabase db() const { return m_session->database()->connection(); }
    int contactCount() const;
    void type(QWidget* dialog, const char* field, const QString& text);
    QString writeFile(const QString& name, const QByteArray& content);

    RecordingPresenter m_presenter;
    ScriptedFileChooser m_chooser;
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<QTemporaryDir> m_files;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<WorkContext> m_context;
    std::unique_ptr<ContactsPage> m_page;
    qint64 m_council = 0;
    qint64 m_sendTeam = 0;
    qint64 m_school = 0;
};

void TestContactsPage::init()
{
    m_presenter.clear();
    m_chooser = ScriptedFileChooser();
    MessagePresenter::install(&m_presenter);
    FileChooser::install(&m_chooser);
    m_test = std::make_unique<TestDatabase>("sqlite");
    m_files = std::make_unique<QTemporaryDir>();
    m_session = std::make_unique<DatabaseSession>();
    CG_VERIFY_OK(m_session->open(m_test->settings()));
    m_council = CaseSeed::addCouncil(db(), "Northmoor Borough Council", "NMB");
    QVERIFY(m_council);
    OrganisationRepository organisations(db());
    Organisation team;
    team.name = "Northmoor SEND Team";
    team.kind = OrganisationKind::CouncilSend;
    team.councilId = m_council;
    Organisation sendiass;
    sendiass.name = "Northmoor SENDIASS";
    sendiass.kind = OrganisationKind::Sendiass;
    sendiass.councilId = m_council;
    sendiass.phone = "0113 496 0500";
    Organisation school;
    school.name = "Larkfield Primary School";
    school.kind = OrganisationKind::School;
    for (Organisation* organisation : {&team, &sendiass, &school})
        CG_VERIFY_OK(organisations.add(organisation));
    m_sendTeam = team.id;
    m_school = school.id;
    ContactRepository contacts(db());
    const struct
    {
        qint64 organisation;
        const char* given;
        const char* family;
        const char* job;
        bool decides;
    } people[] = {{team.id, "Marta", "Quayle", "SEND Manager", true},
                  {team.id, "Ravi", "Adeyemi", "SEND Caseworker", false},
                  {school.id, "Priya", "Lennox", "SENCO", false},
                  {sendiass.id, "Kit", "Ormerod", "Adviser", false}};
    for (const auto& p : people) {
        Contact contact;
        contact.organisationId = p.organisation;
        contact.givenName = QString::fromUtf8(p.given);
        contact.familyName = QString::fromUtf8(p.family);
        contact.jobTitle = QString::fromUtf8(p.job);
        contact.isDecisionMaker = p.decides;
        CG_VERIFY_OK(contacts.add(&contact));
    }
    m_context = std::make_unique<WorkContext>(m_session.get());
    m_page = std::make_unique<ContactsPage>(m_context.get());
    m_page->resize(1300, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestContactsPage::cleanup()
{
    m_page.reset();
    m_context.reset();
    m_session.reset();
    m_files.reset();
    m_test.reset();
    MessagePresenter::install(nullptr);
    FileChooser::install(nullptr);
}

int TestContactsPage::contactCount() const
{
    QSqlQuery query(db());
    if (!query.exec("SELECT COUNT(*) FROM contacts") || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestContactsPage::type(QWidget* dialog, const char* field, const QString& text)
{
    auto* edit = dialog->findChild<QLineEdit*>(field);
    QVERIFY2(edit, field);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Tab);
}

QString TestContactsPage::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_files->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

void TestContactsPage::searchNarrowsThePeople()
{
    QCOMPARE(m_page->people()->totalCount(), 4);
    // Ctrl+F puts the cursor in the search box.
    QTest::keyClick(m_page->peopleView(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_page->searchBox()->hasFocus());
    QTest::keyClicks(m_page->searchBox(), "lenn");
    // The search waits for a pause in typing.
    QTRY_COMPARE(m_page->people()->totalCount(), 1);
    QCOMPARE(m_page->people()->index(0, ContactListModel::NameColumn).data().toString(),
             QString("Lennox, Priya"));
    m_page->searchBox()->clear();
    QTRY_COMPARE(m_page->people()->totalCount(), 4);
    // Sorting by a column asks the database in that order.
    m_page->peopleView()->sortByColumn(ContactListModel::JobTitleColumn, Qt::AscendingOrder);
    QCOMPARE(m_page->people()->index(0, ContactListModel::JobTitleColumn).data().toString(),
             QString("Adviser"));
    m_page->peopleView()->sortByColumn(ContactListModel::JobTitleColumn, Qt::DescendingOrder);
    QCOMPARE(m_page->people()->index(0, ContactListModel::JobTitleColumn).data().toString(),
             QString("SEND Manager"));
}

void TestContactsPage::kindFilterAndOrganisationNarrowThePeople()
{
    QComboBox* kind = m_page->kindFilter();
    kind->setCurrentIndex(kind->findText(organisationKindTitle(OrganisationKind::CouncilSend)));
    QCOMPARE(m_page->people()->totalCount(), 2);
    QCOMPARE(m_page->organisations()->rowCount(), 2); // "Everyone" and the SEND team
    kind->setCurrentIndex(kind->findText(organisationKindTitle(OrganisationKind::School)));
    QCOMPARE(m_page->people()->totalCount(), 1);
    kind->setCurrentIndex(0);
    QCOMPARE(m_page->people()->totalCount(), 4);
    // Choosing an organisation shows only its people.
    m_page->selectOrganisation(m_school);
    QCOMPARE(m_page->people()->totalCount(), 1);
    QCOMPARE(m_page->people()->contactAt(0).familyName, QString("Lennox"));
}

void TestContactsPage::councilShowsItsSendiassAndDecisionMakers()
{
    m_page->selectOrganisation(m_sendTeam);
    const QString details = m_page->details()->text();
    QVERIFY2(details.contains("Council: Northmoor Borough Council"), qPrintable(details));
    QVERIFY2(details.contains("SENDIASS: Northmoor SENDIASS, 0113 496 0500"), qPrintable(details));
    QVERIFY2(details.contains("Decision-makers: Marta Quayle (SEND Manager)"), qPrintable(details));
    QVERIFY2(!details.contains("Adeyemi"), qPrintable(details));
}

void TestContactsPage::badPhoneShowsWhatToFixAndSavesNothing()
{
    QCOMPARE(contactCount(), 4);
    QPointer<ContactDialog> dialog = m_page->newPerson();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    type(dialog, "givenName", "Idris");
    type(dialog, "familyName", "Penhale");
    type(dialog, "phone", "12345");
    type(dialog, "email", "idris@example.org");
    auto* phoneMessage = dialog->findChild<FieldMessage*>("phoneMessage");
    QVERIFY(phoneMessage);
    // Said when the field is left, before saving.
    QVERIFY(phoneMessage->isShowing());
    QVERIFY2(phoneMessage->text().startsWith("Fix: "), qPrintable(phoneMessage->text()));
    QVERIFY(phoneMessage->isError());
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLineEdit*>("phone")->hasFocus());
    QCOMPARE(contactCount(), 4);
    QVERIFY(m_presenter.errors.isEmpty());
    // Fixed, the message goes and the person is saved in national form.
    type(dialog, "phone", "0113 496 0123");
    QVERIFY(!phoneMessage->isShowing());
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(contactCount(), 5);
    QTRY_COMPARE(m_page->people()->totalCount(), 5);
    m_page->searchBox()->setText("penhale");
    m_page->applyFilter();
    QCOMPARE(m_page->people()->totalCount(), 1);
    QCOMPARE(m_page->people()->index(0, ContactListModel::PhoneColumn).data().toString(),
             QString("0113 496 0123"));
    QVERIFY(m_page->status()->text().contains("Idris Penhale"));
}

void TestContactsPage::badPostcodeKeepsTheOrganisationUnsaved()
{
    QPointer<OrganisationDialog> dialog = m_page->newOrganisation();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    type(dialog, "organisationName", "Brookside College");
    type(dialog, "postcode", "90210");
    auto* message = dialog->findChild<FieldMessage*>("postcodeMessage");
    QVERIFY(message->isShowing());
    QVERIFY(message->isError());
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_page->organisations()->organisationCount(), 3);
    type(dialog, "postcode", "nm2 7hd");
    QVERIFY(!message->isShowing());
    dialog->accept();
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(m_page->organisations()->organisationCount(), 4);
}

void TestContactsPage::goodCsvIsImportedThroughThePreview()
{
    m_chooser.openPath =
        writeFile("good.csv", kHeader + "Brookside College,college,NMB,Rosa,Tarrant,SENCO,,"
                                        "0113 496 0777,rosa@example.org,NM2 7HD,no\n"
                                        "Larkfield Primary School,school,,Ines,Morrow,,,,,,\n"
                                        "Oakmere ICB,icb,,,,,,0113 496 0888,,,\n");
    QVERIFY(!m_chooser.openPath.isEmpty());
    QPointer<CsvImportDialog> dialog = m_page->importCsv();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(m_chooser.asked.size(), 1);
    // Every row, with its line, before anything is written.
    QCOMPARE(dialog->preview()->rowCount(), 3);
    QCOMPARE(dialog->preview()->item(0, 0)->text(), QString("2"));
    QCOMPARE(dialog->preview()->item(2, 1)->text(), QString("OK"));
    QVERIFY(dialog->canImport());
    QCOMPARE(dialog->report().contactsAdded, 2);
    QCOMPARE(dialog->report().organisationsAdded, 2); // the school is already there
    QCOMPARE(contactCount(), 4);
    QVERIFY(dialog->importButton()->isEnabled());
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QVERIFY(m_presenter.errors.isEmpty());
    QCOMPARE(contactCount(), 6);
    QCOMPARE(m_page->people()->totalCount(), 6);
    QCOMPARE(m_page->organisations()->organisationCount(), 5);
    QVERIFY2(m_page->status()->text().startsWith("Imported"), qPrintable(m_page->status()->text()));
}

void TestContactsPage::badCsvShowsEveryLineAndImportsNothing()
{
    m_chooser.openPath =
        writeFile("bad.csv", kHeader + "Brookside College,college,NMB,Rosa,Tarrant,,,,,,\n"               // 2
                                       "Oakmere Academy,academy,,Idris,Penhale,,,12345,idris@oakmere,,\n" // 3
                                       "Larkfield Primary School,school,,Ines,Morrow,,,,,,\n"             // 4
                                       "Westvale School,school,Westvale,Ann,Lee,,,,,,maybe\n");           // 5
    QPointer<CsvImportDialog> dialog = m_page->importCsv();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->problems()->count(), 2);
    const QString first = dialog->problems()->item(0)->text();
    QVERIFY2(first.startsWith("line 3: "), qPrintable(first));
    QVERIFY2(first.contains("phone: "), qPrintable(first));
    QVERIFY2(first.contains("email: "), qPrintable(first));
    QVERIFY2(dialog->problems()->item(1)->text().startsWith("line 5: "),
             qPrintable(dialog->problems()->item(1)->text()));
    QVERIFY(dialog->problems()->isVisible());
    // The bad rows are marked in words in the preview.
    QCOMPARE(dialog->preview()->rowCount(), 4);
    QCOMPARE(dialog->preview()->item(1, 1)->text(), QString("Problem"));
    QCOMPARE(dialog->preview()->item(0, 1)->text(), QString("OK"));
    QCOMPARE(dialog->preview()->item(3, 1)->text(), QString("Problem"));
    QVERIFY(!dialog->canImport());
    QVERIFY(!dialog->importButton()->isEnabled());
    // Even asked directly, nothing is imported.
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QCOMPARE(contactCount(), 4);
    QCOMPARE(m_page->organisations()->organisationCount(), 3);
    dialog->reject();
}

void TestContactsPage::cancelledFileChoiceOpensNothing()
{
    m_chooser.openPath.clear();
    QVERIFY(!m_page->importCsv());
    m_chooser.openPath = m_files->filePath("missing.csv");
    QVERIFY(!m_page->importCsv());
    QCOMPARE(m_presenter.errors.size(), 1);
    QVERIFY(m_presenter.errors.first().startsWith("Could not read the file"));
}

void TestContactsPage::exportOnAFullDiskSaysSo()
{
    // write(2) fails as on a full disk: no file, and a message that says why.
    PrivateFile::setWriteFaultForTesting([](qint64, qint64) -> qint64 {
        errno = ENOSPC;
        return -1;
    });
    m_chooser.savePath = m_files->filePath("out.csv");
    const bool exported = m_page->exportCsv();
    PrivateFile::setWriteFaultForTesting(nullptr);
    QVERIFY(!exported);
    QVERIFY(!QFile::exists(m_chooser.savePath));
    QVERIFY(!QFile::exists(m_chooser.savePath + ".partial"));
    QCOMPARE(m_presenter.errors.size(), 1);
    QVERIFY2(m_presenter.errors.first().contains("No space left on device"),
             qPrintable(m_presenter.errors.first()));
    QVERIFY(!m_page->status()->text().contains("out.csv"));
}

void TestContactsPage::exportWritesTheDirectory()
{
    m_chooser.savePath = m_files->filePath("out.csv");
    QVERIFY(m_page->exportCsv());
    QFile file(m_chooser.savePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("organisation,organisation_kind,council"));
    QVERIFY(content.contains("Larkfield Primary School,school,,Priya,Lennox,SENCO"));
    QVERIFY(m_page->status()->text().contains("out.csv"));
    // The file imports back into an empty directory.
    TestDatabase other("sqlite");
    Database database(other.settings());
    CG_VERIFY_OK(database.open());
    QVERIFY(CaseSeed::addCouncil(database.connection(), "Northmoor Borough Council", "NMB"));
    ContactCsv::ImportReport report;
    CG_VERIFY_OK(ContactCsv::import(database.connection(), content, &report));
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join('\n')));
    QCOMPARE(report.contactsAdded, 4);
}

void TestContactsPage::duplicatesAreFlaggedAndMerged()
{
    ContactRepository contacts(db());
    Contact first;
    first.organisationId = m_school;
    first.givenName = "Ann";
    first.familyName = "Lee";
    first.email = "ann.lee@example.org";
    Contact second = first;
    second.organisationId.reset();
    second.email = "ANN.LEE@example.org";
    second.phone = "0113 496 0999";
    CG_VERIFY_OK(contacts.add(&first));
    CG_VERIFY_OK(contacts.add(&second));
    m_page->refresh();
    m_page->searchBox()->setText("lee");
    m_page->applyFilter();
    QCOMPARE(m_page->people()->totalCount(), 2);
    for (int row = 0; row < 2; ++row) {
        QVERIFY(m_page->people()->index(row, 0).data(ContactListModel::LikelyDuplicateRole).toBool());
        QCOMPARE(m_page->people()->index(row, ContactListModel::NoteColumn).data().toString(),
                 QString("Likely duplicate"));
    }

    QPointer<DuplicatesDialog> dialog = m_page->showDuplicates();
    QVERIFY(dialog);
    QCOMPARE(dialog->pairCount(), 1);
    // Declined: nothing changes.
    m_presenter.answer = false;
    QVERIFY(!dialog->mergePair(0, true));
    QCOMPARE(contactCount(), 6);
    m_presenter.answer = true;
    QVERIFY(dialog->mergePair(0, true));
    QCOMPARE(m_presenter.questions.size(), 2);
    QCOMPARE(dialog->pairCount(), 0);
    QCOMPARE(contactCount(), 5);
    dialog->reject();
    QTRY_COMPARE(m_page->people()->totalCount(), 1);
    // The kept entry took the phone it lacked.
    const Contact kept = m_page->people()->contactAt(0);
    QCOMPARE(kept.id, first.id);
    QCOMPARE(kept.phone, QString("+441134960999"));
    QVERIFY(!m_page->people()->index(0, 0).data(ContactListModel::LikelyDuplicateRole).toBool());
}

void TestContactsPage::removingAsksFirst()
{
    // Delete on a person asks; declined, nothing goes.
    m_page->searchBox()->setText("lennox");
    m_page->applyFilter();
    QCOMPARE(m_page->people()->totalCount(), 1);
    m_page->peopleView()->setFocus();
    m_page->peopleView()->setCurrentIndex(m_page->people()->index(0, 0));
    m_presenter.answer = false;
    QTest::keyClick(m_page->peopleView(), Qt::Key_Delete);
    QCOMPARE(m_presenter.questions.size(), 1);
    QCOMPARE(contactCount(), 4);
    m_presenter.answer = true;
    QTest::keyClick(m_page->peopleView(), Qt::Key_Delete);
    QCOMPARE(contactCount(), 3);
    QCOMPARE(m_page->people()->totalCount(), 0);

    // An organisation goes; its people stay, without it.
    m_page->searchBox()->clear();
    m_page->applyFilter();
    m_page->selectOrganisation(m_sendTeam);
    QCOMPARE(m_page->people()->totalCount(), 2);
    QVERIFY(m_page->removeOrganisation());
    QCOMPARE(m_page->organisations()->organisationCount(), 2);
    QCOMPARE(contactCount(), 3);
    QCOMPARE(m_page->people()->totalCount(), 3);
    QVERIFY(m_page->details()->text().startsWith("Choose an organisation"));
}

void TestContactsPage::enterEditsThePerson()
{
    // A role that new entries are not offered is kept through an edit.
    QSqlQuery setRole(db());
    QVERIFY(setRole.exec("UPDATE contacts SET role = 'parent_carer' WHERE family_name = 'Lennox'"));
    m_page->searchBox()->setText("lennox");
    m_page->applyFilter();
    QCOMPARE(m_page->people()->totalCount(), 1);
    m_page->peopleView()->setFocus();
    m_page->peopleView()->setCurrentIndex(m_page->people()->index(0, 0));
    QTest::keyClick(m_page->peopleView(), Qt::Key_Return);
    QPointer<ContactDialog> dialog = m_page->findChild<ContactDialog*>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->findChild<QLineEdit*>("familyName")->text(), QString("Lennox"));
    QCOMPARE(dialog->findChild<QComboBox*>("organisation")->currentData().toLongLong(), m_school);
    type(dialog, "jobTitle", "Deputy Head and SENCO");
    type(dialog, "phone", "+44 113 496 0321");
    dialog->accept();
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(contactCount(), 4);
    const Contact saved = m_page->people()->contactAt(0);
    QCOMPARE(saved.jobTitle, QString("Deputy Head and SENCO"));
    QCOMPARE(saved.phone, QString("+441134960321"));
    QCOMPARE(saved.role, std::optional<InviteeRole>(InviteeRole::ParentCarer));
    QCOMPARE(saved.organisationId, std::optional<qint64>(m_school));
}

QTEST_MAIN(TestContactsPage)
#include "tst_contactspage.moc"
