#include "CaseSeed.h"
#include "RecordingPresenter.h"
#include "ScriptedFileChooser.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "cases/CaseImportFilePage.h"
#include "cases/CaseImportMappingPage.h"
#include "cases/CaseImportPreviewPage.h"
#include "cases/CaseImportWizard.h"
#include "cases/CaseListPanel.h"
#include "cases/CasesPage.h"
#include "common/CsvProblemList.h"
#include "common/FieldMessage.h"
#include "common/WorkContext.h"
#include "itemmodels/CaseListModel.h"
#include "shell/DatabaseSession.h"
#include "store/access/UserRepository.h"
#include "store/infrastructure/Database.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

// File > Import Cases..., driven as a caseworker would (issue 20): the file,
// the column chooser (remembered for the next file), the preview of every
// case or of every line to fix, and the all-or-nothing import. Every name is
// synthetic. CG_SCREENSHOTS=DIR keeps pictures of the mapping and preview
// steps for a person to look at.
namespace {
const QDate kToday(2026, 11, 23);

// Another system's headings: four of them are not the import's columns.
const QByteArray kTheirs =
    "First name,Surname,DOB,parent_name,Referred by,council,route,enquiry_date,decision_type,"
    "decision_notice_sent,Notes\r\n"
    "Zoë,Nguyen,2015-05-01,Jo Nguyen,parent,NMB,mediation,2026-11-02,refusal_to_assess,2026-10-26,"
    "phoned twice\r\n"
    "Sam,Okoro,2014-03-09,Ann Okoro,parent,NMB,mediation,2026-11-09,refusal_to_assess,2026-11-02,\r\n";

const QByteArray kStandardHeader =
    "reference,child_given_name,child_family_name,child_date_of_birth,parent_name,referrer,council,route,"
    "enquiry_date,decision_type,decision_notice_sent,stage,information_given_on,mediation_requested_on,"
    "meeting_held_on\r\n";
} // namespace

class TestCaseImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void mappedHeadingsAreReadAndRemembered();
    void columnChosenTwiceIsRefused();
    void badFileListsEveryLineAndStoresNothing();
    void goodFileImportsEveryCase();
    void refusedByTheStoreSaysSoAndStoresNothing();
    void updateRowChangesTheCaseItMatches();
    void menuEntryFollowsTheRoles_data();
    void menuEntryFollowsTheRoles();

private:
    QSqlDatabase db() const { return m_session->database()->connection(); }
    int caseCount() const;
    QString writeFile(const QString& name, const QByteArray& content);
    // A wizard on `path`, moved past the first step; null (with a failure) when it would not move.
    std::unique_ptr<CaseImportWizard> openOn(const QString& path);
    void shoot(QWidget* window, const QString& name);

    RecordingPresenter m_presenter;
    ScriptedFileChooser m_chooser;
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<QTemporaryDir> m_files;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<WorkContext> m_context;
    std::unique_ptr<CasesPage> m_cases;
    qint64 m_council = 0;
};

void TestCaseImportWizard::init()
{
    m_presenter.clear();
    m_chooser = ScriptedFileChooser();
    MessagePresenter::install(&m_presenter);
    FileChooser::install(&m_chooser);
    QSettings().remove(QStringLiteral("caseImport")); // what an earlier test function remembered
    m_test = std::make_unique<TestDatabase>("sqlite");
    m_files = std::make_unique<QTemporaryDir>();
    m_session = std::make_unique<DatabaseSession>();
    CG_VERIFY_OK(m_session->open(m_test->settings()));
    m_council = CaseSeed::addCouncil(db(), "Northmoor Borough Council", "NMB");
    QVERIFY(m_council);
    m_context = std::make_unique<WorkContext>(m_session.get());
    m_context->setToday(kToday);
    m_cases = std::make_unique<CasesPage>(m_context.get());
}

void TestCaseImportWizard::cleanup()
{
    m_cases.reset();
    m_context.reset();
    m_session.reset();
    m_files.reset();
    m_test.reset();
    MessagePresenter::install(nullptr);
    FileChooser::install(nullptr);
    QSettings().remove(QStringLiteral("caseImport"));
}

