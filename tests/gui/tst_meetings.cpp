#include "CaseSeed.h"
#include "RecordingPresenter.h"
#include "ScriptedFileChooser.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "cases/CaseWorkspace.h"
#include "cases/CasesPage.h"
#include "common/WorkContext.h"
#include "dashboard/DashboardCaseList.h"
#include "dashboard/DashboardPage.h"
#include "domain/OfficeTime.h"
#include "itemmodels/CaseRowsModel.h"
#include "meetings/CalendarPage.h"
#include "meetings/CaseMeetingsPanel.h"
#include "meetings/MeetingDialog.h"
#include "meetings/MeetingNoticeFields.h"
#include "meetings/MeetingOutcomeDialog.h"
#include "shell/DatabaseSession.h"
#include "store/cases/ChildViewsRepository.h"
#include "store/directory/InviteeRepository.h"
#include "store/meetings/MeetingRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

// The meeting dialog (clashes refused with the other meeting named, warnings,
// the 30-day deadline), a case's Meetings tab, the outcome dialog (notes
// closed without agreement) and the Calendar screen.
namespace {
const QDate kToday(2026, 11, 23); // a Monday

QListWidgetItem* itemNamed(QWidget* parent, const QString& listName, const QString& text)
{
    for (QListWidget* list : parent->findChildren<QListWidget*>()) {
        if (list->accessibleName() != listName)
            continue;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text() == text)
                return list->item(i);
        }
    }
    return nullptr;
}

void clickSave(QDialog* dialog)
{
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}
} // namespace

class TestMeetings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void bookingShowsDeadlineAndSaves();
    void bookingTicksTheCasesMediator();
    void bookingOnAnEnquiryRecordsTheRequest();
    void clashIsRefusedNamingTheOtherMeeting();
    void movingNeedsAReasonAndKeepsHistory();
    void outcomeClosesNotesWithoutAgreement();
    void agreementTermsChangeTheDeadlines();
    void calendarShowsFiltersAndOpensTheCase();
    void calendarNamesBankHolidaysAndEmptyDaysAndExports();
    void mediatorSeesTheDisagreementResolutionMeetingsTheyRun();
    void heldDateTakesDigitsWithoutSeparators();
    void bookingInsideFiveWorkingDaysWarnsAndRecordsConsent();
    void unreadableMeetingIsNeverSaved();

private:
    qint64 addMediationCase(const QString& given);
    qint64 bookThroughDialog(qint64 caseId, const QDateTime& localStart);

    RecordingPresenter m_presenter;
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<WorkContext> m_context;
    qint64 m_council = 0;
    qint64 m_mediator = 0;
};

void TestMeetings::init()
{
    m_presenter.clear();
    MessagePresenter::install(&m_presenter);
    m_test = std::make_unique<TestDatabase>("sqlite");
    m_session = std::make_unique<DatabaseSession>();
    CG_VERIFY_OK(m_session->open(m_test->settings()));
    QSqlDatabase db = m_session->database()->connection();
    m_council = CaseSeed::addCouncil(db, "Northshire", "NOR");
    User mediator;
    mediator.username = QStringLiteral("ollie.farrant");
    mediator.displayName = QStringLiteral("Ollie Farrant");
    mediator.role = UserRole::Mediator;
    CG_VERIFY_OK(UserRepository(db).add(&mediator));
    m_mediator = mediator.id;
    m_context = std::make_unique<WorkContext>(m_session.get());
    m_context->setToday(kToday);
}

void TestMeetings::cleanup()
{
    m_context.reset();
    m_session.reset();
    m_test.reset();
    MessagePresenter::install(nullptr);
}

qint64 TestMeetings::addMediationCase(const QString& given)
{
    QSqlDatabase db = m_session->database()->connection();
    QString error;
    const qint64 id = CaseSeed::addCase(
        db, CaseSeed::mediationReferral(m_council, given, QStringLiteral("Price"), QDate(2026, 11, 12)),
        kToday, &error);
    CaseRepository cases(db, BankHolidayCalendar::shipped());
    CG_EXPECT_OK(cases.moveStage(id, {CaseStage::InformationGiven, QDate(2026, 11, 13), {}}, kToday, {}));
    CG_EXPECT_OK(cases.moveStage(id, {CaseStage::MediationRequested, QDate(2026, 11, 16), {}}, kToday, {}));
    return id;
}

qint64 TestMeetings::bookThroughDialog(qint64 caseId, const QDateTime& localStart)
{
    MeetingDialog dialog(m_context.get(), caseId);
    dialog.setStart(localStart);
    QListWidgetItem* ollie = itemNamed(&dialog, QStringLiteral("Mediators"), QStringLiteral("Ollie Farrant"));
    if (!ollie)
        return 0;
    ollie->setCheckState(Qt::Checked);
    dialog.show();
    clickSave(&dialog);
    return dialog.result() == QDialog::Accepted ? dialog.meetingId() : 0;
}

