#include "CaseSeed.h"
#include "RecordingPresenter.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "cases/CaseTaskDialog.h"
#include "cases/CaseTasksPanel.h"
#include "cases/CaseTimelinePanel.h"
#include "cases/CaseWorkspace.h"
#include "common/DateLineEdit.h"
#include "common/WorkContext.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/DashboardTaskList.h"
#include "shell/DatabaseSession.h"
#include "shell/TaskReminder.h"
#include "store/access/SessionActor.h"
#include "store/access/UserRepository.h"
#include "store/cases/CaseTaskRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

// The tasks of a case on screen (issue 17 point 4): the Tasks page adds a
// task for the signed-in person by default, refuses one without a title in
// the dialog, edits one (and says so when another desk saved first), marks
// one done with Delete and open again, sorts by any column; the workspace
// has the page at Alt+8 and its timeline shows the tasks; the dashboard
// lists "My tasks" and "Overdue tasks" and opens the case of a line; the
// reminder speaks at sign-in and once each morning from 07:00, in the status
// bar where there is no tray. Names are synthetic.
class TestCaseTasksPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove("users"); // the dashboard's "Show cases of": the signed-in person's own
    }
    void init();
    void cleanup();
    void addedEditedAndMarkedDone();
    void anotherDesksEditIsNotOverwritten();
    void sortedByAnyColumn();
    void workspaceHasThePageAndTheTimelineShowsTasks();
    void dashboardListsMyAndOverdueTasks();
    void reminderAtSignInAndEachMorning();

private:
    CaseTaskDialog* add(const QString& title, const QDate& due);
    qint64 addInStore(const QString& title, std::optional<qint64> forWhom, const QDate& due);
    QString cell(int row, int column) const;

    RecordingPresenter m_presenter;
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<WorkContext> m_context;
    std::unique_ptr<CaseTasksPanel> m_panel;
    User m_sam;
    User m_jo;
    qint64 m_caseId = 0;
    QDate m_today;
};