int TestCaseImportWizard::caseCount() const
{
    QSqlQuery query(db());
    if (!query.exec("SELECT COUNT(*) FROM cases") || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString TestCaseImportWizard::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_files->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

std::unique_ptr<CaseImportWizard> TestCaseImportWizard::openOn(const QString& path)
{
    auto wizard = std::make_unique<CaseImportWizard>(m_context.get());
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        return nullptr;
    // Next waits for a file.
    if (wizard->button(QWizard::NextButton)->isEnabled())
        return nullptr;
    m_chooser.openPath = path;
    QTest::mouseClick(wizard->filePage()->browseButton(), Qt::LeftButton);
    if (wizard->filePage()->pathEdit()->text() != path || !wizard->button(QWizard::NextButton)->isEnabled())
        return nullptr;
    shoot(wizard.get(), QStringLiteral("case-import-file.png"));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    if (wizard->currentId() != CaseImportWizard::MappingPage)
        return nullptr;
    return wizard;
}

void TestCaseImportWizard::shoot(QWidget* window, const QString& name)
{
    const QString folder = qEnvironmentVariable("CG_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    // A 1366x768 laptop, less the panel and the window's frame.
    window->resize(window->size().boundedTo(QSize(1366, 700)));
    QTest::qWait(50);
    QVERIFY(window->grab().save(folder + QLatin1Char('/') + name));
}

void TestCaseImportWizard::mappedHeadingsAreReadAndRemembered()
{
    const QString path = writeFile("theirs.csv", kTheirs);
    std::unique_ptr<CaseImportWizard> wizard = openOn(path);
    QVERIFY(wizard);
    CaseImportMappingPage* mapping = wizard->mappingPage();
    QCOMPARE(mapping->table()->rowCount(), 11);
    // The import's own columns are chosen for themselves; the others are ignored until chosen.
    QCOMPARE(mapping->chooserFor("council")->currentData().toString(), QString("council"));
    QCOMPARE(mapping->chooserFor("enquiry_date")->currentData().toString(), QString("enquiry_date"));
    for (const char* theirs : {"First name", "Surname", "DOB", "Referred by", "Notes"}) {
        QVERIFY2(mapping->chooserFor(theirs), theirs);
        QCOMPARE(mapping->chooserFor(theirs)->currentData().toString(), QString());
    }
    // Unmapped, the required columns are missing: the preview says which.
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(CaseImportWizard::PreviewPage));
    QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
    QVERIFY2(wizard->previewPage()->report().problems.join('\n').contains(
                 "line 1: the column child_given_name is missing"),
             qPrintable(wizard->previewPage()->report().problems.join('\n')));
    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(CaseImportWizard::MappingPage));

    const QList<QPair<const char*, const char*>> choices{{"First name", "child_given_name"},
                                                         {"Surname", "child_family_name"},
                                                         {"DOB", "child_date_of_birth"},
                                                         {"Referred by", "referrer"}};
    for (const auto& [heading, column] : choices) {
        QComboBox* chooser = mapping->chooserFor(heading);
        chooser->setCurrentIndex(chooser->findData(QString::fromLatin1(column)));
        QCOMPARE(chooser->currentData().toString(), QString::fromLatin1(column));
    }
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    shoot(wizard.get(), QStringLiteral("case-import-mapping.png"));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(CaseImportWizard::PreviewPage));
    CaseImportPreviewPage* preview = wizard->previewPage();
    QVERIFY2(preview->report().problems.isEmpty(), qPrintable(preview->report().problems.join('\n')));
    QCOMPARE(preview->cases()->rowCount(), 2);
    QCOMPARE(preview->cases()->item(0, CaseImportPreviewPage::LineColumn)->text(), QString("2"));
    QCOMPARE(preview->cases()->item(0, CaseImportPreviewPage::ChildColumn)->text(), QString("Zoë Nguyen"));
    QCOMPARE(preview->cases()->item(1, CaseImportPreviewPage::ChildColumn)->text(), QString("Sam Okoro"));
    QVERIFY(!preview->problems()->isVisible());
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    shoot(wizard.get(), QStringLiteral("case-import-preview.png"));
    wizard->reject();
    QCOMPARE(caseCount(), 0);

    // The next file from that system: the same choices, and Browse... starts where this one was.
    std::unique_ptr<CaseImportWizard> again = openOn(path);
    QVERIFY(again);
    QCOMPARE(m_chooser.startFolders.size(), 2);
    QCOMPARE(m_chooser.startFolders.at(0), QString());
    QCOMPARE(m_chooser.startFolders.at(1), m_files->path());
    for (const auto& [heading, column] : choices)
        QCOMPARE(again->mappingPage()->chooserFor(heading)->currentData().toString(),
                 QString::fromLatin1(column));
    QCOMPARE(again->mappingPage()->chooserFor("Notes")->currentData().toString(), QString());
    QTest::mouseClick(again->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(again->previewPage()->cases()->rowCount(), 2);
    QTest::mouseClick(again->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY2(m_presenter.errors.isEmpty(), qPrintable(m_presenter.errors.join('\n')));
    QCOMPARE(again->importedCount(), 2);
    QCOMPARE(caseCount(), 2);
    QSqlQuery query(db());
    QVERIFY(
        query.exec("SELECT ch.given_name, ch.date_of_birth FROM cases c JOIN people ch ON ch.id = c.child_id "
                   "ORDER BY c.reference"));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QString("Zoë"));
    QCOMPARE(query.value(1).toDate(), QDate(2015, 5, 1));
}

void TestCaseImportWizard::columnChosenTwiceIsRefused()
{
    std::unique_ptr<CaseImportWizard> wizard = openOn(writeFile("theirs.csv", kTheirs));
    QVERIFY(wizard);
    CaseImportMappingPage* mapping = wizard->mappingPage();
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!mapping->message()->isShowing());
    QComboBox* notes = mapping->chooserFor("Notes");
    notes->setCurrentIndex(notes->findData(QStringLiteral("council")));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(mapping->message()->isError());
    QVERIFY2(mapping->message()->fullText().contains("council is chosen for both \"council\" and \"Notes\""),
             qPrintable(mapping->message()->fullText()));
    shoot(wizard.get(), QStringLiteral("case-import-mapping-twice.png"));
    wizard->next(); // as Enter would: refused all the same
    QCOMPARE(wizard->currentId(), int(CaseImportWizard::MappingPage));
    notes->setCurrentIndex(0);
    QCOMPARE(notes->currentText(), QString("(ignore)"));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!mapping->message()->isShowing());
}