void TestMeetings::bookingShowsDeadlineAndSaves()
{
    const qint64 caseId = addMediationCase(QStringLiteral("Noah"));
    MeetingDialog dialog(m_context.get(), caseId);
    dialog.show();
    // Requested 16 Nov: meeting by Wed 16 Dec, 23 days from 23 Nov.
    QVERIFY2(dialog.deadlineText().contains(QStringLiteral("Meeting by Wed 16 Dec 2026: 23 days left")),
             qPrintable(dialog.deadlineText()));
    // A new meeting starts on the next working day at 10:00 and lasts three hours.
    const Meeting proposed = dialog.meeting();
    QCOMPARE(proposed.start.toTimeZone(OfficeTime::zone()),
             QDateTime(QDate(2026, 11, 24), QTime(10, 0), OfficeTime::zone()));
    QCOMPARE(proposed.start.secsTo(proposed.end), 3 * 3600);
    // No mediator yet: refused, and Book is off.
    QVERIFY(dialog.refusalText().contains(QStringLiteral("mediator")));
    auto* book = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    QVERIFY(!book->isEnabled());

    // A Saturday warns but may be booked; the end follows the start.
    dialog.setStart(QDateTime(QDate(2026, 12, 5), QTime(10, 0)));
    itemNamed(&dialog, QStringLiteral("Mediators"), QStringLiteral("Ollie Farrant"))
        ->setCheckState(Qt::Checked);
    QVERIFY(dialog.refusalText().isEmpty());
    QVERIFY2(dialog.warningText().contains(QStringLiteral("Saturday")), qPrintable(dialog.warningText()));
    QCOMPARE(dialog.meeting().end.toTimeZone(OfficeTime::zone()).time(), QTime(13, 0));
    // After the deadline: the Part 3 warning.
    dialog.setStart(QDateTime(QDate(2026, 12, 17), QTime(10, 0)));
    QVERIFY2(dialog.warningText().contains(QStringLiteral("Part 3 certificate")),
             qPrintable(dialog.warningText()));
    QVERIFY(book->isEnabled());
    QTest::mouseClick(book, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    QList<Meeting> stored;
    CG_VERIFY_OK(MeetingRepository(m_session->database()->connection(), BankHolidayCalendar::shipped())
                     .listForCase(caseId, &stored));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().mediators.first().name, QStringLiteral("Ollie Farrant"));

    // The case's Meetings tab lists it.
    CasesPage page(m_context.get());
    CaseWorkspace* workspace = page.openCase(caseId);
    QVERIFY(workspace);
    auto* panel = workspace->findChild<CaseMeetingsPanel*>();
    QVERIFY(panel);
    QCOMPARE(panel->meetingCount(), 1);
    QCOMPARE(panel->meetingIdAt(0), stored.first().id);
    // Invitations: one .ics per invitee (the parent taken at intake, asked from the start).
    QTemporaryDir folder;
    QCOMPARE(panel->writeInvitations(stored.first().id, folder.path()), 1);
}

void TestMeetings::bookingTicksTheCasesMediator()
{
    const qint64 caseId = addMediationCase(QStringLiteral("Ivy"));
    CG_VERIFY_OK(CaseRepository(m_session->database()->connection(), BankHolidayCalendar::shipped())
                     .assignMediator(caseId, m_mediator, std::nullopt));
    Invitee senco;
    senco.caseId = caseId;
    senco.displayName = QStringLiteral("Mia Senco");
    senco.role = InviteeRole::SchoolRepresentative;
    CG_VERIFY_OK(InviteeRepository(m_session->database()->connection()).add(&senco));
    MeetingDialog dialog(m_context.get(), caseId);
    dialog.show();
    QListWidgetItem* ollie = itemNamed(&dialog, QStringLiteral("Mediators"), QStringLiteral("Ollie Farrant"));
    QVERIFY(ollie);
    QCOMPARE(ollie->checkState(), Qt::Checked);
    QVERIFY2(!dialog.refusalText().contains(QStringLiteral("mediator")), qPrintable(dialog.refusalText()));
    QCOMPARE(dialog.meeting().mediators.size(), 1);
    QCOMPARE(dialog.meeting().mediators.first().userId, m_mediator);
    // The parent taken at intake is asked from the start; a SENCO not yet invited is not.
    QListWidgetItem* parent = itemNamed(&dialog, QStringLiteral("Invitees"), QStringLiteral("Jo Price"));
    QVERIFY(parent);
    QCOMPARE(parent->checkState(), Qt::Checked);
    QListWidgetItem* school = itemNamed(&dialog, QStringLiteral("Invitees"), QStringLiteral("Mia Senco"));
    QVERIFY(school);
    QCOMPARE(school->checkState(), Qt::Unchecked);
    QCOMPARE(dialog.meeting().invitees.size(), 1);
}

