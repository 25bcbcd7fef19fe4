#include "CaseSeed.h"
#include "RecordingPresenter.h"
#include "ScriptedFileChooser.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "cases/CaseDetailsForm.h"
#include "cases/CaseListPanel.h"
#include "cases/CaseTimelinePanel.h"
#include "cases/CaseWorkspace.h"
#include "cases/CasesPage.h"
#include "cases/FamilyNotPursuedDialog.h"
#include "cases/FamilyWantsMediationDialog.h"
#include "cases/LogActivityDialog.h"
#include "cases/QuickOpenDialog.h"
#include "cases/RecentCases.h"
#include "cases/StageMoveDialog.h"
#include "cases/ThirtyDayStartDialog.h"
#include "common/DateLineEdit.h"
#include "common/WorkContext.h"
#include "domain/OfficeTime.h"
#include "itemmodels/ActivityModel.h"
#include "itemmodels/CaseDeadlinesModel.h"
#include "rules/DeadlineCalculator.h"
#include "rules/IsoDate.h"
#include "rules/QuietFamilyRule.h"
#include "shell/DatabaseSession.h"
#include "shell/MainWindow.h"
#include "store/cases/ActivityRepository.h"
#include "store/meetings/MeetingRepository.h"
#include "store/settings/SettingsRepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The case workspace: stage moves, the timeline, and edits that are saved,
// reverted, or asked about before they are lost.
class TestCaseWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void showsTheCaseAndItsDeadlines();
    void fitsBesideTheNavigationAt1366();
    void refusedStageMoveSaysWhy();
    void stageMoveIsOnTheTimeline();
    void callIsLogged();
    void recordedEventsMoveTheCase();
    void notPursuedMakesPart1Due();
    void quietFamilyIsAskedAboutUntilACall();
    void ctrlSSavesAndRevertPutsBack();
    void unsavedEditsAreAskedAbout();
    void closingTheWindowAsksAboutUnsavedEdits();
    void quickOpenFindsByNameAndRecentCasesReopen();
    void caseListExportsThroughItsButton();

private:
    QLineEdit* field(CaseWorkspace* workspace, const QString& accessibleName);
    CaseDetails stored();
    void clickOk(QDialog* dialog);

    RecordingPresenter m_presenter;
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<WorkContext> m_context;
    std::unique_ptr<CasesPage> m_page;
    qint64 m_caseId = 0;
};