void TestCaseImportWizard::badFileListsEveryLineAndStoresNothing()
{
    QString why;
    QVERIFY2(CaseSeed::addCase(db(),
                               CaseSeed::mediationReferral(m_council, "Ada", "Quill", QDate(2026, 11, 2)),
                               kToday, &why),
             qPrintable(why));
    const int before = caseCount();
    const QString path = writeFile(
        "bad.csv",
        kStandardHeader +
            // line 2: good
            ",Kit,Hale,2015-05-01,Jo Hale,parent,NMB,mediation,2026-11-02,refusal_to_assess,"
            "2026-10-26,,,,\r\n"
            // line 3: a date that is not one
            ",Lee,Marsh,2015-02-30,Jo Marsh,parent,NMB,mediation,2026-11-02,refusal_to_assess,"
            "2026-10-26,,,,\r\n"
            // line 4: a council nobody has
            ",Rae,Dunn,2015-05-01,Jo Dunn,parent,XYZ,mediation,2026-11-02,refusal_to_assess,"
            "2026-10-26,,,,\r\n"
            // line 5: the case already here
            ",Ada,Quill,2015-05-01,Jo Quill,parent,NMB,mediation,2026-11-02,refusal_to_assess,"
            "2026-10-26,,,,\r\n"
            // line 6: no route
            ",Max,Dunn,2015-05-01,Jo Dunn,parent,NMB,,2026-11-02,refusal_to_assess,2026-10-26,,,,\r\n");
    std::unique_ptr<CaseImportWizard> wizard = openOn(path);
    QVERIFY(wizard);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(CaseImportWizard::PreviewPage));
    CaseImportPreviewPage* preview = wizard->previewPage();
    QVERIFY(preview->problems()->isVisible());
    QStringList shown;
    for (int i = 0; i < preview->problems()->count(); ++i)
        shown << preview->problems()->item(i)->text();
    const QString all = shown.join('\n');
    QCOMPARE(preview->problems()->badLines(), (QSet<int>{3, 4, 5, 6}));
    QVERIFY2(all.contains("line 3: child_date_of_birth: '2015-02-30' is not a date"), qPrintable(all));
    QVERIFY2(all.contains("line 4: council: there is no council 'XYZ'"), qPrintable(all));
    QVERIFY2(all.contains("line 5: looks like MED-2026-00001"), qPrintable(all));
    QVERIFY2(all.contains("line 6: route: "), qPrintable(all));
    QVERIFY2(!all.contains("line 2:"), qPrintable(all));
    // In the file's order.
    QVERIFY2(shown.first().startsWith("line 3:") && shown.last().startsWith("line 6:"), qPrintable(all));
    QVERIFY2(preview->summary()->text().contains("refused as a whole"),
             qPrintable(preview->summary()->text()));
    QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
    shoot(wizard.get(), QStringLiteral("case-import-preview-refused.png"));
    wizard->accept(); // as a stray Enter would: nothing happens
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->importedCount(), 0);
    QCOMPARE(caseCount(), before);
    QVERIFY(m_presenter.information.isEmpty());
}

