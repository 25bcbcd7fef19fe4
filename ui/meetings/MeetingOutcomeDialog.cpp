#include "meetings/MeetingOutcomeDialog.h"

#include "common/ChangedElsewhere.h"
#include "common/DateTyping.h"
#include "common/DiscardGuard.h"
#include "common/ItemViews.h"
#include "common/TabChain.h"
#include "common/Tone.h"
#include "common/WorkContext.h"
#include "documents/ActionPlanEmail.h"
#include "documents/ActionPlanPdf.h"
#include "domain/DateText.h"
#include "domain/OfficeTime.h"
#include "meetings/AgreedActionsTable.h"
#include "rules/AgreementDeadlines.h"
#include "rules/ChildViewsRule.h"
#include "shell/MessagePresenter.h"
#include "store/cases/CaseRepository.h"
#include "store/cases/ChildViewsRepository.h"
#include "store/meetings/MeetingRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

MeetingOutcomeDialog::MeetingOutcomeDialog(WorkContext* context, qint64 meetingId, QWidget* parent)
    : QDialog(parent), m_context(context), m_meetingId(meetingId), m_attendance(new QTableWidget(0, 2, this)),
      m_outcome(new QComboBox(this)), m_held(new QDateEdit(this)), m_issues(new QPlainTextEdit(this)),
      m_notesAgreed(new QCheckBox(tr("Everyone at the meeting agreed to notes being taken"), this)),
      m_notes(new QPlainTextEdit(this)), m_actions(new AgreedActionsTable(this)),
      m_periodAgreed(new QCheckBox(tr("A &different period was agreed in writing:"), this)),
      m_periodDays(new QSpinBox(this)),
      m_councilNotParty(new QCheckBox(tr("&The council was not a party (health-only mediation): the "
                                         "commissioning body tells it within a week"),
                                      this)),
      m_copies(new QListWidget(this)), m_copyTo(new QLineEdit(this)), m_viewsHow(new QComboBox(this)),
      m_viewsNote(new QLineEdit(this)), m_problem(new QLabel(this)),
      m_planDocument(context, this, [this](const QString& problem) {
          m_problem->setText(problem);
          m_problem->show();
      })
{
    setWindowTitle(tr("After the meeting"));
    m_outcome->addItem(tr("Not held yet"), QVariant());
    for (MeetingOutcome outcome : allMeetingOutcomes())
        m_outcome->addItem(meetingOutcomeTitle(outcome), static_cast<int>(outcome));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_held->setCalendarPopup(true);
    m_held->setDisplayFormat(DateText::shortFormat());
    DateTyping::install(m_held);
    m_held->setAccessibleName(tr("Date held"));
    m_issues->setAccessibleName(tr("Issues covered"));
    m_issues->setTabChangesFocus(true);
    m_issues->setMaximumHeight(m_issues->fontMetrics().lineSpacing() * 3 + 12);
    m_notes->setAccessibleName(tr("Notes of the meeting"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_attendance->setHorizontalHeaderLabels({tr("Invitee"), tr("Attendance")});
    m_attendance->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_attendance->verticalHeader()->hide();
    m_attendance->setEditTriggers(QAbstractItemView::NoEditTriggers);
    ItemViews::label(m_attendance, tr("Attendance"), tr("One row an invitee, with whether they attended"));
    m_attendance->setMaximumHeight(m_attendance->fontMetrics().lineSpacing() * 6);
    // Reg 42: a period the parties agreed in writing replaces the reg 44 and
    // 2-week periods; when the council was not a party the commissioning
    // body must tell it within a week.
    m_periodDays->setRange(1, AgreementDeadlines::kMaxAgreedPeriodDays);
    m_periodDays->setValue(28);
    m_periodDays->setSuffix(tr(" days"));
    m_periodDays->setAccessibleName(tr("Period agreed in writing, in days"));
    m_periodDays->setEnabled(false);
    connect(m_periodAgreed, &QCheckBox::toggled, m_periodDays, &QWidget::setEnabled);
    // The agreement is made at the meeting: its deadlines run from the day held.
    const auto termsChanged = [this] {
        m_actions->setTerms(m_held->date(), agreedPeriod(), m_councilNotParty->isChecked());
    };
    termsChanged();
    connect(m_held, &QDateEdit::dateChanged, this, termsChanged);
    connect(m_councilNotParty, &QCheckBox::toggled, this, termsChanged);
    // A period agreed in writing is every action's "By when".
    const auto periodChanged = [this, termsChanged] {
        termsChanged();
        m_actions->proposeDueDates();
    };
    connect(m_periodAgreed, &QCheckBox::toggled, this, periodChanged);
    connect(m_periodDays, &QSpinBox::valueChanged, this, periodChanged);
    ItemViews::label(m_copies, tr("Copies given"), tr("Who was given a copy of the notes or plan"));
    m_copies->setMaximumHeight(m_copies->fontMetrics().lineSpacing() * 3 + 8);
    m_copyTo->setPlaceholderText(tr("Who was given a copy today"));
    m_copyTo->setAccessibleName(tr("Copy given to"));
    m_viewsHow->addItem(tr("Not recorded yet"), QString());
    for (ChildViewsMethod method : allChildViewsMethods())
        m_viewsHow->addItem(childViewsMethodTitle(method), childViewsMethodToString(method));
    m_viewsHow->setAccessibleName(tr("How the child's views were sought"));
    m_viewsNote->setAccessibleName(tr("About the child's views"));
    m_viewsNote->setPlaceholderText(tr("Met Noah at school the week before; or why not sought"));
    m_viewsNote->setMaxLength(ChildViews::kMaxNoteLength);
    m_problem->setWordWrap(true);
    Tones::mark(m_problem, Tone::Problem);
    m_problem->hide();

    auto* addAction = new QPushButton(tr("&Add action"), this);
    auto* removeAction = new QPushButton(tr("&Remove action"), this);
    auto* print = new QPushButton(tr("&Print action plan…"), this);
    auto* email = new QPushButton(tr("E&mail action plan…"), this);
    email->setToolTip(
        tr("Make an email to the family with the action plan attached, and open it in your mail "
           "program to check and send"));
    auto* addCopy = new QPushButton(tr("Record &copy"), this);
    connect(email, &QPushButton::clicked, this, &MeetingOutcomeDialog::emailActionPlan);
    // The plan is filed on the case and the email noted on its timeline: a case editor's work.
    m_context->gate(email, Action::EditCases);
    connect(addAction, &QPushButton::clicked, this, [this] {
        MeetingOutcomeDialog::addAction(QString(), QString(), ActionParty::Council);
        m_actions->editWhat(m_actions->rowCount() - 1); // type the action at once
    });
    connect(removeAction, &QPushButton::clicked, m_actions, &AgreedActionsTable::removeCurrent);
    connect(print, &QPushButton::clicked, this, &MeetingOutcomeDialog::printPlan);
    connect(addCopy, &QPushButton::clicked, this, [this] {
        if (recordCopy(m_copyTo->text()))
            m_copyTo->clear();
    });
    connect(m_notesAgreed, &QCheckBox::toggled, this, &MeetingOutcomeDialog::showNotesState);

    auto* form = new QFormLayout;
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&Held on:"), m_held);
    form->addRow(tr("&Issues covered:"), m_issues);
    form->addRow(QString(), m_notesAgreed);
    form->addRow(tr("&Notes:"), m_notes);
    // CFA s.56(1)(e): the mediator seeks the child's or young person's views.
    auto* views = new QHBoxLayout;
    views->addWidget(m_viewsHow);
    views->addWidget(m_viewsNote, 1);
    auto* viewsLabel = new QLabel(tr("Child's &views sought:"), this);
    viewsLabel->setBuddy(m_viewsHow); // a row of two fields has no buddy of its own
    form->addRow(viewsLabel, views);
    auto* actionButtons = new QHBoxLayout;
    actionButtons->addWidget(addAction);
    actionButtons->addWidget(removeAction);
    actionButtons->addStretch();
    actionButtons->addWidget(print);
    actionButtons->addWidget(email);
    auto* copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copyTo, 1);
    copyRow->addWidget(addCopy);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MeetingOutcomeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MeetingOutcomeDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_attendance);
    layout->addLayout(form);
    auto* plan =
        new QLabel(tr("Agreement and action plan. For each action choose its kind: an item the family "
                      "could appeal follows the reg 44 periods, anything else two weeks (reg 42); a "
                      "period agreed in writing replaces either."),
                   this);
    plan->setWordWrap(true);
    layout->addWidget(plan);
    auto* terms = new QHBoxLayout;
    terms->addWidget(m_periodAgreed);
    terms->addWidget(m_periodDays);
    terms->addSpacing(12);
    terms->addWidget(m_councilNotParty, 1);
    layout->addLayout(terms);
    layout->addWidget(m_actions, 1);
    layout->addLayout(actionButtons);
    layout->addWidget(new QLabel(tr("Copies of the agreement given:"), this));
    layout->addWidget(m_copies);
    layout->addLayout(copyRow);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    // Reading order: the made order puts the views row and the buttons last.
    TabChain::set({m_attendance, m_outcome, m_held, m_issues, m_notesAgreed, m_notes, m_viewsHow, m_viewsNote,
                   m_periodAgreed, m_periodDays, m_councilNotParty, m_actions, addAction, removeAction, print,
                   email, m_copies, m_copyTo, addCopy});
    load();
    resize(960, 640);
    DiscardGuard::watch(this);
}