void TestMeetings::bookingOnAnEnquiryRecordsTheRequest()
{
    QSqlDatabase db = m_session->database()->connection();
    QString error;
    const qint64 caseId =
        CaseSeed::addCase(db,
                          CaseSeed::mediationReferral(m_council, QStringLiteral("Esme"),
                                                      QStringLiteral("Price"), QDate(2026, 11, 12)),
                          kToday, &error);
    QVERIFY2(caseId, qPrintable(error));
    MeetingDialog dialog(m_context.get(), caseId);
    dialog.show();
    auto* kind = dialog.findChild<QComboBox*>();
    QCOMPARE(kind->accessibleName(), QStringLiteral("Kind of meeting"));
    // An information call records nothing about mediation.
    kind->setCurrentIndex(kind->findData(static_cast<int>(MeetingKind::InformationCall)));
    QVERIFY(!dialog.recordsRequest());
    kind->setCurrentIndex(kind->findData(static_cast<int>(MeetingKind::Mediation)));
    QVERIFY(dialog.recordsRequest());
    dialog.setStart(QDateTime(QDate(2026, 12, 2), QTime(10, 0)));
    itemNamed(&dialog, QStringLiteral("Mediators"), QStringLiteral("Ollie Farrant"))
        ->setCheckState(Qt::Checked);
    // A request dated before the enquiry is refused, and nothing is booked.
    dialog.setRequestedDate(QDate(2026, 11, 11));
    clickSave(&dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.refusalText().contains(QStringLiteral("before the enquiry")),
             qPrintable(dialog.refusalText()));
    dialog.setRequestedDate(QDate(2026, 11, 20));
    clickSave(&dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    CaseDetails details;
    CG_VERIFY_OK(CaseRepository(db, BankHolidayCalendar::shipped()).load(caseId, &details));
    QCOMPARE(details.stage, CaseStage::MeetingArranged);
    QCOMPARE(details.mediationRequestedDate, QDate(2026, 11, 20));
    QVERIFY2(m_presenter.errors.isEmpty(), qPrintable(m_presenter.errors.join('\n')));
}

void TestMeetings::clashIsRefusedNamingTheOtherMeeting()
{
    const qint64 first = addMediationCase(QStringLiteral("Noah"));
    const qint64 second = addMediationCase(QStringLiteral("Ava"));
    QVERIFY(bookThroughDialog(first, QDateTime(QDate(2026, 12, 8), QTime(10, 0))));

    MeetingDialog dialog(m_context.get(), second);
    dialog.show();
    itemNamed(&dialog, QStringLiteral("Mediators"), QStringLiteral("Ollie Farrant"))
        ->setCheckState(Qt::Checked);
    dialog.setStart(QDateTime(QDate(2026, 12, 8), QTime(11, 0)));
    QVERIFY2(
        dialog.refusalText().contains(QStringLiteral("Ollie Farrant is already booked at that time for")),
        qPrintable(dialog.refusalText()));
    QVERIFY(dialog.refusalText().contains(QStringLiteral("mediation meeting, Tue 8 Dec 2026 10:00")));
    QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->isEnabled());
    dialog.accept(); // even forced, nothing is booked
    QCOMPARE(dialog.meetingId(), 0);
    // Back to back is fine.
    dialog.setStart(QDateTime(QDate(2026, 12, 8), QTime(13, 0)));
    QVERIFY(dialog.refusalText().isEmpty());
}

void TestMeetings::movingNeedsAReasonAndKeepsHistory()
{
    const qint64 caseId = addMediationCase(QStringLiteral("Noah"));
    const qint64 meetingId = bookThroughDialog(caseId, QDateTime(QDate(2026, 12, 8), QTime(10, 0)));
    QVERIFY(meetingId);
    MeetingDialog dialog(m_context.get(), caseId, meetingId);
    dialog.show();
    dialog.setStart(QDateTime(QDate(2026, 12, 9), QTime(10, 0)));
    clickSave(&dialog);
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY2(dialog.refusalText().contains(QStringLiteral("reason")), qPrintable(dialog.refusalText()));
    dialog.setReason(QStringLiteral("Decision-maker on leave"));
    clickSave(&dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    MeetingDialog reopened(m_context.get(), caseId, meetingId);
    reopened.show();
    QVERIFY(!reopened.cancelMeeting()); // no reason given
    reopened.setReason(QStringLiteral("Family withdrew"));
    QVERIFY(reopened.cancelMeeting());
    QList<MeetingChange> changes;
    CG_VERIFY_OK(MeetingRepository(m_session->database()->connection(), BankHolidayCalendar::shipped())
                     .history(meetingId, &changes));
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).reason, QStringLiteral("Decision-maker on leave"));
    QCOMPARE(changes.at(1).reason, QStringLiteral("Family withdrew"));
}

