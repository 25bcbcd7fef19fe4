#include "meetings/MeetingDialog.h"

#include "common/ButtonBoxTabOrder.h"
#include "common/ChangedElsewhere.h"
#include "common/DateLineEdit.h"
#include "common/DateTyping.h"
#include "common/DiscardGuard.h"
#include "common/Tone.h"
#include "common/WorkContext.h"
#include "domain/DateText.h"
#include "domain/OfficeTime.h"
#include "meetings/MeetingNoticeFields.h"
#include "meetings/MeetingPeopleChooser.h"
#include "meetings/VenueChoice.h"
#include "rules/MediationRequestRule.h"
#include "rules/WorkingDays.h"
#include "shell/MessagePresenter.h"
#include "store/access/UserRepository.h"
#include "store/cases/CaseRepository.h"
#include "store/directory/InviteeRepository.h"
#include "store/meetings/MeetingRepository.h"
#include "store/meetings/VenueRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QString dayText(const QDate& date)
{
    return DateText::shortDate(date);
}

QString stamp(const QDateTime& instant)
{
    const QDateTime local = instant.toTimeZone(OfficeTime::zone());
    return DateText::shortDateTime(local);
}

QDateTime officeInstant(const QDateTimeEdit* edit)
{
    return QDateTime(edit->date(), edit->time(), OfficeTime::zone()).toUTC();
}

void showOnEdit(QDateTimeEdit* edit, const QDateTime& instant)
{
    const QDateTime local = instant.toTimeZone(OfficeTime::zone());
    edit->setDateTime(QDateTime(local.date(), local.time()));
}
} // namespace

