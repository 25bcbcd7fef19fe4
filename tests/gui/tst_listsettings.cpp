// The case list and the directory as the person at the desk left them:
// columns sized to what they hold, widths remembered for each user, and one
// user's search never shown to the next person who signs in.
#include "CaseSeed.h"
#include "RecordingPresenter.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "cases/CaseFilterBar.h"
#include "cases/CaseListPanel.h"
#include "cases/CasesPage.h"
#include "common/WorkContext.h"
#include "contacts/ContactsPage.h"
#include "itemmodels/CaseListModel.h"
#include "itemmodels/ContactListModel.h"
#include "shell/DatabaseSession.h"
#include "store/access/UserRepository.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

namespace {
// How wide a column's content wants to be (public on QAbstractItemView only).
int contentWidth(QTableView* view, int column)
{
    return static_cast<QAbstractItemView*>(view)->sizeHintForColumn(column);
}
} // namespace

class TestListSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void keyColumnsAreWholeAt1366();
    void noSidewaysScrollBesideTheNavigation();
    void columnWidthsAreRememberedForEachUser();
    void searchBelongsToTheUser();
    void clearFiltersShowsEveryCase();
    void directorySearchIsNotShownToTheNextUser();

private:
    void signIn(const User& user);
    std::unique_ptr<CasesPage> openCases();
    QLineEdit* caseSearch(CasesPage* page) const;

    RecordingPresenter m_presenter;
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<WorkContext> m_context;
    User m_alice;
    User m_bob;
};

void TestListSettings::init()
{
    m_presenter.clear();
    MessagePresenter::install(&m_presenter);
    QSettings().clear();
    m_test = std::make_unique<TestDatabase>("sqlite");
    m_session = std::make_unique<DatabaseSession>();
    CG_VERIFY_OK(m_session->open(m_test->settings()));
    QSqlDatabase db = m_session->database()->connection();
    const qint64 council = CaseSeed::addCouncil(db, "Royal Borough of Windsor and Maidenhead", "RBWM");
    QVERIFY(council > 0);
    const QDate today(2026, 11, 23);
    for (const char* name : {"Price", "Okonkwo", "Nowak"}) {
        QString error;
        QVERIFY2(CaseSeed::addCase(db,
                                   CaseSeed::mediationReferral(council, "Noah", name, QDate(2026, 11, 12)),
                                   today, &error) > 0,
                 qPrintable(error));
    }
    for (User* user : {&m_alice, &m_bob}) {
        user->username = user == &m_alice ? QStringLiteral("alice.hart") : QStringLiteral("bob.ng");
        user->displayName = user == &m_alice ? QStringLiteral("Alice Hart") : QStringLiteral("Bob Ng");
        user->role = UserRole::Supervisor;
        CG_VERIFY_OK(UserRepository(db).add(user));
    }
    m_context = std::make_unique<WorkContext>(m_session.get());
    m_context->setToday(today);
}

void TestListSettings::cleanup()
{
    m_context.reset();
    m_session.reset();
    m_test.reset();
    QSettings().clear();
    MessagePresenter::install(nullptr);
}

void TestListSettings::signIn(const User& user)
{
    const QString refused = TestDatabase::actAs(m_session->database()->connection(), user.username);
    QVERIFY2(refused.isEmpty(), qPrintable(refused));
    m_context->setSignedInUser(user);
}

std::unique_ptr<CasesPage> TestListSettings::openCases()
{
    auto page = std::make_unique<CasesPage>(m_context.get());
    page->resize(1366, 700);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        return nullptr;
    QCoreApplication::processEvents(); // the columns are fitted once the view has its width
    return page;
}

QLineEdit* TestListSettings::caseSearch(CasesPage* page) const
{
    for (QLineEdit* edit : page->findChildren<QLineEdit*>()) {
        if (edit->accessibleName() == QStringLiteral("Search cases"))
            return edit;
    }
    return nullptr;
}