void TestMeetings::outcomeClosesNotesWithoutAgreement()
{
    const qint64 caseId = addMediationCase(QStringLiteral("Noah"));
    // The parent taken at intake is asked to the meeting by default.
    QList<Invitee> listed;
    CG_VERIFY_OK(InviteeRepository(m_session->database()->connection()).listForCase(caseId, &listed));
    QCOMPARE(listed.size(), 1);
    const Invitee parent = listed.first();
    QCOMPARE(parent.displayName, QStringLiteral("Jo Price"));
    Invitee decisionMaker; // without one invited, a mediation is not marked held
    decisionMaker.caseId = caseId;
    decisionMaker.displayName = QStringLiteral("Marta Quayle");
    decisionMaker.role = InviteeRole::CouncilDecisionMaker;
    decisionMaker.status = InviteeStatus::Invited;
    CG_VERIFY_OK(InviteeRepository(m_session->database()->connection()).add(&decisionMaker));
    m_context->setToday(QDate(2026, 11, 20));
    const qint64 meetingId = bookThroughDialog(caseId, QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
    QVERIFY(meetingId);
    m_context->setToday(kToday);

    MeetingOutcomeDialog dialog(m_context.get(), meetingId);
    dialog.show();
    QVERIFY(!dialog.notesOpen());
    dialog.setOutcome(MeetingOutcome::Agreed);
    dialog.addAction(QStringLiteral("Amend section F"), QStringLiteral("Northshire SEND Team"),
                     ActionParty::Council);
    // Reg 42: two weeks after the meeting.
    QCOMPARE(dialog.record().actions.first().due, QDate(2026, 12, 4));
    // The kind is asked; until chosen no deadline in law is shown.
    QVERIFY(dialog.deadlinesText(0).contains(QStringLiteral("Choose the kind")));
    // An agreed re-assessment (rules/README.md section 3, "After an agreement"),
    // from the day held, Fri 20 Nov 2026: + 14 days = Fri 4 Dec 2026; + 70: 10 to
    // 30 Nov, 41 to 31 Dec, + 29 = Fri 29 Jan 2027; + 98: 72 to 31 Jan, + 26 = Fri 26 Feb 2027.
    dialog.setActionKind(0, AgreedActionKind::Assess);
    const QStringList shown = dialog.deadlinesText(0).split(QLatin1Char('\n'));
    QCOMPARE(shown.size(), 3);
    QVERIFY2(
        shown.at(0).startsWith(QStringLiteral("Fri 4 Dec 2026: the council tells the family it will assess")),
        qPrintable(shown.at(0)));
    QVERIFY2(shown.at(1).startsWith(QStringLiteral("Fri 29 Jan 2027: ")), qPrintable(shown.at(1)));
    QVERIFY2(shown.at(2).startsWith(QStringLiteral("Fri 26 Feb 2027: ")), qPrintable(shown.at(2)));
    QVERIFY(shown.at(0).contains(QStringLiteral("reg 44(2)")));
    // Another appealable item: "check reg 44", never a guessed date.
    dialog.addAction(QStringLiteral("Amend section B"), QStringLiteral("Northshire SEND Team"),
                     ActionParty::Council);
    dialog.setActionKind(1, AgreedActionKind::Appealable);
    QVERIFY(dialog.deadlinesText(1).startsWith(QStringLiteral("check reg 44: ")));
    // "Add action" puts the keyboard in the new row's "What": the action is typed at once.
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QPushButton* add = nullptr;
    QPushButton* remove = nullptr;
    for (QPushButton* button : dialog.findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("&Add action"))
            add = button;
        if (button->text() == QStringLiteral("&Remove action"))
            remove = button;
    }
    QVERIFY(add && remove);
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_VERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget())); // the cell's editor
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Send the draft plan"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(dialog.record().actions.size(), 3);
    // The editor commits on the event loop's next turn.
    QTRY_COMPARE(dialog.record().actions.last().what, QStringLiteral("Send the draft plan"));
    QTest::mouseClick(remove, Qt::LeftButton); // the new row is the current one
    QCOMPARE(dialog.record().actions.size(), 2);
    if (const QString shots = qEnvironmentVariable("CG_SCREENSHOTS"); !shots.isEmpty())
        dialog.grab().save(shots + QStringLiteral("/outcome-agreed-action-deadlines.png"));
    QTemporaryDir folder;
    QVERIFY(dialog.writeActionPlan(folder.filePath(QStringLiteral("plan.pdf"))));
    QVERIFY(dialog.recordCopy(QStringLiteral("Jo Price")));
    QVERIFY(!dialog.recordCopy(QString()));
    dialog.setAttendance(parent.id, Attendance::Attended);
    // CFA s.56(1)(e): "not sought" needs the reason; refused before anything is saved.
    ChildViews notSought;
    notSought.how = ChildViewsMethod::NotSought;
    dialog.setChildViews(notSought);
    clickSave(&dialog);
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    QVERIFY2(dialog.problemText().contains(QStringLiteral("why")), qPrintable(dialog.problemText()));
    {
        CaseDetails before;
        CG_VERIFY_OK(CaseRepository(m_session->database()->connection(), BankHolidayCalendar::shipped())
                         .load(caseId, &before));
        QVERIFY(before.stage != CaseStage::MeetingHeld);
    }
    ChildViews spoke;
    spoke.how = ChildViewsMethod::SpokeToThem;
    spoke.note = QStringLiteral("Met Noah at school the week before");
    dialog.setChildViews(spoke);
    QCOMPARE(dialog.childViews().how, std::optional<ChildViewsMethod>(ChildViewsMethod::SpokeToThem));
    clickSave(&dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    ChildViews savedViews;
    CG_VERIFY_OK(ChildViewsRepository(m_session->database()->connection()).load(caseId, &savedViews));
    QCOMPARE(savedViews.how, std::optional<ChildViewsMethod>(ChildViewsMethod::SpokeToThem));
    QCOMPARE(savedViews.note, spoke.note);

    CaseDetails details;
    CG_VERIFY_OK(CaseRepository(m_session->database()->connection(), BankHolidayCalendar::shipped())
                     .load(caseId, &details));
    QCOMPARE(details.stage, CaseStage::MeetingHeld);
    QCOMPARE(details.meetingHeldDate, QDate(2026, 11, 20));
    Meeting held;
    CG_VERIFY_OK(MeetingRepository(m_session->database()->connection(), BankHolidayCalendar::shipped())
                     .find(meetingId, &held));
    QCOMPARE(held.invitees.size(), 2);
    QCOMPARE(held.invitees.first().attendance, Attendance::Attended);
    // Each action's kind is kept with it.
    MeetingRecord stored;
    CG_VERIFY_OK(MeetingRepository(m_session->database()->connection(), BankHolidayCalendar::shipped())
                     .record(meetingId, &stored));
    QCOMPARE(stored.actions.size(), 2);
    QCOMPARE(stored.actions.at(0).kind, std::optional<AgreedActionKind>(AgreedActionKind::Assess));
    QCOMPARE(stored.actions.at(1).kind, std::optional<AgreedActionKind>(AgreedActionKind::Appealable));
    // One invitation file for each invitee.
    CaseMeetingsPanel panel(m_context.get(), caseId);
    QTemporaryDir folder2;
    QCOMPARE(panel.writeInvitations(meetingId, folder2.path()), 2);
}