MeetingDialog::MeetingDialog(WorkContext* context, qint64 caseId, qint64 meetingId, QWidget* parent)
    : QDialog(parent), m_context(context), m_caseId(caseId), m_meetingId(meetingId),
      m_kind(new QComboBox(this)), m_start(new QDateTimeEdit(this)), m_end(new QDateTimeEdit(this)),
      m_mode(new QComboBox(this)), m_platform(new QComboBox(this)), m_link(new QLineEdit(this)),
      m_venue(new VenueChoice(this)), m_venueDetails(new QLabel(this)),
      m_people(new MeetingPeopleChooser(this)), m_adjustments(new QPlainTextEdit(this)),
      m_interpreter(new QLineEdit(this)), m_reason(new QLineEdit(this)), m_deadline(new QLabel(this)),
      m_refusals(new QLabel(this)), m_warnings(new QLabel(this)), m_history(new QLabel(this)),
      m_cancelMeeting(new QPushButton(tr("Cancel the &meeting…"), this)), m_save(nullptr),
      m_notInTime(
          new QCheckBox(tr("It cannot be held within the 30 &days (a Part 3 certificate is due)"), this)),
      m_requested(new DateLineEdit(this)), m_requestedLabel(new QLabel(tr("Mediation re&quested on:"), this)),
      m_notice(new MeetingNoticeFields(context->today(), this))
{
    setWindowTitle(meetingId ? tr("Meeting") : tr("Book a meeting"));
    for (MeetingKind kind : allMeetingKinds())
        m_kind->addItem(meetingKindTitle(kind), static_cast<int>(kind));
    m_kind->setAccessibleName(tr("Kind of meeting"));
    for (QDateTimeEdit* edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(DateText::shortFormat() + QStringLiteral("  HH:mm"));
        DateTyping::install(edit);
    }
    m_start->setAccessibleName(tr("Starts"));
    m_end->setAccessibleName(tr("Ends"));
    for (MeetingMode mode : {MeetingMode::Online, MeetingMode::InPerson, MeetingMode::Phone})
        m_mode->addItem(meetingModeTitle(mode), static_cast<int>(mode));
    m_mode->setAccessibleName(tr("How the meeting is held"));
    m_platform->setEditable(true);
    m_platform->addItems(
        {QStringLiteral("Microsoft Teams"), QStringLiteral("Zoom"), QStringLiteral("Google Meet")});
    m_platform->setAccessibleName(tr("Platform"));
    m_platform->lineEdit()->setAccessibleName(tr("Platform"));
    m_link->setPlaceholderText(QStringLiteral("https://"));
    m_link->setAccessibleName(tr("Meeting link"));
    m_venueDetails->setWordWrap(true);
    m_adjustments->setAccessibleName(tr("Reasonable adjustments"));
    m_adjustments->setTabChangesFocus(true);
    m_adjustments->setFixedHeight(m_adjustments->fontMetrics().lineSpacing() * 2 + 12);
    m_interpreter->setAccessibleName(tr("Interpreter language"));
    m_interpreter->setPlaceholderText(tr("Language, if an interpreter is needed"));
    m_reason->setAccessibleName(tr("Reason for moving or cancelling"));
    m_reason->setPlaceholderText(tr("Needed to move or cancel; kept in the meeting's history"));
    m_deadline->setWordWrap(true);
    m_deadline->setAccessibleName(tr("Meeting deadline"));
    m_refusals->setWordWrap(true);
    Tones::mark(m_refusals, Tone::Problem);
    m_refusals->setAccessibleName(tr("Why the meeting cannot be booked"));
    m_warnings->setWordWrap(true);
    Tones::mark(m_warnings, Tone::Caution);
    m_warnings->setAccessibleName(tr("Warnings"));
    m_history->setWordWrap(true);
    m_history->setAccessibleName(tr("History of the meeting"));

    auto* when = new QHBoxLayout;
    when->addWidget(m_start, 1);
    when->addWidget(new QLabel(tr("to"), this));
    when->addWidget(m_end, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    // A mediation booked before the family's request was recorded records it too.
    m_requestedLabel->setBuddy(m_requested);
    m_requested->setAccessibleName(tr("Date the family asked for mediation"));
    m_requested->setToolTip(tr("The family has not been recorded as wanting mediation: booking records "
                               "that they asked on this day, and the case moves to \"Mediation "
                               "requested\", then \"Meeting arranged\"."));
    form->addRow(m_requestedLabel, m_requested);
    // Made after the fields below it, but read (and tabbed to) where it stands.
    QWidget::setTabOrder(m_kind, m_requested);
    QWidget::setTabOrder(m_requested, m_start);
    auto* whenLabel = new QLabel(tr("&When:"), this);
    whenLabel->setBuddy(m_start);
    form->addRow(whenLabel, when);
    form->addRow(tr("&Held:"), m_mode);
    form->addRow(tr("&Platform:"), m_platform);
    form->addRow(tr("&Link:"), m_link);
    form->addRow(tr("&Venue:"), m_venue);
    form->addRow(QString(), m_venueDetails);
    form->addRow(m_people);
    form->addRow(tr("&Adjustments:"), m_adjustments);
    form->addRow(tr("&Interpreter:"), m_interpreter);
    auto* noticeLabel = new QLabel(tr("&Notice:"), this);
    noticeLabel->setBuddy(m_notice->firstField());
    form->addRow(noticeLabel, m_notice);
    form->addRow(tr("&Reason:"), m_reason);
    m_notInTime->setAccessibleName(tr("Cancelled because it cannot be held within 30 days"));
    m_notInTime->setToolTip(tr("When cancelling: the case moves to \"No meeting within 30 days\" and "
                               "its Part 3 certificate becomes due."));
    form->addRow(QString(), m_notInTime);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);

    ButtonBoxTabOrder::keep(buttons);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(meetingId ? tr("&Save") : tr("&Book"));
    buttons->addButton(m_cancelMeeting, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &MeetingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MeetingDialog::reject);
    connect(m_cancelMeeting, &QPushButton::clicked, this, [this] {
        if (cancelMeeting())
            QDialog::accept();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_deadline);
    layout->addLayout(form);
    layout->addWidget(m_refusals);
    layout->addWidget(m_warnings);
    layout->addWidget(m_history);
    // Spare height goes here, never between the fields: a message appearing
    // does not move a field under the pointer.
    layout->addStretch(1);
    layout->addWidget(buttons);
    // Grows when refusals and warnings appear, rather than squeezing the lists.
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    load();
    form->setRowVisible(m_reason, m_meetingId != 0); // a new booking has nothing to move or cancel
    form->setRowVisible(m_notInTime, m_meetingId != 0 && m_stored.status == MeetingStatus::Scheduled &&
                                         m_stored.kind == MeetingKind::Mediation);
    m_requested->setDate(m_context->today());
    auto showRequested = [this, form] {
        form->setRowVisible(m_requested, recordsRequest());
    };
    showRequested();
    connect(m_kind, &QComboBox::currentIndexChanged, this, showRequested);
    // Moving the start moves the end with it, keeping the length (three hours
    // unless changed).
    m_shownStart = officeInstant(m_start);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, [this] {
        const QDateTime start = officeInstant(m_start);
        const qint64 length = m_shownStart.secsTo(officeInstant(m_end));
        m_shownStart = start;
        {
            const QSignalBlocker block(m_end);
            showOnEdit(m_end, length > 0 ? start.addSecs(length) : Meeting::defaultEnd(start));
        }
        recheck();
    });
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, &MeetingDialog::recheck);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        showModeFields();
        recheck();
    });
    connect(m_venue, &QComboBox::currentIndexChanged, this, [this] {
        m_venueDetails->setText(m_venue->detailsText());
        recheck();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MeetingDialog::recheck);
    connect(m_platform, &QComboBox::currentTextChanged, this, &MeetingDialog::recheck);
    connect(m_link, &QLineEdit::textChanged, this, &MeetingDialog::recheck);
    connect(m_people, &MeetingPeopleChooser::mediatorsChanged, this, &MeetingDialog::recheck);
    connect(m_notice, &MeetingNoticeFields::changed, this, &MeetingDialog::recheck);
    showModeFields();
    m_venueDetails->setText(m_venue->detailsText());
    recheck();
    resize(640, sizeHint().height());
    DiscardGuard::watch(this);
}