void TestCaseImportWizard::goodFileImportsEveryCase()
{
    const QString path = writeFile(
        "good.csv",
        kStandardHeader +
            ",Kit,Hale,2015-05-01,Jo Hale,parent,NMB,mediation,2026-11-16,refusal_to_assess,"
            "2026-11-09,,,,\r\n"
            "MED-2025-00007,Lee,Marsh,2014-02-03,Jo Marsh,parent,Northmoor Borough Council,mediation,"
            "2026-10-05,refusal_to_assess,2026-09-28,mediation_requested,2026-10-07,2026-10-12,\r\n"
            ",Rae,Dunn,2015-05-01,Jo Dunn,parent,NMB,mediation,2026-09-14,refusal_to_assess,2026-09-07,"
            "meeting_held,2026-09-15,2026-09-16,2026-10-06\r\n");
    m_cases->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_cases.get()));
    QCOMPARE(m_cases->list()->model()->totalCount(), 0);
    std::unique_ptr<CaseImportWizard> wizard = openOn(path);
    QVERIFY(wizard);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    CaseImportPreviewPage* preview = wizard->previewPage();
    QVERIFY2(preview->report().problems.isEmpty(), qPrintable(preview->report().problems.join('\n')));
    QCOMPARE(preview->cases()->rowCount(), 3);
    QCOMPARE(preview->cases()->item(1, CaseImportPreviewPage::ReferenceColumn)->text(),
             QString("MED-2025-00007"));
    QCOMPARE(preview->cases()->item(1, CaseImportPreviewPage::StageColumn)->text(),
             caseStageTitle(CaseStage::MediationRequested));
    // The 30-day duty from the mediation request, as the workspace would show it.
    QVERIFY2(
        preview->cases()->item(1, CaseImportPreviewPage::DeadlinesColumn)->text().contains("Wed 11 Nov 2026"),
        qPrintable(preview->cases()->item(1, CaseImportPreviewPage::DeadlinesColumn)->text()));
    QCOMPARE(preview->cases()->item(2, CaseImportPreviewPage::StageColumn)->text(),
             caseStageTitle(CaseStage::MeetingHeld));
    shoot(wizard.get(), QStringLiteral("case-import-preview-stages.png"));
    QCOMPARE(caseCount(), 0);
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY2(m_presenter.errors.isEmpty(), qPrintable(m_presenter.errors.join('\n')));
    QVERIFY(!wizard->isVisible());
    QCOMPARE(wizard->importedCount(), 3);
    QCOMPARE(m_presenter.information.size(), 1);
    QVERIFY2(m_presenter.information.first().contains("3 case"), qPrintable(m_presenter.information.first()));
    QCOMPARE(caseCount(), 3);
    QSqlQuery query(db());
    QVERIFY(query.exec("SELECT reference, stage FROM cases ORDER BY reference"));
    QStringList stored;
    while (query.next())
        stored << query.value(0).toString() + ' ' + query.value(1).toString();
    QCOMPARE(stored.size(), 3);
    QVERIFY2(stored.contains("MED-2025-00007 mediation_requested"), qPrintable(stored.join(", ")));
    // The case list heard of it, as after a new referral.
    QTRY_COMPARE(m_cases->list()->model()->totalCount(), 3);
}

void TestCaseImportWizard::refusedByTheStoreSaysSoAndStoresNothing()
{
    // A mediator at the desk (the menu entry is greyed out for them; the store refuses all the same).
    User mediator;
    mediator.username = "mo.quinn";
    mediator.displayName = "Mo Quinn";
    mediator.role = UserRole::Mediator;
    CG_VERIFY_OK(UserRepository(db()).add(&mediator));
    QCOMPARE(TestDatabase::actAs(db(), mediator.username), QString());
    const QString path =
        writeFile("good.csv", kStandardHeader + ",Kit,Hale,2015-05-01,Jo Hale,parent,NMB,mediation,"
                                                "2026-11-16,refusal_to_assess,2026-11-09,,,,\r\n");
    std::unique_ptr<CaseImportWizard> wizard = openOn(path);
    QVERIFY(wizard);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->previewPage()->cases()->rowCount(), 1);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(m_presenter.errors.size(), 1);
    QVERIFY2(m_presenter.errors.first().startsWith("Nothing was imported: "),
             qPrintable(m_presenter.errors.first()));
    QVERIFY2(m_presenter.errors.first().contains(Permissions::refusal(Action::TakeReferrals)),
             qPrintable(m_presenter.errors.first()));
    QVERIFY2(m_presenter.errors.first().contains("No case was stored"),
             qPrintable(m_presenter.errors.first()));
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(CaseImportWizard::PreviewPage));
    QCOMPARE(wizard->importedCount(), 0);
    QVERIFY(m_presenter.information.isEmpty());
    QCOMPARE(caseCount(), 0);
}

