#include "CaseSeed.h"
#include "RecordingPresenter.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "cases/CaseListPanel.h"
#include "cases/CasesPage.h"
#include "common/WorkContext.h"
#include "itemmodels/CaseListModel.h"
#include "shell/DatabaseSession.h"
#include "store/infrastructure/Database.h"

#include <QElapsedTimer>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

// Every desk sees the others (issue 18 point 6): a case another desk adds,
// on a connection of its own, shows in this desk's case list within 2
// seconds, with nobody refreshing, and the case selected and the scroll
// position stay as they were. PostgreSQL hears it through LISTEN/NOTIFY,
// SQLite through PRAGMA data_version. Every name is synthetic.
class TestOtherDesks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void caseListShowsAnotherDesksCase_data() { TestDatabase::addEngineRows(); }
    void caseListShowsAnotherDesksCase();
};

void TestOtherDesks::caseListShowsAnotherDesksCase()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    RecordingPresenter presenter;
    MessagePresenter::install(&presenter);
    DatabaseSession session;
    CG_VERIFY_OK(session.open(test.settings()));
    QSqlDatabase db = session.database()->connection();
    const QDate today(2026, 11, 23);
    const qint64 council =
        CaseSeed::addCouncil(db, QStringLiteral("Northmoor Borough Council"), QStringLiteral("NMB"));
    QVERIFY(council > 0);
    // Enough cases for the list to scroll.
    for (int i = 0; i < 30; ++i) {
        QString why;
        const Referral referral = CaseSeed::mediationReferral(
            council, QStringLiteral("Zoe"), QStringLiteral("Family%1").arg(i), today.addDays(-i));
        QVERIFY2(CaseSeed::addCase(db, referral, today, &why) > 0, qPrintable(why));
    }

    WorkContext context(&session);
    context.setToday(today);
    CasesPage page(&context);
    page.resize(1000, 420);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    CaseListPanel* list = page.list();
    QTableView* view = list->view();
    QTRY_COMPARE(list->model()->rowCount(), 30);
    // Down the list, a case chosen and the list scrolled.
    const int chosenRow = 25;
    const qint64 chosen = list->model()->caseIdAt(chosenRow);
    list->selectCase(chosen);
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    const int scrolled = view->verticalScrollBar()->value();
    QVERIFY(scrolled > 0);

    // Another desk adds a case through its own connection.
    {
        Database other(test.settings());
        CG_VERIFY_OK(other.open());
        QString why;
        const Referral referral =
            CaseSeed::mediationReferral(council, QStringLiteral("Ada"), QStringLiteral("Elsewhere"), today);
        QVERIFY2(CaseSeed::addCase(other.connection(), referral, today, &why) > 0, qPrintable(why));
    }
    QElapsedTimer clock;
    clock.start();
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 31, 2000);
    qInfo("%s: the other desk's case showed after %lld ms", qPrintable(engine), clock.elapsed());
    const QModelIndex current = view->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(list->model()->caseIdAt(current.row()), chosen);
    QCOMPARE(view->verticalScrollBar()->value(), scrolled);
    QVERIFY2(presenter.errors.isEmpty(), qPrintable(presenter.errors.join('\n')));
    MessagePresenter::install(nullptr);
}

QTEST_MAIN(TestOtherDesks)
#include "tst_otherdesks.moc"
