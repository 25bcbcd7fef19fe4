#include "meetings/CaseMeetingsPanel.h"

#include "common/ItemViews.h"
#include "common/WorkContext.h"
#include "documents/MeetingCalendar.h"
#include "domain/DateText.h"
#include "domain/OfficeTime.h"
#include "meetings/MeetingDialog.h"
#include "meetings/MeetingOutcomeDialog.h"
#include "platform/PrivateFile.h"
#include "shell/MessagePresenter.h"
#include "store/meetings/MeetingRepository.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QString whereText(const Meeting& meeting)
{
    switch (meeting.mode) {
    case MeetingMode::Online:
        return meeting.platform.isEmpty() ? meetingModeTitle(meeting.mode) : meeting.platform;
    case MeetingMode::InPerson:
        return meeting.venue.name;
    case MeetingMode::Phone:
        return meetingModeTitle(meeting.mode);
    }
    return {};
}
} // namespace

CaseMeetingsPanel::CaseMeetingsPanel(WorkContext* context, qint64 caseId, QWidget* parent)
    : QWidget(parent), m_context(context), m_caseId(caseId), m_table(new QTableWidget(0, 5, this)),
      m_open(new QPushButton(tr("O&pen…"), this)),
      m_outcome(new QPushButton(tr("&After the meeting…"), this)),
      m_invitations(new QPushButton(tr("&Save invitations…"), this))
{
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Meeting"), tr("Where"), tr("Mediators"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The place takes the spare width, so the short status sits next to the mediators.
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    ItemViews::label(m_table, tr("Meetings of the case"), tr("One row a meeting booked for the case"));
    auto* book = new QPushButton(tr("&Book a meeting…"), this);
    m_context->gate(book, Action::ManageMeetings);
    connect(book, &QPushButton::clicked, this, &CaseMeetingsPanel::beginBooking);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentMeetingId())
            beginEdit(id);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (const qint64 id = currentMeetingId())
            beginEdit(id);
    });
    connect(m_outcome, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentMeetingId())
            beginOutcome(id);
    });
    connect(m_invitations, &QPushButton::clicked, this, [this] {
        const qint64 id = currentMeetingId();
        if (!id)
            return;
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Save the invitations in"));
        if (!folder.isEmpty())
            writeInvitations(id, folder);
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(book);
    buttons->addWidget(m_open);
    buttons->addWidget(m_outcome);
    buttons->addWidget(m_invitations);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    connect(m_context, &WorkContext::caseChanged, this, [this](qint64 id) {
        if (id == m_caseId)
            reload();
    });
    // Another desk's change, to any case: this one's too, perhaps.
    connect(m_context, &WorkContext::changedElsewhere, this, &CaseMeetingsPanel::reload);
    reload();
}

void CaseMeetingsPanel::reload()
{
    QList<Meeting> meetings;
    MessagePresenter::instance().showIfFailed(
        this, tr("Meetings"),
        MeetingRepository(m_context->database(), m_context->calendar()).listForCase(m_caseId, &meetings));
    m_table->setRowCount(0);
    for (const Meeting& meeting : meetings) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QDateTime start = meeting.start.toTimeZone(OfficeTime::zone());
        const QDateTime end = meeting.end.toTimeZone(OfficeTime::zone());
        QStringList mediators;
        for (const MeetingMediator& mediator : meeting.mediators)
            mediators << mediator.name;
        const QStringList cells{DateText::shortDateTime(start) + QStringLiteral("–") +
                                    DateText::time(end.time()),
                                meetingKindTitle(meeting.kind), whereText(meeting),
                                mediators.join(QStringLiteral(", ")), meetingStatusTitle(meeting.status)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, meeting.id);
            m_table->setItem(row, column, item);
        }
    }
    const bool any = !meetings.isEmpty();
    if (any)
        m_table->selectRow(m_table->rowCount() - 1);
    m_open->setEnabled(any);
    m_context->gate(m_outcome, Action::ManageMeetings, any);
    m_invitations->setEnabled(any);
}

int CaseMeetingsPanel::meetingCount() const
{
    return m_table->rowCount();
}

qint64 CaseMeetingsPanel::meetingIdAt(int row) const
{
    const QTableWidgetItem* item = m_table->item(row, 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

qint64 CaseMeetingsPanel::currentMeetingId() const
{
    return meetingIdAt(m_table->currentRow());
}

MeetingDialog* CaseMeetingsPanel::beginBooking()
{
    auto* dialog = new MeetingDialog(m_context, m_caseId, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

MeetingDialog* CaseMeetingsPanel::beginEdit(qint64 meetingId)
{
    auto* dialog = new MeetingDialog(m_context, m_caseId, meetingId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

MeetingOutcomeDialog* CaseMeetingsPanel::beginOutcome(qint64 meetingId)
{
    auto* dialog = new MeetingOutcomeDialog(m_context, meetingId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

int CaseMeetingsPanel::writeInvitations(qint64 meetingId, const QString& folder)
{
    Meeting meeting;
    if (MeetingRepository(m_context->database(), m_context->calendar()).find(meetingId, &meeting))
        return 0;
    int written = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const MeetingInvitee& invitee : meeting.invitees) {
        // File names carry the meeting and invitee numbers, never a name.
        const QString path = QDir(folder).filePath(
            QStringLiteral("meeting-%1-invitee-%2.ics").arg(meeting.id).arg(invitee.inviteeId));
        QString reason;
        if (!PrivateFile::write(path, MeetingCalendar::invitation(meeting, invitee, now), &reason)) {
            MessagePresenter::instance().showError(
                this, tr("The invitations were not all saved"),
                tr("%1 could not be written: %2. %n invitation(s) were saved before it.", nullptr, written)
                    .arg(QDir::toNativeSeparators(path), reason));
            return written;
        }
        ++written;
    }
    return written;
}