void TestCaseWorkspace::init()
{
    m_presenter.clear();
    MessagePresenter::install(&m_presenter);
    m_test = std::make_unique<TestDatabase>("sqlite");
    m_session = std::make_unique<DatabaseSession>();
    CG_VERIFY_OK(m_session->open(m_test->settings()));
    QSqlDatabase db = m_session->database()->connection();
    const qint64 council = CaseSeed::addCouncil(db, "Northshire", "NOR");
    QVERIFY(council);
    const QDate today = QDate::currentDate();
    QString error;
    m_caseId = CaseSeed::addCase(db, CaseSeed::mediationReferral(council, "Noah", "Price", today.addDays(-3)),
                                 today, &error);
    QVERIFY2(m_caseId, qPrintable(error));
    m_context = std::make_unique<WorkContext>(m_session.get());
    m_page = std::make_unique<CasesPage>(m_context.get());
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestCaseWorkspace::cleanup()
{
    m_page.reset();
    m_context.reset();
    m_session.reset();
    m_test.reset();
    MessagePresenter::install(nullptr);
}

QLineEdit* TestCaseWorkspace::field(CaseWorkspace* workspace, const QString& accessibleName)
{
    for (QLineEdit* edit : workspace->findChildren<QLineEdit*>()) {
        if (edit->accessibleName() == accessibleName)
            return edit;
    }
    return nullptr;
}

CaseDetails TestCaseWorkspace::stored()
{
    CaseDetails details;
    CG_EXPECT_OK(CaseRepository(m_session->database()->connection(), BankHolidayCalendar::shipped())
                     .load(m_caseId, &details));
    return details;
}

void TestCaseWorkspace::clickOk(QDialog* dialog)
{
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QVERIFY(buttons);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    if (!ok)
        ok = buttons->button(QDialogButtonBox::Save);
    QTest::mouseClick(ok, Qt::LeftButton);
}

// The workspace and its buttons fit a 1366-pixel screen beside the
// navigation (180 pixels), every button in sight.
void TestCaseWorkspace::fitsBesideTheNavigationAt1366()
{
    // Long names, as some families have, on a case waiting for its first steps.
    QSqlDatabase db = m_session->database()->connection();
    const qint64 council = CaseSeed::addCouncil(db, "Eastshire Metropolitan Borough", "EMB");
    const QDate today = QDate::currentDate();
    Referral referral = CaseSeed::mediationReferral(council, "Maximilian-Alexander",
                                                    "Fotheringham-Worthington", today.addDays(-3));
    referral.parent.givenName = QStringLiteral("Anastasia-Josephine");
    QString error;
    const qint64 caseId = CaseSeed::addCase(db, referral, today, &error);
    QVERIFY2(caseId, qPrintable(error));
    CaseWorkspace* workspace = m_page->openCase(caseId);
    QVERIFY(workspace);
    QCoreApplication::processEvents();
    QVERIFY2(m_page->minimumSizeHint().width() <= 1366 - 180 - 20,
             qPrintable(QString::number(m_page->minimumSizeHint().width())));
    // And a 768-pixel one under the menu and status bars, with room for a
    // certificate banner (about 70 pixels) above the tabs.
    QVERIFY2(m_page->minimumSizeHint().height() <= 768 - 50 - 80,
             qPrintable(QString::number(m_page->minimumSizeHint().height())));
    m_page->resize(1366 - 180 - 20, 700);
    QCoreApplication::processEvents();
    for (const char* name :
         {"correctButton", "mergeButton", "informationGivenButton", "appealButton", "subjectAccessButton"}) {
        auto* button = workspace->findChild<QPushButton*>(name);
        QVERIFY2(button, name);
        if (!button->isVisibleTo(workspace))
            continue;
        const QRect shown(button->mapTo(m_page.get(), QPoint(0, 0)), button->size());
        QVERIFY2(m_page->rect().contains(shown), name);
    }
}

void TestCaseWorkspace::showsTheCaseAndItsDeadlines()
{
    CaseWorkspace* workspace = m_page->openCase(m_caseId);
    QVERIFY(workspace);
    QVERIFY(workspace->title().contains("Noah Price"));
    // Opening it again shows the same tab.
    QCOMPARE(m_page->openCase(m_caseId), workspace);
    QCOMPARE(m_page->workspaces().size(), 1);
    // The opening is on the audit trail, once: showing the open tab again is not another.
    QSqlQuery opened(m_session->database()->connection());
    QVERIFY(opened.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'open' AND "
                                       "table_name = 'cases' AND record_id = '%1'")
                            .arg(m_caseId)) &&
            opened.next());
    QCOMPARE(opened.value(0).toInt(), 1);
    CaseDeadlinesModel* deadlines = workspace->deadlinesModel();
    QVERIFY(deadlines->rowCount() >= 2); // referral action, contact by, appeal
    for (int row = 0; row < deadlines->rowCount(); ++row)
        QVERIFY(!deadlines->index(row, CaseDeadlinesModel::RuleColumn).data().toString().isEmpty());
    // Every control says what it is.
    for (QWidget* widget : workspace->findChildren<QWidget*>()) {
        if (qobject_cast<QLineEdit*>(widget) || qobject_cast<QPushButton*>(widget) ||
            qobject_cast<QPlainTextEdit*>(widget))
            QVERIFY2(!widget->accessibleName().isEmpty() || !widget->isVisibleTo(workspace),
                     widget->metaObject()->className());
    }
}