void MeetingOutcomeDialog::load()
{
    MeetingRepository meetings(m_context->database(), m_context->calendar());
    MeetingRecord record;
    StoreError error = meetings.find(m_meetingId, &m_meeting);
    if (error.ok())
        error = meetings.record(m_meetingId, &record);
    if (error) {
        // One message: the case's other reads would fail the same way. The
        // form stays empty and Save refuses (accept()).
        m_unreadable = error.message();
        MessagePresenter::instance().showError(this, tr("After the meeting"), m_unreadable);
        setWindowTitle(tr("After the meeting"));
        return;
    }
    setWindowTitle(tr("After the meeting: %1").arg(m_meeting.label()));
    m_recordVersion = record.rowVersion;
    // Read again after another desk's save: the tables start empty.
    m_actions->setRowCount(0);
    m_attendance->setRowCount(0);
    if (record.outcome)
        m_outcome->setCurrentIndex(m_outcome->findData(static_cast<int>(*record.outcome)));
    const QDate meetingDay = m_meeting.start.toTimeZone(OfficeTime::zone()).date();
    m_held->setDate(record.heldDate.isValid() ? record.heldDate : meetingDay);
    m_issues->setPlainText(record.issuesCovered);
    m_notesAgreed->setChecked(record.notesAgreed);
    m_notes->setPlainText(record.notes);
    // Before the actions, so their deadlines show with these terms. Until an
    // outcome is saved, health-only mediation arranged by the ICB means the
    // council was not a party.
    setAgreedPeriod(record.agreedPeriodDays);
    bool notParty = record.councilNotParty;
    if (!record.outcome) {
        CaseDetails details;
        if (CaseRepository(m_context->database(), m_context->calendar())
                .load(m_meeting.caseId, &details)
                .ok())
            notParty = notParty || details.thirtyDayStart.healthOnlyIcb;
    }
    setCouncilNotParty(notParty);
    for (const MeetingAction& action : record.actions)
        m_actions->addStored(action);
    for (const MeetingInvitee& invitee : m_meeting.invitees) {
        const int row = m_attendance->rowCount();
        m_attendance->insertRow(row);
        auto* name = new QTableWidgetItem(invitee.name);
        name->setData(Qt::UserRole, invitee.inviteeId);
        m_attendance->setItem(row, 0, name);
        auto* box = new QComboBox;
        for (Attendance a : {Attendance::Expected, Attendance::Attended, Attendance::DidNotAttend,
                             Attendance::SentApologies})
            box->addItem(attendanceTitle(a), static_cast<int>(a));
        box->setCurrentIndex(box->findData(static_cast<int>(invitee.attendance)));
        m_attendance->setCellWidget(row, 1, box);
    }
    m_attendance->setVisible(!m_meeting.invitees.isEmpty());
    ChildViews views;
    MessagePresenter::instance().showIfFailed(
        this, tr("After the meeting"),
        ChildViewsRepository(m_context->database()).load(m_meeting.caseId, &views));
    setChildViews(views);
    showNotesState();
    reloadCopies();
}