void TestListSettings::keyColumnsAreWholeAt1366()
{
    signIn(m_alice);
    auto page = openCases();
    QVERIFY(page);
    QTableView* view = page->findChild<CaseListPanel*>()->view();
    QHeaderView* header = view->horizontalHeader();
    QTRY_COMPARE(view->model()->rowCount(), 3);
    QTRY_VERIFY(header->sectionSize(CaseListModel::CouncilColumn) >=
                contentWidth(view, CaseListModel::CouncilColumn));
    for (int column : {CaseListModel::ReferenceColumn, CaseListModel::CouncilColumn,
                       CaseListModel::RouteColumn, CaseListModel::StageColumn}) {
        QVERIFY2(header->sectionSize(column) >= contentWidth(view, column),
                 qPrintable(view->model()->headerData(column, Qt::Horizontal).toString()));
    }
    // The last column is as wide as it needs, not as wide as the spare room.
    QVERIFY(!header->stretchLastSection());
    QVERIFY(header->contextMenuPolicy() == Qt::CustomContextMenu); // the column chooser
}

void TestListSettings::noSidewaysScrollBesideTheNavigation()
{
    // Long names, the longest stage and a long council, as on the demo database.
    QSqlDatabase db = m_session->database()->connection();
    const qint64 council = CaseSeed::addCouncil(db, "Harrowfield Metropolitan Borough Council", "HMB");
    const QDate today(2026, 11, 23);
    for (const char* family : {"O'Sullivan-Fitzgerald", "Featherstonehaugh-Nakamura"}) {
        Referral referral =
            CaseSeed::mediationReferral(council, "Siobhán-Aoibheann", family, QDate(2026, 11, 12));
        referral.parent.givenName = QStringLiteral("Bartholomew");
        referral.caseworkerId = m_alice.id;
        QString error;
        const qint64 id = CaseSeed::addCase(db, referral, today, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QVERIFY2(CaseSeed::advanceTo(db, id, CaseStage::NoMeetingInTime, QDate(2026, 11, 16), today, &error),
                 qPrintable(error));
    }
    signIn(m_alice);
    // A 1366-pixel screen less the navigation column: the case list's own width in the window.
    auto page = std::make_unique<CasesPage>(m_context.get());
    page->resize(1366 - 180, 700);
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    QTableView* view = page->findChild<CaseListPanel*>()->view();
    QHeaderView* header = view->horizontalHeader();
    QTRY_COMPARE(view->model()->rowCount(), 5);
    QTRY_VERIFY(header->sectionSize(CaseListModel::StageColumn) >=
                contentWidth(view, CaseListModel::StageColumn));
    int total = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (!header->isSectionHidden(column))
            total += header->sectionSize(column);
    }
    QVERIFY2(total <= view->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(total).arg(view->viewport()->width())));
    QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
    // What a list is scanned by stays whole; what is cut short has its whole text in the tooltip.
    for (int column :
         {CaseListModel::ReferenceColumn, CaseListModel::CouncilColumn, CaseListModel::RouteColumn,
          CaseListModel::StageColumn, CaseListModel::NextDeadlineColumn}) {
        QVERIFY2(header->sectionSize(column) >= contentWidth(view, column),
                 qPrintable(view->model()->headerData(column, Qt::Horizontal).toString()));
    }
    bool tooltipWhole = false;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex name = view->model()->index(row, CaseListModel::ChildColumn);
        tooltipWhole = tooltipWhole || name.data(Qt::ToolTipRole).toString() ==
                                           QStringLiteral("Siobhán-Aoibheann Featherstonehaugh-Nakamura");
    }
    QVERIFY(tooltipWhole);
    // Typical names are still read whole.
    QVERIFY(header->sectionSize(CaseListModel::ChildColumn) >=
            view->fontMetrics().horizontalAdvance(QStringLiteral("Siobhán Wren")));
}