void TestCaseWorkspace::refusedStageMoveSaysWhy()
{
    CaseWorkspace* workspace = m_page->openCase(m_caseId);
    QVERIFY(workspace);
    // Closing needs a reason.
    QPointer<StageMoveDialog> dialog = workspace->beginStageMove(CaseStage::Closed);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    clickOk(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->shownRefusal(), QString("Cannot move: Say why the case is being closed."));
    QCOMPARE(stored().stage, CaseStage::Enquiry);
    dialog->reject();
    QTRY_VERIFY(!dialog);

    // A date in the future is refused too.
    dialog = workspace->beginStageMove(CaseStage::InformationGiven);
    auto* date = dialog->findChild<DateLineEdit*>();
    date->setDate(QDate::currentDate().addDays(5));
    clickOk(dialog);
    QVERIFY(dialog->shownRefusal().contains("The date cannot be in the future."));
    QCOMPARE(stored().stage, CaseStage::Enquiry);
    dialog->reject();

    // A move the rules forbid is refused by the store with the rule's reason.
    const StoreError refused =
        CaseRepository(m_session->database()->connection(), BankHolidayCalendar::shipped())
            .moveStage(m_caseId, {CaseStage::MeetingHeld, QDate::currentDate(), {}}, QDate::currentDate(),
                       std::nullopt);
    QVERIFY(refused);
    QVERIFY2(refused.message().contains("Arrange the meeting"), qPrintable(refused.message()));
}

void TestCaseWorkspace::stageMoveIsOnTheTimeline()
{
    CaseWorkspace* workspace = m_page->openCase(m_caseId);
    const int entries = workspace->timeline()->model()->rowCount();
    QPointer<StageMoveDialog> dialog = workspace->beginStageMove(CaseStage::Closed);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* reason = dialog->findChild<QPlainTextEdit*>();
    reason->setFocus();
    QTest::keyClicks(reason, "The family withdrew");
    clickOk(dialog);
    QTRY_VERIFY(!dialog);
    QVERIFY2(m_presenter.errors.isEmpty(), qPrintable(m_presenter.errors.join('\n')));
    QCOMPARE(stored().stage, CaseStage::Closed);
    QCOMPARE(workspace->details().stage, CaseStage::Closed);
    ActivityModel* timeline = workspace->timeline()->model();
    QCOMPARE(timeline->rowCount(), entries + 1);
    QCOMPARE(timeline->activities().first().kind, ActivityKind::StageChange);
}

void TestCaseWorkspace::callIsLogged()
{
    CaseWorkspace* workspace = m_page->openCase(m_caseId);
    const int entries = workspace->timeline()->model()->rowCount();
    QPointer<LogActivityDialog> dialog = workspace->timeline()->beginLog(ActivityKind::Call);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    clickOk(dialog);
    QVERIFY(dialog->isVisible()); // no summary yet
    QCOMPARE(dialog->problem(), QString("Give a one-line summary."));
    QLineEdit* summary = nullptr;
    for (QLineEdit* edit : dialog->findChildren<QLineEdit*>()) {
        if (edit->accessibleName() == "Summary")
            summary = edit;
    }
    QVERIFY(summary);
    QTest::keyClicks(summary, "Dad rang about dates");
    auto* confidential = dialog->findChild<QCheckBox*>();
    confidential->setChecked(true);
    clickOk(dialog);
    QTRY_VERIFY(!dialog);
    ActivityModel* timeline = workspace->timeline()->model();
    QCOMPARE(timeline->rowCount(), entries + 1);
    const Activity& logged = timeline->activities().first();
    QCOMPARE(logged.summary, QString("Dad rang about dates"));
    QCOMPARE(logged.kind, ActivityKind::Call);
    QVERIFY(logged.confidential);
}