void TestCaseTasksPanel::init()
{
    m_presenter.clear();
    MessagePresenter::install(&m_presenter);
    m_test = std::make_unique<TestDatabase>("sqlite");
    m_session = std::make_unique<DatabaseSession>();
    CG_VERIFY_OK(m_session->open(m_test->settings()));
    QSqlDatabase db = m_session->database()->connection();
    m_sam = User();
    m_sam.username = QStringLiteral("sam.okafor");
    m_sam.displayName = QStringLiteral("Sam Okafor");
    m_jo = User();
    m_jo.username = QStringLiteral("jo.mercer");
    m_jo.displayName = QStringLiteral("Jo Mercer");
    m_jo.role = UserRole::Caseworker; // another desk that may edit every case
    for (User* each : {&m_sam, &m_jo})
        CG_VERIFY_OK(UserRepository(db).add(each));
    const qint64 council = CaseSeed::addCouncil(db, "Northshire", "NOR");
    QVERIFY(council);
    m_today = QDate::currentDate();
    QString error;
    Referral referral = CaseSeed::mediationReferral(council, "Noah", "Price", m_today.addDays(-10));
    referral.caseworkerId = m_sam.id;
    m_caseId = CaseSeed::addCase(db, referral, m_today, &error);
    QVERIFY2(m_caseId, qPrintable(error));
    m_context = std::make_unique<WorkContext>(m_session.get());
    // Signed in: Sam acts on the connection, as after the sign-in dialog.
    CG_VERIFY_OK(SessionActor::set(db, m_sam.id));
    m_context->setSignedInUser(m_sam);
    m_panel = std::make_unique<CaseTasksPanel>(m_context.get(), m_caseId);
    m_panel->resize(900, 500);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestCaseTasksPanel::cleanup()
{
    m_panel.reset();
    m_context.reset();
    m_session.reset();
    m_test.reset();
    MessagePresenter::install(nullptr);
}

CaseTaskDialog* TestCaseTasksPanel::add(const QString& title, const QDate& due)
{
    CaseTaskDialog* dialog = m_panel->beginAdd();
    if (!dialog)
        return nullptr;
    dialog->titleEdit()->clear();
    QTest::keyClicks(dialog->titleEdit(), title);
    dialog->dueEdit()->setDate(due);
    dialog->accept();
    return dialog;
}

qint64 TestCaseTasksPanel::addInStore(const QString& title, std::optional<qint64> forWhom, const QDate& due)
{
    CaseTask task;
    task.caseId = m_caseId;
    task.title = title;
    task.assignedToId = forWhom;
    task.dueDate = due;
    const StoreError error = CaseTaskRepository(m_context->database()).add(&task);
    return error ? 0 : task.id;
}

QString TestCaseTasksPanel::cell(int row, int column) const
{
    const QTableWidgetItem* item = m_panel->table()->item(row, column);
    return item ? item->text() : QString();
}

void TestCaseTasksPanel::addedEditedAndMarkedDone()
{
    QCOMPARE(m_panel->taskCount(), 0);
    QVERIFY(!m_panel->doneButton()->isEnabled());

    // A new task is for the person signed in unless they choose another.
    QPointer<CaseTaskDialog> dialog = m_panel->beginAdd();
    QVERIFY(dialog);
    QCOMPARE(dialog->forBox()->currentData().toLongLong(), m_sam.id);
    QVERIFY(dialog->forBox()->findData(m_jo.id) > 0);
    // Without a title it is refused in the dialog, which stays open.
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->problemText().contains(QStringLiteral("what the task is")),
             qPrintable(dialog->problemText()));
    QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Ring the school about the venue"));
    dialog->dueEdit()->setText(QStringLiteral("31/02/2026"));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->problemText().contains(QStringLiteral("not a real date")),
             qPrintable(dialog->problemText()));
    dialog->dueEdit()->setDate(m_today.addDays(-1));
    dialog->accept();
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(m_panel->taskCount(), 1);
    QCOMPARE(cell(0, 0), QStringLiteral("Overdue"));
    QCOMPARE(cell(0, 1), QStringLiteral("Ring the school about the venue"));
    QCOMPARE(cell(0, 2), QStringLiteral("Sam Okafor"));

    // Edited: for Jo, due today.
    dialog = m_panel->beginEdit(m_panel->taskIdAt(0));
    QVERIFY(dialog);
    QCOMPARE(dialog->titleEdit()->text(), QStringLiteral("Ring the school about the venue"));
    dialog->forBox()->setCurrentIndex(dialog->forBox()->findData(m_jo.id));
    dialog->dueEdit()->setDate(m_today);
    dialog->accept();
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(cell(0, 0), QStringLiteral("Due today"));
    QCOMPARE(cell(0, 2), QStringLiteral("Jo Mercer"));

    // Delete marks it done, and again open.
    m_panel->table()->selectRow(0);
    m_panel->table()->setFocus();
    QTest::keyClick(m_panel->table(), Qt::Key_Delete);
    QVERIFY2(m_presenter.errors.isEmpty(), qPrintable(m_presenter.errors.join('\n')));
    QCOMPARE(cell(0, 0), QStringLiteral("Done"));
    QCOMPARE(m_panel->doneButton()->text(), QStringLiteral("Mark not &done"));
    QTest::keyClick(m_panel->table(), Qt::Key_Delete);
    QCOMPARE(cell(0, 0), QStringLiteral("Due today"));
    m_panel->doneButton()->click();
    QCOMPARE(cell(0, 0), QStringLiteral("Done"));
    CaseTask stored;
    CG_VERIFY_OK(CaseTaskRepository(m_context->database()).find(m_panel->taskIdAt(0), &stored));
    QVERIFY(stored.isDone());
    QCOMPARE(stored.doneByName, QStringLiteral("Sam Okafor"));

    // A new task may be done when it is added.
    dialog = m_panel->beginAdd();
    QTest::keyClicks(dialog->titleEdit(), QStringLiteral("File the decision notice"));
    dialog->doneBox()->setChecked(true);
    dialog->accept();
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(m_panel->taskCount(), 2);
    QCOMPARE(cell(1, 0), QStringLiteral("Done"));
    QVERIFY2(m_presenter.errors.isEmpty(), qPrintable(m_presenter.errors.join('\n')));
}

void TestCaseTasksPanel::anotherDesksEditIsNotOverwritten()
{
    const qint64 id = addInStore(QStringLiteral("Send the agenda"), m_sam.id, m_today.addDays(2));
    QVERIFY(id);
    m_panel->reload();
    QPointer<CaseTaskDialog> dialog = m_panel->beginEdit(id);
    QVERIFY(dialog);
    // Another desk (Jo) saves first.
    CaseTask theirs;
    CaseTaskRepository repository(m_context->database());
    CG_VERIFY_OK(repository.find(id, &theirs));
    CG_VERIFY_OK(SessionActor::set(m_context->database(), m_jo.id));
    theirs.dueDate = m_today.addDays(5);
    CG_VERIFY_OK(repository.update(theirs));
    CG_VERIFY_OK(SessionActor::set(m_context->database(), m_sam.id));

    dialog->titleEdit()->setText(QStringLiteral("Send the agenda and the map"));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->problemText().contains(QStringLiteral("Jo Mercer changed this task")),
             qPrintable(dialog->problemText()));
    dialog->reject();
    CaseTask stored;
    CG_VERIFY_OK(repository.find(id, &stored));
    QCOMPARE(stored.title, QStringLiteral("Send the agenda"));
    QCOMPARE(stored.dueDate, m_today.addDays(5));
}