void MeetingDialog::load()
{
    QSqlDatabase db = m_context->database();
    QList<Venue> venues;
    MessagePresenter::instance().showIfFailed(this, tr("Meeting"), VenueRepository(db).list(&venues));
    m_venue->showVenues(venues);

    MeetingRepository meetings(db, m_context->calendar());
    if (m_meetingId) {
        if (StoreError error = meetings.find(m_meetingId, &m_stored)) {
            m_unreadable = error.message();
            MessagePresenter::instance().showError(this, tr("Meeting"), m_unreadable);
        }
    } else
        m_stored.caseId = m_caseId;

    QList<User> mediators;
    MessagePresenter::instance().showIfFailed(this, tr("Meeting"),
                                              UserRepository(db).list(&mediators, UserRole::Mediator));
    QList<qint64> chosen = m_stored.mediatorIds();
    // A new meeting is run by the case's mediator unless changed here.
    if (!m_meetingId) {
        CaseDetails details;
        const bool loaded = CaseRepository(db, m_context->calendar()).load(m_caseId, &details).ok();
        if (loaded) {
            m_route = details.referral.route;
            m_stage = details.stage;
            m_enquiryDate = details.referral.enquiryDate;
        }
        if (loaded && details.mediatorId) {
            chosen << *details.mediatorId;
            bool listed = false;
            for (const User& user : mediators)
                listed = listed || user.id == *details.mediatorId;
            if (!listed)
                m_stored.mediators.append({*details.mediatorId, details.mediatorName});
        }
    }
    m_people->showMediators(mediators, m_stored.mediators, chosen);

    QList<Invitee> invitees;
    MessagePresenter::instance().showIfFailed(this, tr("Meeting"),
                                              InviteeRepository(db).listForCase(m_caseId, &invitees));
    m_people->showInvitees(invitees, m_stored.invitees, m_meetingId == 0);

    if (m_meetingId) {
        showStored(meetings);
    } else {
        // A new meeting: the next working day at 10:00, the case's own needs filled in.
        const QDate day = WorkingDays(m_context->calendar()).nextWorkingDayAfter(m_context->today());
        m_start->setDateTime(QDateTime(day, QTime(10, 0)));
        showOnEdit(m_end, Meeting::defaultEnd(officeInstant(m_start)));
        CaseDetails details;
        if (CaseRepository(db, m_context->calendar()).load(m_caseId, &details).ok()) {
            m_adjustments->setPlainText(details.referral.reasonableAdjustments);
            m_interpreter->setText(details.referral.interpreterLanguage);
            m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(
                details.referral.route == Route::Mediation ? MeetingKind::Mediation
                                                           : MeetingKind::DisagreementResolution)));
        }
        m_cancelMeeting->hide();
    }
}