void TestCaseWorkspace::recordedEventsMoveTheCase()
{
    // Enquiry three days ago; no manual stage move from here to "mediation requested".
    CaseWorkspace* workspace = m_page->openCase(m_caseId);
    const QDate today = QDate::currentDate();
    auto* information = workspace->findChild<QPushButton*>(QStringLiteral("informationGivenButton"));
    auto* wants = workspace->findChild<QPushButton*>(QStringLiteral("familyWantsMediationButton"));
    QVERIFY(information && wants);
    QVERIFY(information->isVisible());
    QVERIFY(wants->isVisible());

    // The call that gave the information: ticked, with a summary to start from.
    QPointer<LogActivityDialog> log = workspace->beginInformationGiven();
    QVERIFY(QTest::qWaitForWindowExposed(log));
    QVERIFY(log->informationGiven());
    QCOMPARE(log->activity().summary, QStringLiteral("Mediation information given"));
    clickOk(log);
    QTRY_VERIFY(!log);
    QVERIFY2(m_presenter.errors.isEmpty(), qPrintable(m_presenter.errors.join('\n')));
    QCOMPARE(stored().stage, CaseStage::InformationGiven);
    QCOMPARE(stored().informationGivenDate, today);
    QCOMPARE(workspace->details().stage, CaseStage::InformationGiven);
    QVERIFY(!information->isVisible()); // done: no longer offered
    QVERIFY(wants->isVisible());
    // Past enquiry, a logged call no longer offers it.
    QPointer<LogActivityDialog> later = workspace->timeline()->beginLog(ActivityKind::Call);
    QVERIFY(QTest::qWaitForWindowExposed(later));
    QVERIFY(!later->findChild<QCheckBox*>(QStringLiteral("informationGiven"))->isVisible());
    later->done(QDialog::Rejected);

    // The family wants mediation: a date in the future or before the enquiry is refused in the dialog.
    QPointer<FamilyWantsMediationDialog> dialog = workspace->beginFamilyWantsMediation();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->requestedDate(), today); // today unless changed
    dialog->setRequestedDate(today.addDays(1));
    clickOk(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->shownProblem().contains(QStringLiteral("future")), qPrintable(dialog->shownProblem()));
    dialog->setRequestedDate(today.addDays(-4));
    QVERIFY2(dialog->shownProblem().contains(QStringLiteral("before the enquiry")),
             qPrintable(dialog->shownProblem()));
    QCOMPARE(stored().stage, CaseStage::InformationGiven);
    dialog->setRequestedDate(today.addDays(-1));
    QVERIFY(dialog->shownProblem().isEmpty());
    // The council-told date follows the asked date until changed (rules
    // README section 3, "The 30 days by route"); health-only needs the day
    // the council told the ICB.
    QCOMPARE(dialog->thirtyDayStart().councilTold, today.addDays(-1));
    dialog->setHealthOnlyIcb(true, QDate());
    QVERIFY2(dialog->shownProblem().contains(QStringLiteral("integrated care board")),
             qPrintable(dialog->shownProblem()));
    dialog->setHealthOnlyIcb(true, today);
    QVERIFY(dialog->shownProblem().isEmpty());
    clickOk(dialog);
    QTRY_VERIFY(!dialog);
    QVERIFY2(m_presenter.errors.isEmpty(), qPrintable(m_presenter.errors.join('\n')));
    QCOMPARE(stored().stage, CaseStage::MediationRequested);
    QCOMPARE(stored().mediationRequestedDate, today.addDays(-1));
    QCOMPARE(stored().thirtyDayStart.councilTold, today.addDays(-1));
    QVERIFY(stored().thirtyDayStart.healthOnlyIcb);
    QCOMPARE(stored().thirtyDayStart.icbTold, today);
    {
        // Both deadlines side by side: the statutory one from the ICB date, and the contract target.
        CaseDeadlinesModel* deadlines = workspace->deadlinesModel();
        bool statutory = false;
        bool contract = false;
        for (int row = 0; row < deadlines->rowCount(); ++row) {
            const QString name = deadlines->index(row, CaseDeadlinesModel::NameColumn).data().toString();
            const QString date = deadlines->index(row, CaseDeadlinesModel::DateColumn).data().toString();
            if (name.contains(QStringLiteral("statutory 30 days")))
                statutory = date == IsoDate::describe(today.addDays(30));
            if (name.startsWith(QStringLiteral("Contract target")))
                contract = true;
        }
        QVERIFY(statutory);
        QVERIFY(contract);
    }
    QCOMPARE(workspace->details().stage, CaseStage::MediationRequested);
    QVERIFY(!wants->isVisible());
    QVERIFY(!workspace->beginFamilyWantsMediation());

    // A mistaken start of the 30 days is corrected with a reason: not
    // health-only after all, the council was told the day the family asked.
    auto* thirtyDays = workspace->findChild<QPushButton*>(QStringLiteral("thirtyDayStartButton"));
    QVERIFY(thirtyDays && thirtyDays->isVisible() && thirtyDays->isEnabled());
    QPointer<ThirtyDayStartDialog> correction = workspace->beginThirtyDayStartCorrection();
    QVERIFY(QTest::qWaitForWindowExposed(correction));
    QVERIFY(correction->thirtyDayStart().healthOnlyIcb);
    clickOk(correction);
    QVERIFY(correction->isVisible()); // nothing changed yet
    QVERIFY2(correction->shownProblem().contains(QStringLiteral("Nothing has changed")),
             qPrintable(correction->shownProblem()));
    correction->setHealthOnlyIcb(false, QDate());
    QVERIFY2(correction->shownProblem().contains(QStringLiteral("reason")),
             qPrintable(correction->shownProblem()));
    correction->setReason(QStringLiteral("The council arranges it; entered as health-only by mistake"));
    QVERIFY(correction->shownProblem().isEmpty());
    clickOk(correction);
    QTRY_VERIFY(!correction);
    QVERIFY2(m_presenter.errors.isEmpty(), qPrintable(m_presenter.errors.join('\n')));
    QVERIFY(!stored().thirtyDayStart.healthOnlyIcb);
    QCOMPARE(stored().thirtyDayStart.councilTold, today.addDays(-1));
    {
        // The statutory deadline now runs from the day the council was told.
        CaseDeadlinesModel* deadlines = workspace->deadlinesModel();
        bool statutory = false;
        for (int row = 0; row < deadlines->rowCount(); ++row) {
            const QString name = deadlines->index(row, CaseDeadlinesModel::NameColumn).data().toString();
            const QString date = deadlines->index(row, CaseDeadlinesModel::DateColumn).data().toString();
            if (name.contains(QStringLiteral("statutory 30 days")))
                statutory = date == IsoDate::describe(today.addDays(29));
        }
        QVERIFY(statutory);
    }

    // A meeting booked from the case in front (its Meetings tab announces the change): the header follows.
    Meeting meeting;
    meeting.caseId = m_caseId;
    meeting.kind = MeetingKind::Mediation;
    meeting.start = QDateTime(today.addDays(7), QTime(10, 0), OfficeTime::zone()).toUTC();
    meeting.end = Meeting::defaultEnd(meeting.start);
    meeting.mode = MeetingMode::Phone;
    User mediator;
    mediator.username = QStringLiteral("mo.dell");
    mediator.displayName = QStringLiteral("Mo Dell");
    mediator.role = UserRole::Mediator;
    CG_VERIFY_OK(UserRepository(m_session->database()->connection()).add(&mediator));
    meeting.mediators = {{mediator.id, mediator.displayName}};
    const StoreError booked =
        MeetingRepository(m_session->database()->connection(), BankHolidayCalendar::shipped())
            .book(&meeting, today, std::nullopt);
    QVERIFY2(booked.ok(), qPrintable(booked.message()));
    QCOMPARE(m_page->currentWorkspace(), workspace);
    m_context->notifyCaseChanged(m_caseId);
    QCOMPARE(workspace->details().stage, CaseStage::MeetingArranged);
}