ChildViews MeetingOutcomeDialog::childViews() const
{
    ChildViews views;
    views.how = childViewsMethodFromString(m_viewsHow->currentData().toString());
    views.note = m_viewsNote->text().trimmed();
    return views;
}

void MeetingOutcomeDialog::setChildViews(const ChildViews& views)
{
    m_viewsHow->setCurrentIndex(
        std::max(0, m_viewsHow->findData(views.how ? childViewsMethodToString(*views.how) : QString())));
    m_viewsNote->setText(views.note);
}

void MeetingOutcomeDialog::setAttendance(qint64 inviteeId, Attendance attendance)
{
    for (int row = 0; row < m_attendance->rowCount(); ++row) {
        if (m_attendance->item(row, 0)->data(Qt::UserRole).toLongLong() == inviteeId) {
            auto* box = qobject_cast<QComboBox*>(m_attendance->cellWidget(row, 1));
            box->setCurrentIndex(box->findData(static_cast<int>(attendance)));
        }
    }
}

void MeetingOutcomeDialog::reloadCopies()
{
    m_copies->clear();
    QList<MeetingCopy> copies;
    MessagePresenter::instance().showIfFailed(
        this, tr("After the meeting"),
        MeetingRepository(m_context->database(), m_context->calendar()).copies(m_meetingId, &copies));
    for (const MeetingCopy& copy : copies)
        m_copies->addItem(tr("%1, %2").arg(copy.recipient, DateText::shortDate(copy.sentOn)));
}