void MeetingDialog::showStored(const MeetingRepository& meetings)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(m_stored.kind)));
    showOnEdit(m_start, m_stored.start);
    showOnEdit(m_end, m_stored.end);
    m_mode->setCurrentIndex(m_mode->findData(static_cast<int>(m_stored.mode)));
    if (!m_stored.platform.isEmpty())
        m_platform->setCurrentText(m_stored.platform);
    m_link->setText(m_stored.link);
    if (m_stored.venueId)
        m_venue->choose(*m_stored.venueId);
    m_adjustments->setPlainText(m_stored.reasonableAdjustments);
    m_interpreter->setText(m_stored.interpreterLanguage);
    m_notice->showStored(m_stored, m_context->today());
    QList<MeetingChange> changes;
    MessagePresenter::instance().showIfFailed(this, tr("Meeting"), meetings.history(m_meetingId, &changes));
    QStringList lines;
    for (const MeetingChange& change : changes) {
        lines << (change.kind == MeetingChange::Kind::Cancelled
                      ? tr("%1: cancelled (%2)").arg(stamp(change.changedAt), change.reason)
                      : tr("%1: moved from %2 to %3 (%4)")
                            .arg(stamp(change.changedAt), stamp(change.oldStart), stamp(change.newStart),
                                 change.reason));
    }
    m_history->setText(lines.isEmpty() ? QString() : tr("History:\n%1").arg(lines.join(QLatin1Char('\n'))));
    const bool scheduled = m_stored.status == MeetingStatus::Scheduled;
    m_cancelMeeting->setVisible(scheduled);
    if (!scheduled)
        setWindowTitle(m_stored.status == MeetingStatus::Cancelled ? tr("Meeting (cancelled)")
                                                                   : tr("Meeting (held)"));
}

void MeetingDialog::reloadStored()
{
    const QSqlDatabase db = m_context->database();
    MeetingRepository meetings(db, m_context->calendar());
    Meeting stored;
    if (MessagePresenter::instance().showIfFailed(this, tr("Meeting"), meetings.find(m_meetingId, &stored)))
        return;
    m_stored = stored;
    QList<User> mediators;
    MessagePresenter::instance().showIfFailed(this, tr("Meeting"),
                                              UserRepository(db).list(&mediators, UserRole::Mediator));
    m_people->showMediators(mediators, m_stored.mediators, m_stored.mediatorIds());
    QList<Invitee> invitees;
    MessagePresenter::instance().showIfFailed(this, tr("Meeting"),
                                              InviteeRepository(db).listForCase(m_caseId, &invitees));
    m_people->showInvitees(invitees, m_stored.invitees, false);
    showStored(meetings);
    m_refusals->setVisible(false);
    recheck();
}

Meeting MeetingDialog::meeting() const
{
    Meeting m = m_stored;
    m.id = m_meetingId;
    m.caseId = m_caseId;
    m.kind = static_cast<MeetingKind>(m_kind->currentData().toInt());
    m.start = officeInstant(m_start);
    m.end = officeInstant(m_end);
    m.mode = static_cast<MeetingMode>(m_mode->currentData().toInt());
    m.platform = m.mode == MeetingMode::Online ? m_platform->currentText().trimmed() : QString();
    m.link = m.mode == MeetingMode::Online ? m_link->text().trimmed() : QString();
    const std::optional<Venue> venue = m.mode == MeetingMode::InPerson ? m_venue->chosen() : std::nullopt;
    m.venueId = venue ? std::optional<qint64>(venue->id) : std::nullopt;
    m.venue = venue.value_or(Venue());
    m.mediators = m_people->chosenMediators();
    m.invitees = m_people->chosenInvitees(m_stored.invitees);
    m.reasonableAdjustments = m_adjustments->toPlainText().trimmed();
    m.interpreterLanguage = m_interpreter->text().trimmed();
    m_notice->applyTo(&m);
    return m;
}

QString MeetingDialog::deadlineText() const
{
    return m_deadline->text();
}

QString MeetingDialog::refusalText() const
{
    return m_refusals->isVisibleTo(this) ? m_refusals->text() : QString();
}

QString MeetingDialog::warningText() const
{
    return m_warnings->isVisibleTo(this) ? m_warnings->text() : QString();
}

void MeetingDialog::setStart(const QDateTime& localStart)
{
    m_start->setDateTime(localStart);
}

void MeetingDialog::setReason(const QString& reason)
{
    m_reason->setText(reason);
}

void MeetingDialog::showModeFields()
{
    const auto mode = static_cast<MeetingMode>(m_mode->currentData().toInt());
    m_platform->setEnabled(mode == MeetingMode::Online);
    m_link->setEnabled(mode == MeetingMode::Online);
    m_venue->setEnabled(mode == MeetingMode::InPerson);
    m_venueDetails->setVisible(mode == MeetingMode::InPerson);
}