// Reg 34's second trigger: the workspace action beside "Family wants
// mediation..." records that the family did not pursue mediation, and Part 1
// becomes the case's next deadline. The header says what could be appealed.
// The office asks after 1 working day without contact: the workspace says
// since when nobody has heard from the family, and a call logged takes the
// line away.
void TestCaseWorkspace::quietFamilyIsAskedAboutUntilACall()
{
    QSqlDatabase db = m_session->database()->connection();
    const QDate today = QDate::currentDate();
    const QDate informed = today.addDays(-3); // the enquiry's day
    QString why;
    QVERIFY2(CaseSeed::advanceTo(db, m_caseId, CaseStage::InformationGiven, informed, today, &why),
             qPrintable(why));
    CG_VERIFY_OK(SettingsRepository(db).setQuietFamilyWorkingDays(1));
    CaseWorkspace* workspace = m_page->openCase(m_caseId);
    auto* line = workspace->findChild<QLabel*>(QStringLiteral("quietFamily"));
    QVERIFY(line);
    // Asked on the first working day after the information: by today unless
    // a Christmas falls in between (the rule's own tests cover those days).
    const bool due = QuietFamilyRule::promptDay(informed, 1, BankHolidayCalendar::shipped()) <= today;
    QCOMPARE(line->isVisible(), due);
    if (due)
        QVERIFY2(line->text().contains(IsoDate::describe(informed)), qPrintable(line->text()));

    Activity call;
    call.caseId = m_caseId;
    call.kind = ActivityKind::Call;
    call.occurredAt = QDateTime::currentDateTime();
    call.summary = QStringLiteral("The parent will decide by Friday");
    CG_VERIFY_OK(ActivityRepository(db).add(&call));
    m_context->notifyCaseChanged(m_caseId);
    QTRY_VERIFY(!line->isVisible());
    CG_VERIFY_OK(SettingsRepository(db).setQuietFamilyWorkingDays(10));
}