void MeetingOutcomeDialog::showNotesState()
{
    const bool open = m_notesAgreed->isChecked();
    m_notes->setEnabled(open);
    if (!open) {
        m_notes->clear();
        m_notes->setPlaceholderText(tr("Closed: notes are kept only where everyone at the meeting agreed."));
    } else {
        m_notes->setPlaceholderText(QString());
    }
}

bool MeetingOutcomeDialog::notesOpen() const
{
    return m_notes->isEnabled();
}

QString MeetingOutcomeDialog::problemText() const
{
    return m_problem->isVisibleTo(this) ? m_problem->text() : QString();
}

void MeetingOutcomeDialog::setOutcome(MeetingOutcome outcome)
{
    m_outcome->setCurrentIndex(m_outcome->findData(static_cast<int>(outcome)));
}

void MeetingOutcomeDialog::addAction(const QString& what, const QString& who, ActionParty party)
{
    m_actions->addAction(what, who, party);
}

void MeetingOutcomeDialog::setActionKind(int row, AgreedActionKind kind)
{
    m_actions->setActionKind(row, kind);
}

QDate MeetingOutcomeDialog::actionDue(int row) const
{
    return m_actions->actionDue(row);
}

QString MeetingOutcomeDialog::deadlinesText(int row) const
{
    return m_actions->deadlinesText(row);
}

std::optional<int> MeetingOutcomeDialog::agreedPeriod() const
{
    return m_periodAgreed->isChecked() ? std::optional<int>(m_periodDays->value()) : std::nullopt;
}

void MeetingOutcomeDialog::setAgreedPeriod(std::optional<int> days)
{
    if (days)
        m_periodDays->setValue(*days);
    m_periodAgreed->setChecked(days.has_value());
}

void MeetingOutcomeDialog::setCouncilNotParty(bool notParty)
{
    m_councilNotParty->setChecked(notParty);
}

