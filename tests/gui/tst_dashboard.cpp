#include "CaseSeed.h"
#include "RecordingPresenter.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "common/WorkContext.h"
#include "dashboard/DashboardCaseList.h"
#include "dashboard/DashboardPage.h"
#include "itemmodels/CaseRowsModel.h"
#include "rules/DeadlineUrgency.h"
#include "shell/DatabaseSession.h"
#include "store/access/UserRepository.h"
#include "store/cases/ActivityRepository.h"
#include "store/cases/CaseRepository.h"
#include "store/certificates/CertificateRepository.h"
#include "store/settings/SettingsRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove("dashboard/user"); // whose cases: everyone's unless a test chooses
        QSettings().remove("users");
    }
    void showCasesOfIsRememberedPerUser();
    void openCasesKeepTheNamesReadable();
    void showsOverdueAndMyCasesAndOpensThem();
    void followsTheOpenDatabase();
    void updatesAfterIssueAndShowsEveryone();
    void listsFamiliesGoneQuiet();
};

void TestDashboard::showsOverdueAndMyCasesAndOpensThem()
{
    RecordingPresenter presenter;
    MessagePresenter::install(&presenter);
    TestDatabase test("sqlite");
    DatabaseSession session;
    CG_VERIFY_OK(session.open(test.settings()));
    QSqlDatabase db = session.database()->connection();
    const QDate today = QDate::currentDate();
    const qint64 council = CaseSeed::addCouncil(db, "Northshire", "NOR");
    const qint64 me = CaseSeed::addUser(db, "cw-test-user", "Casey Worker");
    QVERIFY(council && me);
    // Enquiry a month ago, never actioned: the referral service level has passed.
    Referral late = CaseSeed::mediationReferral(council, "Ella", "Late", today.addDays(-30));
    const qint64 lateId = CaseSeed::addCase(db, late, today);
    Referral mine = CaseSeed::mediationReferral(council, "Finn", "Mine", today);
    mine.caseworkerId = me;
    const qint64 mineId = CaseSeed::addCase(db, mine, today);
    QVERIFY(lateId && mineId);

    WorkContext context(&session);
    DashboardPage page(&context);
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy opened(&page, &DashboardPage::openCaseRequested);

    CaseRowsModel* overdue = page.overdueList()->model();
    QCOMPARE(overdue->rowCount(), 1);
    QCOMPARE(overdue->caseIdAt(0), lateId);
    QVERIFY(overdue->index(0, CaseRowsModel::TimeLeftColumn).data().toString().startsWith("Overdue"));
    QCOMPARE(overdue->index(0, 0).data(CaseRowsModel::UrgencyRole).toInt(),
             int(DeadlineUrgency::Level::Overdue));
    QVERIFY(page.countsLabel()->text().contains("Overdue: 1"));

    // Enter on a line opens its case.
    QTableView* view = page.overdueList()->view();
    view->setFocus();
    view->setCurrentIndex(overdue->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toLongLong(), lateId);

    // "Show cases of:" picks whose cases are "mine", and is remembered.
    auto* user = page.findChild<QComboBox*>();
    user->setCurrentIndex(user->findData(me));
    CaseRowsModel* myCases = page.myCasesList()->model();
    QCOMPARE(myCases->rowCount(), 1);
    QCOMPARE(myCases->caseIdAt(0), mineId);
    DashboardPage again(&context);
    QCOMPARE(again.findChild<QComboBox*>()->currentData().toLongLong(), me);
    QCOMPARE(again.myCasesList()->model()->rowCount(), 1);
    QVERIFY(presenter.errors.isEmpty());
    MessagePresenter::install(nullptr);
}

void TestDashboard::followsTheOpenDatabase()
{
    TestDatabase first("sqlite");
    TestDatabase second("sqlite");
    DatabaseSession session;
    CG_VERIFY_OK(session.open(first.settings()));
    const QDate today = QDate::currentDate();
    const qint64 council = CaseSeed::addCouncil(session.database()->connection(), "Northshire", "NOR");
    QVERIFY(CaseSeed::addCase(session.database()->connection(),
                              CaseSeed::mediationReferral(council, "Ella", "Late", today.addDays(-30)),
                              today));
    WorkContext context(&session);
    DashboardPage page(&context);
    QCOMPARE(page.overdueList()->model()->rowCount(), 1);
    CG_VERIFY_OK(session.open(second.settings()));
    QCOMPARE(page.overdueList()->model()->rowCount(), 0);
}