void TestCaseWorkspace::notPursuedMakesPart1Due()
{
    CaseWorkspace* workspace = m_page->openCase(m_caseId);
    const QDate today = QDate::currentDate();
    auto* notPursued = workspace->findChild<QPushButton*>(QStringLiteral("familyNotPursuedButton"));
    QVERIFY(notPursued);
    QVERIFY(!notPursued->isVisible()); // at enquiry the information comes first
    QVERIFY(!workspace->beginFamilyNotPursued());
    auto* appealability = workspace->findChild<QLabel*>(QStringLiteral("appealability"));
    QVERIFY(appealability && appealability->isVisible());
    QCOMPARE(appealability->text(), QStringLiteral("Could appeal to the tribunal: refusal to assess."));

    QSqlDatabase db = m_session->database()->connection();
    QString why;
    QVERIFY2(CaseSeed::advanceTo(db, m_caseId, CaseStage::InformationGiven, today.addDays(-2), today, &why),
             qPrintable(why));
    m_context->notifyCaseChanged(m_caseId);
    QCOMPARE(workspace->details().stage, CaseStage::InformationGiven);
    QVERIFY(notPursued->isVisible());
    QVERIFY(notPursued->isEnabled());

    QPointer<FamilyNotPursuedDialog> dialog = workspace->beginFamilyNotPursued();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->recordedDate(), today); // today unless changed
    dialog->setRecordedDate(today.addDays(1));
    clickOk(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->shownProblem().contains(QStringLiteral("future")), qPrintable(dialog->shownProblem()));
    dialog->setRecordedDate(today.addDays(-3)); // the enquiry, before the information
    QVERIFY2(dialog->shownProblem().contains(QStringLiteral("before they were given the information")),
             qPrintable(dialog->shownProblem()));
    QCOMPARE(stored().stage, CaseStage::InformationGiven);
    dialog->setRecordedDate(today.addDays(-1));
    QVERIFY(dialog->shownProblem().isEmpty());
    clickOk(dialog);
    QTRY_VERIFY(!dialog);
    QVERIFY2(m_presenter.errors.isEmpty(), qPrintable(m_presenter.errors.join('\n')));
    QCOMPARE(stored().stage, CaseStage::NotPursuing);
    QCOMPARE(stored().notPursuingDate, today.addDays(-1));
    QCOMPARE(workspace->details().stage, CaseStage::NotPursuing);
    QVERIFY(!notPursued->isVisible());
    // The family may still change its mind after a Part 1.
    QVERIFY(workspace->findChild<QPushButton*>(QStringLiteral("familyWantsMediationButton"))->isVisible());

    // Part 1 is the case's next deadline, 3 working days after the day recorded.
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT next_deadline, next_deadline_kind FROM cases WHERE id = ?"));
    query.addBindValue(m_caseId);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(1).toString(), QStringLiteral("certificate_part1"));
    const QDate due = DeadlineCalculator(BankHolidayCalendar::shipped())
                          .certificateDueBy(CertificatePart::Part1, today.addDays(-1))
                          .date();
    QCOMPARE(query.value(0).toDate(), due);
}