void TestCaseImportWizard::updateRowChangesTheCaseItMatches()
{
    const QByteArray row = "MED-2025-00007,Lee,Marsh,2014-02-03,Jo Marsh,parent,NMB,mediation,2026-10-05,"
                           "refusal_to_assess,2026-09-28,";
    {
        std::unique_ptr<CaseImportWizard> wizard =
            openOn(writeFile("first.csv", kStandardHeader + row + ",,,\r\n"));
        QVERIFY(wizard);
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(wizard->importedCount(), 1);
    }
    QCOMPARE(caseCount(), 1);
    m_presenter.information.clear();
    // The same case again, further on: refused as a duplicate unless the row says update.
    QByteArray header = kStandardHeader;
    header.replace("\r\n", ",action\r\n");
    const QString path =
        writeFile("again.csv", header + row + "mediation_requested,2026-10-07,2026-10-12,,update\r\n");
    std::unique_ptr<CaseImportWizard> wizard = openOn(path);
    QVERIFY(wizard);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    CaseImportPreviewPage* preview = wizard->previewPage();
    QVERIFY2(preview->report().problems.isEmpty(), qPrintable(preview->report().problems.join('\n')));
    QVERIFY(preview->report().duplicates.isEmpty());
    QCOMPARE(preview->cases()->rowCount(), 1);
    QCOMPARE(preview->cases()->item(0, CaseImportPreviewPage::ActionColumn)->text(), QString("Update"));
    QCOMPARE(preview->cases()->item(0, CaseImportPreviewPage::StageColumn)->text(),
             caseStageTitle(CaseStage::MediationRequested));
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY2(m_presenter.errors.isEmpty(), qPrintable(m_presenter.errors.join('\n')));
    QCOMPARE(m_presenter.information.size(), 1);
    // "0 cases created and 1 case updated." (with the English plural forms loaded).
    QVERIFY2(m_presenter.information.first().contains(QRegularExpression("1 case(\\(s\\))? updated")),
             qPrintable(m_presenter.information.first()));
    QCOMPARE(caseCount(), 1);
    QSqlQuery query(db());
    QVERIFY(query.exec("SELECT stage FROM cases WHERE reference = 'MED-2025-00007'"));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QString("mediation_requested"));
}

void TestCaseImportWizard::menuEntryFollowsTheRoles_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("offered");
    QTest::newRow("caseworker") << int(UserRole::Caseworker) << true;
    QTest::newRow("supervisor") << int(UserRole::Supervisor) << true;
    QTest::newRow("mediator") << int(UserRole::Mediator) << false;
    QTest::newRow("administrator") << int(UserRole::Administrator) << false;
}

void TestCaseImportWizard::menuEntryFollowsTheRoles()
{
    QFETCH(int, role);
    QFETCH(bool, offered);
    QAction entry(QStringLiteral("Import Cases..."));
    User user;
    user.id = 7;
    user.username = "kim.adeyemi";
    user.displayName = "Kim Adeyemi";
    user.role = static_cast<UserRole>(role);
    m_context->setSignedInUser(user);
    CaseImportWizard::gate(m_context.get(), &entry);
    QCOMPARE(entry.isEnabled(), offered);
    // The tooltip says who may; offered, it is the entry's own text.
    QCOMPARE(entry.toolTip() == Permissions::refusal(Action::TakeReferrals), !offered);
    // Nobody signed in (a database open for setup): the store decides, so it is offered.
    m_context->setSignedInUser(std::nullopt);
    CaseImportWizard::gate(m_context.get(), &entry);
    QVERIFY(entry.isEnabled());
}

QTEST_MAIN(TestCaseImportWizard)
#include "tst_caseimportwizard.moc"