void TestDashboard::updatesAfterIssueAndShowsEveryone()
{
    RecordingPresenter presenter;
    MessagePresenter::install(&presenter);
    TestDatabase test("sqlite");
    DatabaseSession session;
    CG_VERIFY_OK(session.open(test.settings()));
    QSqlDatabase db = session.database()->connection();
    const QDate today = QDate::currentDate();
    const qint64 council = CaseSeed::addCouncil(db, "Northshire", "NOR");
    User supervisor;
    supervisor.username = QStringLiteral("cyrus.hale");
    supervisor.displayName = QStringLiteral("Cyrus Hale");
    supervisor.role = UserRole::Supervisor;
    CG_VERIFY_OK(UserRepository(db).add(&supervisor));
    User mediator;
    mediator.username = QStringLiteral("jo.test");
    mediator.displayName = QStringLiteral("Jo Test");
    mediator.role = UserRole::Mediator;
    CG_VERIFY_OK(UserRepository(db).add(&mediator));
    QString why;
    const qint64 caseId = CaseSeed::addCase(
        db, CaseSeed::mediationReferral(council, "Ilse", "Marrow", today.addDays(-12)), today, &why);
    QVERIFY2(caseId &&
                 CaseSeed::advanceTo(db, caseId, CaseStage::MeetingHeld, today.addDays(-1), today, &why),
             qPrintable(why));
    CG_VERIFY_OK(CaseRepository(db, BankHolidayCalendar::shipped()).assignMediator(caseId, mediator.id, {}));

    WorkContext context(&session);
    DashboardPage page(&context);
    page.resize(1366, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* user = page.findChild<QComboBox*>();
    QCOMPARE(user->itemText(0), QStringLiteral("Everyone"));
    user->setCurrentIndex(0);

    // Each line says what is due.
    CaseRowsModel* certificates = page.certificatesList()->model();
    QCOMPARE(certificates->rowCount(), 1);
    QCOMPARE(certificates->index(0, CaseRowsModel::WhatColumn).data().toString(),
             QStringLiteral("Part 2 certificate"));
    QVERIFY(page.countsLabel()->text().contains("Certificates due: 1"));

    // Issued on the Certificates screen, which announces the change: gone.
    const StoreError issued = CertificateRepository(db, BankHolidayCalendar::shipped())
                                  .issueForCase(caseId, std::nullopt, {"Cyrus Hale", supervisor.id}, today);
    QVERIFY2(issued.ok(), qPrintable(issued.message()));
    context.notifyCaseChanged(caseId);
    QCOMPARE(certificates->rowCount(), 0);
    QVERIFY2(page.countsLabel()->text().contains("Certificates due: 0"),
             qPrintable(page.countsLabel()->text()));
    // And after a restart of the screen.
    DashboardPage again(&context);
    QCOMPARE(again.certificatesList()->model()->rowCount(), 0);

    // The mediator's cases are those they mediate, not only those they casework.
    user->setCurrentIndex(user->findData(mediator.id));
    QCOMPARE(page.myCasesList()->model()->rowCount(), 1);
    QCOMPARE(page.myCasesList()->model()->caseIdAt(0), caseId);
    QVERIFY(presenter.errors.isEmpty());
    MessagePresenter::install(nullptr);
}

void TestDashboard::showCasesOfIsRememberedPerUser()
{
    RecordingPresenter presenter;
    MessagePresenter::install(&presenter);
    TestDatabase test("sqlite");
    DatabaseSession session;
    CG_VERIFY_OK(session.open(test.settings()));
    QSqlDatabase db = session.database()->connection();
    User ann;
    ann.username = QStringLiteral("ann.caseworker");
    ann.displayName = QStringLiteral("Ann Reyes");
    User ben;
    ben.username = QStringLiteral("ben.caseworker");
    ben.displayName = QStringLiteral("Ben Oduya");
    User cyrus;
    cyrus.username = QStringLiteral("cyrus.supervisor");
    cyrus.displayName = QStringLiteral("Cyrus Hale");
    cyrus.role = UserRole::Supervisor;
    for (User* each : {&ann, &ben, &cyrus})
        CG_VERIFY_OK(UserRepository(db).add(each));

    WorkContext context(&session);
    context.setSignedInUser(ann);
    DashboardPage page(&context);
    auto* user = page.findChild<QComboBox*>();
    // Before choosing, a caseworker sees their own cases.
    QCOMPARE(user->currentData().toLongLong(), ann.id);
    user->setCurrentIndex(0); // Ann chooses "Everyone"

    // Ben signs in at the same desk: his own cases, not Ann's choice.
    context.setSignedInUser(ben);
    QCOMPARE(user->currentData().toLongLong(), ben.id);
    user->setCurrentIndex(user->findData(ann.id)); // Ben looks at Ann's cases

    // Each finds their own choice again, on this screen and on a new one (a restart).
    context.setSignedInUser(ann);
    QCOMPARE(user->currentIndex(), 0);
    QCOMPARE(user->currentText(), QStringLiteral("Everyone"));
    context.setSignedInUser(ben);
    QCOMPARE(user->currentData().toLongLong(), ann.id);
    DashboardPage restarted(&context);
    QCOMPARE(restarted.findChild<QComboBox*>()->currentData().toLongLong(), ann.id);
    // A supervisor who never chose sees everyone's.
    context.setSignedInUser(cyrus);
    QCOMPARE(user->currentIndex(), 0);
    QVERIFY(presenter.errors.isEmpty());
    MessagePresenter::install(nullptr);
}

void TestDashboard::openCasesKeepTheNamesReadable()
{
    TestDatabase test("sqlite");
    DatabaseSession session;
    CG_VERIFY_OK(session.open(test.settings()));
    QSqlDatabase db = session.database()->connection();
    const QDate today = QDate::currentDate();
    const qint64 council = CaseSeed::addCouncil(db, "Northshire", "NOR");
    // Long "what is due" lines: a meeting that must take place, a certificate.
    QString why;
    for (const char* family : {"Hartley", "Okonkwo-Baptiste", "Lennox"}) {
        const qint64 id = CaseSeed::addCase(
            db, CaseSeed::mediationReferral(council, "Siobhán", family, today.addDays(-12)), today, &why);
        QVERIFY2(id &&
                     CaseSeed::advanceTo(db, id, CaseStage::NoMeetingInTime, today.addDays(-1), today, &why),
                 qPrintable(why));
    }
    WorkContext context(&session);
    DashboardPage page(&context);
    // The dashboard's width in a 1366-pixel window, beside the navigation.
    page.resize(1366 - 180, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.findChild<QComboBox*>()->setCurrentIndex(0); // everyone's
    DashboardCaseList* open = page.myCasesList();
    QTableView* view = open->view();
    QTRY_COMPARE(open->model()->rowCount(), 3);
    QTRY_VERIFY(view->columnWidth(CaseRowsModel::ChildColumn) >= open->childColumnFloor());
    QVERIFY(view->columnWidth(CaseRowsModel::ChildColumn) >=
            view->fontMetrics().horizontalAdvance(QStringLiteral("Siobhán Hartley")));
    // Every column in sight: no sideways cut.
    int total = 0;
    for (int column = 0; column < open->model()->columnCount(); ++column) {
        if (!view->isColumnHidden(column))
            total += view->columnWidth(column);
    }
    QVERIFY2(total <= view->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(total).arg(view->viewport()->width())));
    // The whole name is in the tooltip.
    QVERIFY(open->model()
                ->index(0, CaseRowsModel::ChildColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("Siobhán ")));
}

// Families told about mediation a month ago: the one nobody has heard from
// since is listed as gone quiet, the one rung yesterday is not; the office
// setting 0 takes the panel away.
void TestDashboard::listsFamiliesGoneQuiet()
{
    RecordingPresenter presenter;
    MessagePresenter::install(&presenter);
    TestDatabase test("sqlite");
    DatabaseSession session;
    CG_VERIFY_OK(session.open(test.settings()));
    QSqlDatabase db = session.database()->connection();
    const QDate today = QDate::currentDate();
    const qint64 council = CaseSeed::addCouncil(db, "Northshire", "NOR");
    QVERIFY(council);
    QString why;
    const qint64 quietId = CaseSeed::addCase(
        db, CaseSeed::mediationReferral(council, "Orla", "Quiet", today.addDays(-40)), today);
    const qint64 rungId = CaseSeed::addCase(
        db, CaseSeed::mediationReferral(council, "Rhys", "Rung", today.addDays(-40)), today);
    QVERIFY(quietId && rungId);
    QVERIFY2(CaseSeed::advanceTo(db, quietId, CaseStage::InformationGiven, today.addDays(-30), today, &why),
             qPrintable(why));
    QVERIFY2(CaseSeed::advanceTo(db, rungId, CaseStage::InformationGiven, today.addDays(-30), today, &why),
             qPrintable(why));
    Activity call;
    call.caseId = rungId;
    call.kind = ActivityKind::Call;
    call.occurredAt = QDateTime(today.addDays(-1), QTime(15, 0));
    call.summary = QStringLiteral("The parent is thinking it over");
    CG_VERIFY_OK(ActivityRepository(db).add(&call));

    WorkContext context(&session);
    DashboardPage page(&context);
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.quietFamiliesList()->isVisible());
    CaseRowsModel* quiet = page.quietFamiliesList()->model();
    QCOMPARE(quiet->rowCount(), 1);
    QCOMPARE(quiet->caseIdAt(0), quietId);

    CG_VERIFY_OK(SettingsRepository(db).setQuietFamilyWorkingDays(0));
    page.refresh();
    QVERIFY(!page.quietFamiliesList()->isVisible());
    // The meetings take the whole width back.
    QWidget* meetingsBox = page.findChild<QLabel*>("meetingsHeading")->parentWidget();
    QTRY_VERIFY(meetingsBox->width() > page.width() * 2 / 3);
    CG_VERIFY_OK(SettingsRepository(db).setQuietFamilyWorkingDays(10));
    page.refresh();
    QVERIFY(page.quietFamiliesList()->isVisible());
    QCOMPARE(page.quietFamiliesList()->model()->rowCount(), 1);
    QTRY_VERIFY(meetingsBox->width() < page.width() / 2);
    QVERIFY(presenter.errors.isEmpty());
    MessagePresenter::install(nullptr);
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