void MeetingDialog::recheck()
{
    MeetingRepository meetings(m_context->database(), m_context->calendar());
    const Meeting m = meeting();
    const StoreError error = meetings.check(m, m_context->today(), &m_check);
    if (error) {
        m_refusals->setText(error.message());
        m_refusals->setVisible(true);
        return;
    }
    if (m_check.meetingBy) {
        const Deadline& deadline = *m_check.meetingBy;
        const int days = qAbs(m_check.daysLeft);
        const QString left = m_check.daysLeft >= 0
                                 ? (days == 1 ? tr("1 day left") : tr("%1 days left").arg(days))
                             : days == 1 ? tr("passed yesterday")
                                         : tr("passed %1 days ago").arg(days);
        m_deadline->setText(tr("<b>Meeting by %1: %2.</b><br>%3; it started on %4.")
                                .arg(dayText(deadline.date()), left, deadline.rule().toHtmlEscaped(),
                                     dayText(deadline.startDate())));
    } else {
        m_deadline->setText(tr("No 30-day meeting deadline runs on this case."));
    }
    // Notice of the meeting: a mediation meeting only (section 3).
    m_notice->showCheck(m_check.notice);
    m_refusals->setText(m_check.refusals.isEmpty()
                            ? QString()
                            : tr("Cannot book: %1").arg(m_check.refusals.join(QLatin1Char('\n'))));
    m_refusals->setVisible(!m_check.refusals.isEmpty());
    m_warnings->setText(m_check.warnings.isEmpty()
                            ? QString()
                            : tr("Warning: %1").arg(m_check.warnings.join(QLatin1Char('\n'))));
    m_warnings->setVisible(!m_check.warnings.isEmpty());
    const bool editable = !m_meetingId || m_stored.status == MeetingStatus::Scheduled;
    m_save->setEnabled(editable && m_check.canBook());
    // Wrapped refusals and warnings need height the layout's minimum does not count.
    const int wanted =
        layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (wanted > height())
        resize(width(), wanted);
}

bool MeetingDialog::recordsRequest() const
{
    return !m_meetingId && m_kind->currentData().toInt() == static_cast<int>(MeetingKind::Mediation) &&
           MediationRequestRule::mayRequest(m_route, m_stage);
}

void MeetingDialog::setRequestedDate(const QDate& date)
{
    m_requested->setDate(date);
}

void MeetingDialog::accept()
{
    if (!m_unreadable.isEmpty()) {
        MessagePresenter::instance().showError(
            this, tr("Meeting"),
            tr("The meeting could not be read, so nothing is saved: %1").arg(m_unreadable));
        return;
    }
    recheck();
    if (!m_check.canBook())
        return;
    QDate requested;
    if (recordsRequest()) {
        const QString problem =
            m_requested->isAcceptable()
                ? MediationRequestRule::dateProblem(m_requested->date(), m_enquiryDate, m_context->today())
                : m_requested->errorText();
        if (!problem.isEmpty()) {
            m_refusals->setText(tr("Cannot book: %1").arg(problem));
            m_refusals->setVisible(true);
            return;
        }
        requested = m_requested->date();
    }
    MeetingRepository meetings(m_context->database(), m_context->calendar());
    Meeting m = meeting();
    StoreError error;
    if (!m_meetingId) {
        error = meetings.book(&m, m_context->today(), m_context->currentUserId(), &m_check, requested);
        if (error.ok())
            m_meetingId = m.id;
    } else {
        error = meetings.edit(m, m_reason->text(), m_context->today(), m_context->currentUserId(), &m_check);
    }
    if (ChangedElsewhere::offer(this, tr("Meeting"), error, [this] { reloadStored(); }))
        return;
    if (error) {
        m_refusals->setText(tr("Cannot save: %1").arg(error.message()));
        m_refusals->setVisible(true);
        return;
    }
    m_context->notifyCaseChanged(m_caseId);
    QDialog::accept();
}

bool MeetingDialog::cancelMeeting()
{
    MeetingRepository meetings(m_context->database(), m_context->calendar());
    const StoreError error =
        meetings.cancel(m_meetingId, m_reason->text(), m_context->currentUserId(), m_context->today(),
                        m_notInTime->isChecked(), m_stored.rowVersion);
    if (ChangedElsewhere::offer(this, tr("Meeting"), error, [this] { reloadStored(); }))
        return false;
    if (error) {
        m_refusals->setText(tr("Cannot cancel: %1").arg(error.message()));
        m_refusals->setVisible(true);
        return false;
    }
    m_context->notifyCaseChanged(m_caseId);
    return true;
}

void MeetingDialog::reject()
{
    if (DiscardGuard::mayDiscard(this))
        QDialog::reject();
}