void TestCaseWorkspace::ctrlSSavesAndRevertPutsBack()
{
    CaseWorkspace* workspace = m_page->openCase(m_caseId);
    QLineEdit* interpreter = field(workspace, "Interpreter language");
    QVERIFY(interpreter);
    workspace->findChild<QTabWidget*>()->setCurrentIndex(1);
    QTest::keyClicks(interpreter, "Polish");
    QVERIFY(workspace->isDirty());
    QVERIFY(workspace->title().endsWith("*"));
    workspace->revert();
    QVERIFY(!workspace->isDirty());
    QCOMPARE(interpreter->text(), QString());

    QTest::keyClicks(interpreter, "Polish");
    interpreter->setFocus();
    QTest::keyClick(interpreter, Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(m_presenter.errors.isEmpty(), qPrintable(m_presenter.errors.join('\n')));
    QVERIFY(!workspace->isDirty());
    QCOMPARE(stored().referral.interpreterLanguage, QString("Polish"));

    // A bad email is not saved, and says why.
    QLineEdit* email = field(workspace, "Parent or carer's email");
    QTest::keyClicks(email, "jo@");
    QVERIFY(!workspace->save());
    QVERIFY(m_presenter.warnings.join('\n').contains("email address is not complete"));
    QCOMPARE(stored().referral.parent.email, QString());
}

void TestCaseWorkspace::unsavedEditsAreAskedAbout()
{
    CaseWorkspace* workspace = m_page->openCase(m_caseId);
    QLineEdit* school = field(workspace, "School or setting");
    QTest::keyClicks(school, " Annexe");
    QVERIFY(workspace->isDirty());

    m_presenter.answer = false; // keep editing
    QVERIFY(!m_page->closeWorkspace(1));
    QCOMPARE(m_presenter.questions.size(), 1);
    QVERIFY(m_presenter.questions.first().contains("not saved"));
    QCOMPARE(m_page->workspaces().size(), 1);
    QVERIFY(workspace->isDirty());

    m_presenter.answer = true; // leave and lose them
    QVERIFY(m_page->closeWorkspace(1));
    QCOMPARE(m_presenter.questions.size(), 2);
    QTRY_COMPARE(m_page->workspaces().size(), 0);
    QCOMPARE(stored().referral.schoolName, QString("Hill Top Primary"));

    // A clean workspace closes without a question.
    m_page->openCase(m_caseId);
    QVERIFY(m_page->closeWorkspace(1));
    QCOMPARE(m_presenter.questions.size(), 2);
}

void TestCaseWorkspace::closingTheWindowAsksAboutUnsavedEdits()
{
    MainWindow window(m_session.get());
    auto* page = new CasesPage(m_context.get());
    window.addPage("Cases", page);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CaseWorkspace* workspace = page->openCase(m_caseId);
    QTest::keyClicks(field(workspace, "Parent or carer's postcode"), "AB1 2CD");
    m_presenter.answer = false;
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QCOMPARE(m_presenter.questions.size(), 1);
    m_presenter.answer = true;
    QVERIFY(window.close());
}

// Ctrl+K finds a case by a name as it is typed and Enter opens it; the
// cases opened last are offered first, in the dialog and the Case menu.
void TestCaseWorkspace::quickOpenFindsByNameAndRecentCasesReopen()
{
    QSqlDatabase db = m_session->database()->connection();
    const QDate today = QDate::currentDate();
    QString error;
    const qint64 council = CaseSeed::addCouncil(db, "Southshire", "SOU");
    const qint64 maya = CaseSeed::addCase(
        db, CaseSeed::mediationReferral(council, "Maya", "Shah", today.addDays(-2)), today, &error);
    QVERIFY2(maya, qPrintable(error));
    QVERIFY(m_page->recentCases()->ids().isEmpty());

    QuickOpenDialog* dialog = m_page->quickOpen();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->matches()->count(), 0); // nothing opened yet: nothing recent
    auto* open = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Open);
    QVERIFY(!open->isEnabled());
    QTest::keyClicks(dialog->searchField(), "zzz");
    dialog->searchNow();
    QCOMPARE(dialog->matches()->count(), 0);
    QVERIFY(!open->isEnabled());
    dialog->searchField()->clear();
    QTest::keyClicks(dialog->searchField(), "Shah");
    QTest::keyClick(dialog->searchField(), Qt::Key_Return); // straight after typing: searched, then opened
    QVERIFY(m_page->currentWorkspace());
    QCOMPARE(m_page->currentWorkspace()->caseId(), maya);
    QCOMPARE(m_page->recentCases()->ids(), QList<qint64>({maya}));

    // Noah opened next is first; the menu lists both, numbered, and opens the one chosen.
    QVERIFY(m_page->openCase(m_caseId));
    QCOMPARE(m_page->recentCases()->ids(), QList<qint64>({m_caseId, maya}));
    emit m_page->recentMenu()->aboutToShow();
    const QList<QAction*> entries = m_page->recentMenu()->actions();
    QCOMPARE(entries.size(), 2);
    QVERIFY2(entries.at(0)->text().startsWith("&1 ") && entries.at(0)->text().endsWith("Noah Price"),
             qPrintable(entries.at(0)->text()));
    QVERIFY2(entries.at(1)->text().endsWith("Maya Shah"), qPrintable(entries.at(1)->text()));
    entries.at(1)->trigger();
    QCOMPARE(m_page->currentWorkspace()->caseId(), maya);

    // Ctrl+K again: the recent cases before anything is typed, Down and Enter open the second.
    dialog = m_page->quickOpen();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->matches()->count(), 2);
    QTest::keyClick(dialog->searchField(), Qt::Key_Down);
    QTest::keyClick(dialog->searchField(), Qt::Key_Return);
    QCOMPARE(m_page->currentWorkspace()->caseId(), m_caseId);
}

// Export on the case list asks where and saves the list there, saying how many.
void TestCaseWorkspace::caseListExportsThroughItsButton()
{
    QPushButton* button = nullptr;
    for (QPushButton* candidate : m_page->list()->findChildren<QPushButton*>()) {
        if (candidate->accessibleName() == "Export the case list")
            button = candidate;
    }
    QVERIFY(button);
    ScriptedFileChooser chooser;
    FileChooser::install(&chooser);
    QTemporaryDir dir;
    chooser.savePath = dir.filePath("list.csv");
    button->click();
    FileChooser::install(nullptr);
    QCOMPARE(chooser.suggested, QStringList({"cases.xlsx"}));
    QFile saved(chooser.savePath);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = saved.readAll().split('\n');
    QCOMPARE(lines.size(), 3); // the header, Noah, and the end of the last line
    QVERIFY(lines.at(1).contains("Noah Price"));
    QCOMPARE(m_presenter.errors, QStringList());
    QCOMPARE(m_presenter.information.size(), 1);
}

QTEST_MAIN(TestCaseWorkspace)
#include "tst_caseworkspace.moc"