void TestMeetings::agreementTermsChangeTheDeadlines()
{
    // Reg 42 (rules/README.md section 3, "After an agreement"): a period
    // agreed in writing replaces the statutory ones, and when the council was
    // not a party (health-only mediation, arranged by the ICB) the
    // commissioning body must tell it within a week. Both are asked on the
    // outcome form, change the deadlines shown, and are kept.
    const qint64 caseId = addMediationCase(QStringLiteral("Noah"));
    Invitee decisionMaker; // without one invited, a mediation is not marked held
    decisionMaker.caseId = caseId;
    decisionMaker.displayName = QStringLiteral("Marta Quayle");
    decisionMaker.role = InviteeRole::CouncilDecisionMaker;
    decisionMaker.status = InviteeStatus::Invited;
    CG_VERIFY_OK(InviteeRepository(m_session->database()->connection()).add(&decisionMaker));
    m_context->setToday(QDate(2026, 11, 20));
    const qint64 meetingId = bookThroughDialog(caseId, QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
    QVERIFY(meetingId);
    m_context->setToday(kToday);
    ThirtyDayStart icb;
    icb.healthOnlyIcb = true;
    icb.icbTold = QDate(2026, 11, 16);
    const StoreError corrected =
        CaseRepository(m_session->database()->connection(), BankHolidayCalendar::shipped())
            .correctThirtyDayStart(caseId, icb, QStringLiteral("Health only"), kToday, std::nullopt);
    QVERIFY2(corrected.ok(), qPrintable(corrected.message()));

    MeetingOutcomeDialog dialog(m_context.get(), meetingId);
    dialog.show();
    // Nothing saved yet: health-only mediation means the council was not a party.
    QVERIFY(dialog.record().councilNotParty);
    QVERIFY(!dialog.record().agreedPeriodDays);
    dialog.setOutcome(MeetingOutcome::Agreed);
    dialog.addAction(QStringLiteral("Draft the plan"), QStringLiteral("Northshire SEND Team"),
                     ActionParty::Council);
    // Make a plan, from Fri 20 Nov 2026: + 7 = Fri 27 Nov (the body tells the
    // council), + 35 = Fri 25 Dec (draft plan; Christmas Day does not move it),
    // + 77: 10 to 30 Nov, 41 to 31 Dec, + 36 = Fri 5 Feb 2027 (final plan).
    dialog.setActionKind(0, AgreedActionKind::MakePlan);
    QStringList shown = dialog.deadlinesText(0).split(QLatin1Char('\n'));
    QCOMPARE(shown.size(), 3);
    QVERIFY2(
        shown.at(0).startsWith(QStringLiteral("Fri 27 Nov 2026: the commissioning body tells the council")),
        qPrintable(shown.at(0)));
    QVERIFY2(shown.at(1).startsWith(QStringLiteral("Fri 25 Dec 2026: the council issues a draft")),
             qPrintable(shown.at(1)));
    QVERIFY2(shown.at(2).startsWith(QStringLiteral("Fri 5 Feb 2027: ")), qPrintable(shown.at(2)));
    // "By when" follows the kind: the draft plan's date, not two weeks.
    QCOMPARE(dialog.actionDue(0), QDate(2026, 12, 25));
    // Agreed in writing: 45 days, 20 Nov + 45 = 10 to 30 Nov, 41 to 31 Dec, + 4 = Mon 4 Jan 2027.
    dialog.setAgreedPeriod(45);
    shown = dialog.deadlinesText(0).split(QLatin1Char('\n'));
    QCOMPARE(shown.size(), 2);
    QVERIFY2(
        shown.at(1).startsWith(QStringLiteral("Mon 4 Jan 2027: the council carries out the agreed action")),
        qPrintable(shown.at(1)));
    QVERIFY(shown.at(1).contains(QStringLiteral("agreed in writing")));
    QCOMPARE(dialog.actionDue(0), QDate(2027, 1, 4));
    if (const QString shots = qEnvironmentVariable("CG_SCREENSHOTS"); !shots.isEmpty())
        dialog.grab().save(shots + QStringLiteral("/outcome-agreement-terms.png"));
    clickSave(&dialog);
    QVERIFY2(dialog.result() == int(QDialog::Accepted), qPrintable(dialog.problemText()));

    MeetingRecord stored;
    CG_VERIFY_OK(MeetingRepository(m_session->database()->connection(), BankHolidayCalendar::shipped())
                     .record(meetingId, &stored));
    QCOMPARE(stored.agreedPeriodDays, std::optional<int>(45));
    QVERIFY(stored.councilNotParty);
    QCOMPARE(stored.actions.first().due, QDate(2027, 1, 4));
    // Reopened, the form shows what was saved; the council was a party after all.
    MeetingOutcomeDialog reopened(m_context.get(), meetingId);
    QCOMPARE(reopened.record().agreedPeriodDays, std::optional<int>(45));
    QVERIFY(reopened.record().councilNotParty);
    QCOMPARE(reopened.actionDue(0), QDate(2027, 1, 4));
    reopened.setCouncilNotParty(false);
    reopened.setAgreedPeriod(std::nullopt);
    QCOMPARE(reopened.deadlinesText(0).split(QLatin1Char('\n')).size(), 2);
    clickSave(&reopened);
    QVERIFY2(reopened.result() == int(QDialog::Accepted), qPrintable(reopened.problemText()));
    CG_VERIFY_OK(MeetingRepository(m_session->database()->connection(), BankHolidayCalendar::shipped())
                     .record(meetingId, &stored));
    QVERIFY(!stored.agreedPeriodDays);
    QVERIFY(!stored.councilNotParty);
}

void TestMeetings::calendarShowsFiltersAndOpensTheCase()
{
    const qint64 caseId = addMediationCase(QStringLiteral("Noah"));
    QVERIFY(bookThroughDialog(caseId, QDateTime(QDate(2026, 11, 25), QTime(10, 0))));
    CalendarPage page(m_context.get());
    page.resize(1200, 700);
    page.show();
    QCOMPARE(page.view(), CalendarPage::View::Week);
    QCOMPARE(page.title(), QStringLiteral("Week of Mon 23 Nov 2026"));
    QCOMPARE(page.shownMeetings().size(), 1);
    page.setView(CalendarPage::View::Day);
    QCOMPARE(page.shownMeetings().size(), 0); // today is the 23rd
    page.setDate(QDate(2026, 11, 25));
    QCOMPARE(page.shownMeetings().size(), 1);
    page.setView(CalendarPage::View::Month);
    QCOMPARE(page.title(), QStringLiteral("November 2026"));
    QCOMPARE(page.shownMeetings().size(), 1);
    page.setMediatorFilter(m_mediator + 99); // not in the list: every mediator
    QCOMPARE(page.shownMeetings().size(), 1);
    page.setMediatorFilter(m_mediator);
    QCOMPARE(page.shownMeetings().size(), 1);

    QSignalSpy open(&page, &CalendarPage::openCaseRequested);
    QListWidgetItem* item = nullptr;
    for (QListWidget* list : page.findChildren<QListWidget*>()) {
        for (int i = 0; i < list->count() && !item; ++i) {
            if (list->item(i)->data(Qt::UserRole).isValid())
                item = list->item(i);
        }
    }
    QVERIFY(item);
    QVERIFY(item->text().startsWith(QStringLiteral("10:00 ")));
    emit item->listWidget()->itemActivated(item);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toLongLong(), caseId);
}