void TestListSettings::columnWidthsAreRememberedForEachUser()
{
    signIn(m_alice);
    int fitted = 0;
    {
        auto page = openCases();
        QVERIFY(page);
        QHeaderView* header = page->findChild<CaseListPanel*>()->view()->horizontalHeader();
        QTRY_VERIFY(header->sectionSize(CaseListModel::CaseworkerColumn) > 0);
        fitted = header->sectionSize(CaseListModel::CaseworkerColumn);
        header->resizeSection(CaseListModel::CaseworkerColumn, fitted + 77);
        header->moveSection(header->visualIndex(CaseListModel::StageColumn), 1);
    }
    // Alice comes back to the width and order she left.
    {
        auto page = openCases();
        QVERIFY(page);
        QHeaderView* header = page->findChild<CaseListPanel*>()->view()->horizontalHeader();
        QCOMPARE(header->sectionSize(CaseListModel::CaseworkerColumn), fitted + 77);
        QCOMPARE(header->visualIndex(CaseListModel::StageColumn), 1);
        // Bob, at the same desk, starts from the list's own layout, not Alice's...
        signIn(m_bob);
        QCoreApplication::processEvents();
        QTRY_VERIFY(header->sectionSize(CaseListModel::CaseworkerColumn) != fitted + 77);
        QCOMPARE(header->visualIndex(CaseListModel::StageColumn), int(CaseListModel::StageColumn));
        // ...and Alice gets hers back when she signs in again.
        signIn(m_alice);
        QCOMPARE(header->sectionSize(CaseListModel::CaseworkerColumn), fitted + 77);
        QCOMPARE(header->visualIndex(CaseListModel::StageColumn), 1);
    }
}

void TestListSettings::searchBelongsToTheUser()
{
    signIn(m_alice);
    auto page = openCases();
    QVERIFY(page);
    CaseListPanel* list = page->findChild<CaseListPanel*>();
    QLineEdit* search = caseSearch(page.get());
    QVERIFY(search);
    search->setFocus();
    QTest::keyClicks(search, "Okonkwo");
    QTRY_COMPARE(list->model()->rowCount(), 1);
    // Alice signs out; Bob signs in at the same desk and sees every case, and an empty search.
    signIn(m_bob);
    QCOMPARE(search->text(), QString());
    QTRY_COMPARE(list->model()->rowCount(), 3);
    // A new window (the next day) for Bob still has no search of Alice's.
    page.reset();
    page = openCases();
    QCOMPARE(caseSearch(page.get())->text(), QString());
    // Alice's own search is hers again.
    signIn(m_alice);
    QCOMPARE(caseSearch(page.get())->text(), QStringLiteral("Okonkwo"));
}

void TestListSettings::clearFiltersShowsEveryCase()
{
    signIn(m_alice);
    auto page = openCases();
    QVERIFY(page);
    CaseListPanel* list = page->findChild<CaseListPanel*>();
    QTest::keyClicks(caseSearch(page.get()), "Nowak");
    QTRY_COMPARE(list->model()->rowCount(), 1);
    auto* clear = page->findChild<QPushButton*>(QStringLiteral("clearFilters"));
    QVERIFY(clear);
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(list->filterBar()->filter(), CaseListFilter());
    QCOMPARE(caseSearch(page.get())->text(), QString());
    QTRY_COMPARE(list->model()->rowCount(), 3);
}

void TestListSettings::directorySearchIsNotShownToTheNextUser()
{
    signIn(m_alice);
    ContactsPage page(m_context.get());
    page.resize(1366, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.searchBox()->setText(QStringLiteral("Hart"));
    page.applyFilter();
    QCOMPARE(page.people()->filter().search, QStringLiteral("Hart"));
    signIn(m_bob);
    QCOMPARE(page.searchBox()->text(), QString());
    QCOMPARE(page.people()->filter().search, QString());
    // "Clear filters" empties what was typed and chosen.
    page.searchBox()->setText(QStringLiteral("Ng"));
    page.applyFilter();
    auto* clear = page.findChild<QPushButton*>(QStringLiteral("clearFilters"));
    QVERIFY(clear);
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(page.searchBox()->text(), QString());
    QCOMPARE(page.people()->filter().search, QString());
    QVERIFY(!page.peopleView()->horizontalHeader()->stretchLastSection());
}

QTEST_MAIN(TestListSettings)
#include "tst_listsettings.moc"