MeetingRecord MeetingOutcomeDialog::record() const
{
    MeetingRecord record;
    record.rowVersion = m_recordVersion;
    if (m_outcome->currentData().isValid())
        record.outcome = static_cast<MeetingOutcome>(m_outcome->currentData().toInt());
    record.heldDate = m_held->date();
    record.issuesCovered = m_issues->toPlainText().trimmed();
    record.notesAgreed = m_notesAgreed->isChecked();
    record.notes = record.notesAgreed ? m_notes->toPlainText().trimmed() : QString();
    record.agreedPeriodDays = agreedPeriod();
    record.councilNotParty = m_councilNotParty->isChecked();
    record.actions = m_actions->actions();
    return record;
}

ActionPlanPdf::Content MeetingOutcomeDialog::actionPlan() const
{
    ActionPlanPdf::Content content;
    content.meeting = m_meeting;
    content.record = record();
    content.childViews = childViews();
    for (const MeetingInvitee& invitee : m_meeting.invitees)
        content.signatories << invitee.name;
    for (const MeetingMediator& mediator : m_meeting.mediators)
        content.signatories << tr("%1 (mediator)").arg(mediator.name);
    if (const auto& user = m_context->signedInUser()) {
        content.preparedBy = user->displayName;
        content.preparedByRole = userRoleTitle(user->role);
    }
    return content;
}

bool MeetingOutcomeDialog::writeActionPlan(const QString& path)
{
    return m_planDocument.write(actionPlan(), path);
}

bool MeetingOutcomeDialog::emailActionPlan()
{
    return m_planDocument.email(actionPlan());
}

void MeetingOutcomeDialog::printPlan()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the action plan"),
                                                      ActionPlanEmail::fileName(m_meeting.caseReference),
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        writeActionPlan(path);
}

bool MeetingOutcomeDialog::recordCopy(const QString& recipient)
{
    MeetingCopy copy;
    copy.recipient = recipient;
    copy.sentOn = m_context->today();
    if (const StoreError error =
            MeetingRepository(m_context->database(), m_context->calendar()).addCopy(m_meetingId, &copy)) {
        m_problem->setText(error.message());
        m_problem->show();
        return false;
    }
    m_problem->hide();
    reloadCopies();
    return true;
}

void MeetingOutcomeDialog::accept()
{
    if (!m_unreadable.isEmpty()) {
        MessagePresenter::instance().showError(
            this, tr("After the meeting"),
            tr("The meeting could not be read, so nothing is saved: %1").arg(m_unreadable));
        return;
    }
    // Checked before anything is written, so a refusal loses nothing saved.
    if (const QString problem = ChildViewsRule::problem(childViews()); !problem.isEmpty()) {
        m_problem->setText(tr("Cannot save: %1").arg(problem));
        m_problem->show();
        return;
    }
    MeetingRepository meetings(m_context->database(), m_context->calendar());
    if (const StoreError error =
            meetings.saveRecord(m_meetingId, record(), m_context->today(), m_context->currentUserId())) {
        if (ChangedElsewhere::offer(this, tr("After the meeting"), error, [this] { load(); }))
            return;
        m_problem->setText(tr("Cannot save: %1").arg(error.message()));
        m_problem->show();
        return;
    }
    for (int row = 0; row < m_attendance->rowCount(); ++row) {
        const qint64 inviteeId = m_attendance->item(row, 0)->data(Qt::UserRole).toLongLong();
        const auto attendance = static_cast<Attendance>(
            qobject_cast<QComboBox*>(m_attendance->cellWidget(row, 1))->currentData().toInt());
        if (const StoreError error = meetings.setAttendance(m_meetingId, inviteeId, attendance)) {
            m_problem->setText(tr("Cannot save the attendance: %1").arg(error.message()));
            m_problem->show();
            return;
        }
    }
    if (const StoreError error =
            ChildViewsRepository(m_context->database()).save(m_meeting.caseId, childViews())) {
        m_problem->setText(tr("Cannot save how the child's views were sought: %1").arg(error.message()));
        m_problem->show();
        return;
    }
    m_context->notifyCaseChanged(m_meeting.caseId);
    QDialog::accept();
}

void MeetingOutcomeDialog::reject()
{
    if (DiscardGuard::mayDiscard(this))
        QDialog::reject();
}