void TestCaseTasksPanel::sortedByAnyColumn()
{
    QVERIFY(addInStore(QStringLiteral("Book a room"), m_sam.id, m_today.addDays(3)));
    QVERIFY(addInStore(QStringLiteral("Ask for the plan"), std::nullopt, QDate()));
    QVERIFY(addInStore(QStringLiteral("Chase the council"), m_jo.id, m_today.addDays(-4)));
    m_panel->reload();
    QCOMPARE(m_panel->taskCount(), 3);
    // By state first: the overdue one at the top.
    QCOMPARE(cell(0, 1), QStringLiteral("Chase the council"));
    m_panel->table()->sortByColumn(3, Qt::AscendingOrder); // due: by day, none last
    QCOMPARE((QStringList{cell(0, 1), cell(1, 1), cell(2, 1)}),
             (QStringList{"Chase the council", "Book a room", "Ask for the plan"}));
    m_panel->table()->sortByColumn(1, Qt::AscendingOrder); // what
    QCOMPARE((QStringList{cell(0, 1), cell(1, 1), cell(2, 1)}),
             (QStringList{"Ask for the plan", "Book a room", "Chase the council"}));
    m_panel->table()->sortByColumn(2, Qt::DescendingOrder); // for whom
    QCOMPARE(cell(0, 2), QStringLiteral("Sam Okafor"));
}

void TestCaseTasksPanel::workspaceHasThePageAndTheTimelineShowsTasks()
{
    const qint64 id = addInStore(QStringLiteral("Ring the family"), m_sam.id, m_today);
    QVERIFY(id);
    CG_VERIFY_OK(CaseTaskRepository(m_context->database()).setDone(id, true));
    CaseWorkspace workspace(m_context.get(), m_caseId);
    QVERIFY(workspace.load());
    QVERIFY(workspace.tasks());
    auto* tabs = workspace.findChild<QTabWidget*>();
    QVERIFY(tabs);
    QCOMPARE(tabs->indexOf(workspace.tasks()), 7); // Alt+8
    QCOMPARE(workspace.tasks()->taskCount(), 1);
    auto* timeline = workspace.findChild<CaseTimelinePanel*>();
    QVERIFY(timeline);
    auto* view = timeline->findChild<QTableView*>();
    QVERIFY(view);
    QStringList summaries;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        summaries << view->model()->index(row, 2).data().toString();
    QVERIFY2(summaries.contains(QStringLiteral("Task done: Ring the family")),
             qPrintable(summaries.join('\n')));
    QVERIFY2(summaries.contains(QStringLiteral("Task added for Sam Okafor: Ring the family")),
             qPrintable(summaries.join('\n')));
    // A task added on the page is on the timeline at once.
    QPointer<CaseTaskDialog> dialog = workspace.tasks()->beginAdd();
    QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Post the letter"));
    dialog->accept();
    QTRY_VERIFY(dialog.isNull());
    bool found = false;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        found = found ||
                view->model()->index(row, 2).data().toString().endsWith(QStringLiteral("Post the letter"));
    QVERIFY(found);
}