void TestMeetings::calendarNamesBankHolidaysAndEmptyDaysAndExports()
{
    const qint64 caseId = addMediationCase(QStringLiteral("Noah"));
    QVERIFY(bookThroughDialog(caseId, QDateTime(QDate(2026, 12, 22), QTime(10, 0))));
    CalendarPage page(m_context.get());
    page.resize(1200, 700);
    page.show();
    page.setDate(QDate(2026, 12, 23)); // the week of Christmas: Mon 21 to Sun 27 Dec
    QCOMPARE(page.shownMeetings().size(), 1);
    QVERIFY2(page.summary().startsWith(QStringLiteral("1 meeting")),
             qPrintable(page.summary())); // "meeting(s)" untranslated
    // Each day's list: Christmas Day named on the Friday; an empty day says so.
    QStringList christmas;
    QStringList monday;
    QStringList wednesday;
    for (QListWidget* list : page.findChildren<QListWidget*>()) {
        QStringList lines;
        for (int i = 0; i < list->count(); ++i)
            lines << list->item(i)->text();
        if (lines.value(0).startsWith(QStringLiteral("25 Dec")))
            christmas = lines;
        else if (lines.value(0).startsWith(QStringLiteral("21 Dec")))
            monday = lines;
        else if (lines.value(0).startsWith(QStringLiteral("23 Dec"))) {
            wednesday = lines;
            QVERIFY2(list->accessibleName().endsWith(QStringLiteral("no meetings")),
                     qPrintable(list->accessibleName()));
        }
    }
    QCOMPARE(christmas, QStringList({QStringLiteral("25 Dec"), QStringLiteral("Christmas Day"),
                                     QStringLiteral("No meetings")}));
    QCOMPARE(wednesday, QStringList({QStringLiteral("23 Dec"), QStringLiteral("No meetings")}));
    QCOMPARE(monday, QStringList({QStringLiteral("21 Dec"), QStringLiteral("No meetings")}));
    // A week with nothing says so above the grid.
    page.setDate(QDate(2027, 1, 13));
    QCOMPARE(page.shownMeetings().size(), 0);
    QCOMPARE(page.summary(), QStringLiteral("No meetings this week"));
    auto* exportButton = [&page]() -> QPushButton* {
        for (QPushButton* button : page.findChildren<QPushButton*>()) {
            if (button->accessibleName() == QStringLiteral("Export the meetings shown"))
                return button;
        }
        return nullptr;
    }();
    QVERIFY(exportButton);
    ScriptedFileChooser chooser;
    FileChooser::install(&chooser);
    QTemporaryDir folder;
    chooser.savePath = folder.filePath(QStringLiteral("diary.ics"));
    exportButton->click(); // nothing shown: nothing to save, and it says so
    QVERIFY(chooser.asked.isEmpty());
    QCOMPARE(m_presenter.information.size(), 1);
    QVERIFY(!QFile::exists(chooser.savePath));
    // The week with the meeting: one event, named by the case reference only.
    page.setDate(QDate(2026, 12, 22));
    exportButton->click();
    FileChooser::install(nullptr);
    QCOMPARE(chooser.asked.size(), 1);
    QCOMPARE(chooser.suggested.value(0), QStringLiteral("meetings-2026-12-22.ics"));
    QFile saved(chooser.savePath);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray ics = saved.readAll();
    QCOMPARE(ics.count("BEGIN:VEVENT"), 1);
    QVERIFY(ics.contains(page.shownMeetings().first().caseReference.toUtf8()));
    QVERIFY(!ics.contains("Noah"));
    QCOMPARE(saved.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

void TestMeetings::mediatorSeesTheDisagreementResolutionMeetingsTheyRun()
{
    QSqlDatabase db = m_session->database()->connection();
    // A disagreement resolution case with no mediator of its own yet.
    Referral referral = CaseSeed::mediationReferral(m_council, QStringLiteral("Ines"), QStringLiteral("Corr"),
                                                    QDate(2026, 11, 12));
    referral.route = Route::DisagreementResolution;
    referral.decisionType.reset();
    referral.sections = {};
    referral.decisionNoticeDate = {};
    referral.disagreementSubject = QStringLiteral("Transport to school");
    referral.otherParties = QStringLiteral("Larkfield Primary School");
    QString why;
    const qint64 caseId = CaseSeed::addCase(db, referral, kToday, &why);
    QVERIFY2(caseId, qPrintable(why));
    Meeting meeting;
    meeting.caseId = caseId;
    meeting.kind = MeetingKind::DisagreementResolution;
    meeting.start = QDateTime(QDate(2026, 11, 25), QTime(10, 0), OfficeTime::zone()).toUTC();
    meeting.end = Meeting::defaultEnd(meeting.start);
    meeting.platform = QStringLiteral("Teams");
    meeting.mediators = {{m_mediator, QStringLiteral("Ollie Farrant")}};
    const StoreError booked =
        MeetingRepository(db, BankHolidayCalendar::shipped()).book(&meeting, kToday, std::nullopt);
    QVERIFY2(booked.ok(), qPrintable(booked.message()));

    // Ollie signs in: the meeting he runs is on his calendar and his dashboard.
    const QString acting = TestDatabase::actAs(db, QStringLiteral("ollie.farrant"));
    QVERIFY2(acting.isEmpty(), qPrintable(acting));
    User ollie;
    ollie.id = m_mediator;
    ollie.username = QStringLiteral("ollie.farrant");
    ollie.displayName = QStringLiteral("Ollie Farrant");
    ollie.role = UserRole::Mediator;
    m_context->setSignedInUser(ollie);
    CalendarPage calendar(m_context.get());
    calendar.resize(1200, 700);
    calendar.show();
    QCOMPARE(calendar.shownMeetings().size(), 1);
    QCOMPARE(calendar.shownMeetings().first().kind, MeetingKind::DisagreementResolution);
    calendar.setMediatorFilter(m_mediator);
    QCOMPARE(calendar.shownMeetings().size(), 1);

    DashboardPage dashboard(m_context.get());
    QCOMPARE(dashboard.meetingsList()->count(), 1);
    QCOMPARE(dashboard.myCasesList()->model()->rowCount(), 1);
    QCOMPARE(dashboard.myCasesList()->model()->caseIdAt(0), caseId);
}

void TestMeetings::heldDateTakesDigitsWithoutSeparators()
{
    const qint64 caseId = addMediationCase(QStringLiteral("Ivy"));
    m_context->setToday(QDate(2026, 11, 20));
    const qint64 meetingId = bookThroughDialog(caseId, QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
    QVERIFY(meetingId);
    m_context->setToday(kToday);
    MeetingOutcomeDialog dialog(m_context.get(), meetingId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QDateEdit* held = nullptr;
    for (QDateEdit* edit : dialog.findChildren<QDateEdit*>()) {
        if (edit->accessibleName() == QStringLiteral("Date held"))
            held = edit;
    }
    QVERIFY(held);
    QCOMPARE(held->text(), QStringLiteral("Fri 20 Nov 2026")); // the short style
    held->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(held, QStringLiteral("19112026"));
    QCOMPARE(held->date(), QDate(2026, 11, 19));
    // Left, it shows the short style again.
    dialog.findChild<QComboBox*>()->setFocus(Qt::TabFocusReason);
    QCOMPARE(held->text(), QStringLiteral("Thu 19 Nov 2026"));
    m_presenter.answer = true;
    dialog.reject();
}

void TestMeetings::bookingInsideFiveWorkingDaysWarnsAndRecordsConsent()
{
    // Notice of the meeting (rules/README.md section 3). Today is Mon 23 Nov
    // 2026. A meeting on Fri 27 Nov needs notice by the 5th working day
    // before it: Thu 26, Wed 25, Tue 24, Mon 23, Fri 20 Nov, already past.
    const qint64 caseId = addMediationCase(QStringLiteral("Isla"));
    MeetingDialog dialog(m_context.get(), caseId);
    dialog.show();
    itemNamed(&dialog, QStringLiteral("Mediators"), QStringLiteral("Ollie Farrant"))
        ->setCheckState(Qt::Checked);
    // Fri 4 Dec: Thu 3, Wed 2, Tue 1, Mon 30, Fri 27 Nov: still to come, no warning.
    dialog.setStart(QDateTime(QDate(2026, 12, 4), QTime(10, 0)));
    QVERIFY2(dialog.notice()->text().contains(QStringLiteral("by Fri 27 Nov 2026")),
             qPrintable(dialog.notice()->text()));
    QVERIFY2(!dialog.warningText().contains(QStringLiteral("notice")), qPrintable(dialog.warningText()));

    dialog.setStart(QDateTime(QDate(2026, 11, 27), QTime(10, 0)));
    QVERIFY2(dialog.notice()->text().contains(QStringLiteral("by Fri 20 Nov 2026")),
             qPrintable(dialog.notice()->text()));
    QVERIFY2(dialog.warningText().contains(QStringLiteral("The latest day to send notice of this meeting "
                                                          "(Fri 20 Nov 2026) has passed")),
             qPrintable(dialog.warningText()));
    // A warning, not a refusal: it can still be booked, with the family's consent.
    QVERIFY(dialog.refusalText().isEmpty());
    // CG_SCREENSHOTS=DIR keeps a picture of the warning for a person to look at.
    if (const QString shots = qEnvironmentVariable("CG_SCREENSHOTS"); !shots.isEmpty())
        dialog.grab().save(shots + QStringLiteral("/booking-notice-warning.png"));
    // The family agreed to shorter notice; notice went today.
    dialog.notice()->setShorterNoticeAgreed(true);
    dialog.notice()->setNoticeSent(kToday);
    QVERIFY2(!dialog.warningText().contains(QStringLiteral("notice")), qPrintable(dialog.warningText()));
    QVERIFY2(dialog.notice()->text().contains(QStringLiteral("agreed to shorter notice")),
             qPrintable(dialog.notice()->text()));
    clickSave(&dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    QList<Meeting> stored;
    CG_VERIFY_OK(MeetingRepository(m_session->database()->connection(), BankHolidayCalendar::shipped())
                     .listForCase(caseId, &stored));
    QCOMPARE(stored.size(), 1);
    QVERIFY(stored.first().shorterNoticeAgreed);
    QCOMPARE(stored.first().noticeSent, kToday);

    // Opening it again shows what was recorded; withdrawing consent warns again.
    MeetingDialog again(m_context.get(), caseId, stored.first().id);
    again.show();
    QVERIFY2(again.notice()->text().contains(QStringLiteral("Notice sent on Mon 23 Nov 2026")),
             qPrintable(again.notice()->text()));
    again.notice()->setShorterNoticeAgreed(false);
    QVERIFY2(again.warningText().contains(
                 QStringLiteral("Notice was sent on Mon 23 Nov 2026, after Fri 20 Nov 2026")),
             qPrintable(again.warningText()));
}

// A meeting that cannot be read (another desk removed it, or the read failed)
// is shown as an error and never saved from the blank form left behind.
void TestMeetings::unreadableMeetingIsNeverSaved()
{
    const qint64 caseId = addMediationCase(QStringLiteral("Noah"));
    const qint64 meetingId = bookThroughDialog(caseId, QDateTime(QDate(2026, 12, 8), QTime(10, 0)));
    QVERIFY(meetingId);
    const qint64 missing = meetingId + 1000;
    m_presenter.clear();

    MeetingDialog booking(m_context.get(), caseId, missing);
    booking.show();
    QCOMPARE(m_presenter.errors.size(), 1);
    booking.setStart(QDateTime(QDate(2026, 12, 9), QTime(10, 0)));
    booking.setReason(QStringLiteral("Decision-maker on leave"));
    booking.accept(); // whether or not Save is enabled, the dialog's own guard refuses
    QVERIFY(booking.result() != QDialog::Accepted);
    QVERIFY2(m_presenter.errors.last().contains(QStringLiteral("could not be read, so nothing is saved")),
             qPrintable(m_presenter.errors.join(QLatin1Char('\n'))));

    m_presenter.clear();
    MeetingOutcomeDialog outcome(m_context.get(), missing);
    outcome.show();
    QVERIFY2(m_presenter.errors.size() == 1, qPrintable(m_presenter.errors.join(QLatin1Char('\n'))));
    outcome.accept();
    QVERIFY(outcome.result() != QDialog::Accepted);
    QVERIFY2(m_presenter.errors.last().contains(QStringLiteral("could not be read, so nothing is saved")),
             qPrintable(m_presenter.errors.join(QLatin1Char('\n'))));

    // The case still has its one meeting, unchanged.
    QList<Meeting> meetings;
    MeetingRepository repository(m_session->database()->connection(), BankHolidayCalendar::shipped());
    CG_VERIFY_OK(repository.listForCase(caseId, &meetings));
    QCOMPARE(meetings.size(), 1);
    QCOMPARE(meetings.first().id, meetingId);
    QCOMPARE(meetings.first().start.toTimeZone(OfficeTime::zone()).date(), QDate(2026, 12, 8));
}

QTEST_MAIN(TestMeetings)
#include "tst_meetings.moc"