void TestCaseTasksPanel::dashboardListsMyAndOverdueTasks()
{
    QVERIFY(addInStore(QStringLiteral("Mine, overdue"), m_sam.id, m_today.addDays(-2)));
    QVERIFY(addInStore(QStringLiteral("Mine, next week"), m_sam.id, m_today.addDays(7)));
    QVERIFY(addInStore(QStringLiteral("Jo's, overdue"), m_jo.id, m_today.addDays(-1)));
    const qint64 done = addInStore(QStringLiteral("Mine, done"), m_sam.id, m_today.addDays(-3));
    CG_VERIFY_OK(CaseTaskRepository(m_context->database()).setDone(done, true));
    DashboardPage page(m_context.get());
    page.resize(1200, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QListWidget* mine = page.myTasksList()->list();
    QListWidget* overdue = page.overdueTasksList()->list();
    QCOMPARE(mine->count(), 2);
    QVERIFY(mine->item(0)->text().contains(QStringLiteral("Mine, overdue")));
    QVERIFY(mine->item(1)->text().contains(QStringLiteral("Mine, next week")));
    // Sam sees his own cases: both overdue ones are on his case.
    QCOMPARE(overdue->count(), 2);
    QVERIFY(overdue->item(0)->text().contains(QStringLiteral("Mine, overdue")));
    QVERIFY(overdue->item(1)->text().contains(QStringLiteral("(Jo Mercer)")));

    // Enter (as a double click) on a line opens the task's case.
    QSignalSpy opened(&page, &DashboardPage::openCaseRequested);
    overdue->setFocus();
    overdue->setCurrentRow(1);
    QTest::keyClick(overdue, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), m_caseId);

    // Marked done on the case's page, it leaves both lists.
    m_panel->reload();
    for (int row = 0; row < m_panel->taskCount(); ++row) {
        if (cell(row, 1) == QStringLiteral("Mine, overdue"))
            m_panel->table()->selectRow(row);
    }
    QVERIFY(m_panel->toggleSelectedDone());
    QCOMPARE(mine->count(), 1);
    QCOMPARE(overdue->count(), 1);
    QVERIFY2(m_presenter.errors.isEmpty(), qPrintable(m_presenter.errors.join('\n')));
}

void TestCaseTasksPanel::reminderAtSignInAndEachMorning()
{
    QVERIFY(addInStore(QStringLiteral("Due today"), m_sam.id, m_today));
    QVERIFY(addInStore(QStringLiteral("Overdue one"), m_sam.id, m_today.addDays(-1)));
    QVERIFY(addInStore(QStringLiteral("Overdue two"), m_sam.id, m_today.addDays(-5)));
    QVERIFY(addInStore(QStringLiteral("Tomorrow"), m_sam.id, m_today.addDays(1)));
    QVERIFY(addInStore(QStringLiteral("Jo's today"), m_jo.id, m_today));
    QStatusBar statusBar;
    TaskReminder reminder(m_context.get(), &statusBar);
    reminder.setTrayAvailable(false);
    QDateTime now(m_today, QTime(6, 30));
    reminder.setClock([&now] { return now; });
    QSignalSpy reminded(&reminder, &TaskReminder::reminded);
    QVERIFY(reminder.timer()->isActive());

    // Signed in at 06:30: told at once.
    reminder.remind();
    QCOMPARE(reminded.count(), 1);
    QCOMPARE(statusBar.currentMessage(),
             QStringLiteral("You have 1 task due today and 2 tasks overdue. They are under My tasks on the "
                            "dashboard."));
    // Told again at the first minute from 07:00, and only once that day.
    now = QDateTime(m_today, QTime(6, 59));
    reminder.tick();
    QCOMPARE(reminded.count(), 1);
    now = QDateTime(m_today, QTime(7, 0, 30));
    reminder.tick();
    QCOMPARE(reminded.count(), 2);
    now = QDateTime(m_today, QTime(7, 1));
    reminder.tick();
    now = QDateTime(m_today, QTime(15, 0));
    reminder.tick();
    QCOMPARE(reminded.count(), 2);
    // The next morning, what is due then (today's is overdue by then).
    now = QDateTime(m_today.addDays(1), QTime(7, 0));
    reminder.tick();
    QCOMPARE(reminded.count(), 3);
    QCOMPARE(reminder.lastMessage(),
             QStringLiteral("You have 1 task due today and 3 tasks overdue. They are under My tasks on the "
                            "dashboard."));
    // A sign-in after 07:00 is that morning's reminder: the tick does not repeat it.
    now = QDateTime(m_today.addDays(2), QTime(9, 0));
    m_context->setSignedInUser(m_sam); // the screens reload, and the reminder speaks
    reminder.remind();
    const int afterSignIn = reminded.count();
    reminder.tick();
    QCOMPARE(reminded.count(), afterSignIn);
    // Nothing due: nothing said.
    m_context->setSignedInUser(m_jo);
    now = QDateTime(m_today.addDays(-3), QTime(8, 0));
    statusBar.clearMessage();
    const int before = reminded.count();
    reminder.remind();
    QCOMPARE(reminded.count(), before);
    QVERIFY(statusBar.currentMessage().isEmpty());
}

QTEST_MAIN(TestCaseTasksPanel)
#include "tst_casetaskspanel.moc"
