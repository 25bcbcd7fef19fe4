#include "meetings/MeetingPeopleChooser.h"

#include "common/ItemViews.h"
#include "rules/InviteeRules.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace {
QListWidgetItem* checkItem(QListWidget* list, const QString& text, qint64 id, bool checked)
{
    auto* item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

MeetingPeopleChooser::MeetingPeopleChooser(QWidget* parent)
    : QWidget(parent), m_mediators(new QListWidget(this)), m_invitees(new QListWidget(this))
{
    ItemViews::label(m_mediators, tr("Mediators"), tr("Tick the mediators who run the meeting"));
    ItemViews::label(m_invitees, tr("Invitees"), tr("Tick the invitees asked to the meeting"));
    for (QListWidget* list : {m_mediators, m_invitees})
        list->setFixedHeight(list->fontMetrics().lineSpacing() * 5 + 12); // five names, always in sight
    auto* people = new QHBoxLayout(this);
    people->setContentsMargins(0, 0, 0, 0);
    auto* mediatorBox = new QVBoxLayout;
    mediatorBox->addWidget(new QLabel(tr("Mediators:"), this));
    mediatorBox->addWidget(m_mediators);
    auto* inviteeBox = new QVBoxLayout;
    inviteeBox->addWidget(new QLabel(tr("Invitees:"), this));
    inviteeBox->addWidget(m_invitees);
    people->addLayout(mediatorBox);
    people->addLayout(inviteeBox);
    connect(m_mediators, &QListWidget::itemChanged, this, &MeetingPeopleChooser::mediatorsChanged);
}

void MeetingPeopleChooser::showMediators(const QList<User>& active, const QList<MeetingMediator>& onMeeting,
                                         const QList<qint64>& chosen)
{
    for (const User& user : active)
        checkItem(m_mediators, user.displayName, user.id, chosen.contains(user.id));
    for (const MeetingMediator& mediator : onMeeting) {
        // A mediator no longer active still shows on their meetings.
        const bool listed = std::any_of(active.cbegin(), active.cend(),
                                        [&mediator](const User& user) { return user.id == mediator.userId; });
        if (!listed)
            checkItem(m_mediators, mediator.name, mediator.userId, true);
    }
}

void MeetingPeopleChooser::showInvitees(const QList<Invitee>& invitees, const QList<MeetingInvitee>& asked,
                                        bool newMeeting)
{
    QList<qint64> askedIds;
    for (const MeetingInvitee& invitee : asked)
        askedIds << invitee.inviteeId;
    for (const Invitee& invitee : invitees)
        checkItem(m_invitees, invitee.displayName, invitee.id,
                  newMeeting ? InviteeRules::askedToNewMeeting(invitee) : askedIds.contains(invitee.id));
}

QList<MeetingMediator> MeetingPeopleChooser::chosenMediators() const
{
    QList<MeetingMediator> mediators;
    for (int i = 0; i < m_mediators->count(); ++i) {
        const QListWidgetItem* item = m_mediators->item(i);
        if (item->checkState() == Qt::Checked)
            mediators.append({item->data(Qt::UserRole).toLongLong(), item->text()});
    }
    return mediators;
}

QList<MeetingInvitee> MeetingPeopleChooser::chosenInvitees(const QList<MeetingInvitee>& stored) const
{
    QList<MeetingInvitee> invitees;
    for (int i = 0; i < m_invitees->count(); ++i) {
        const QListWidgetItem* item = m_invitees->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        MeetingInvitee invitee;
        invitee.inviteeId = item->data(Qt::UserRole).toLongLong();
        invitee.name = item->text();
        for (const MeetingInvitee& kept : stored) {
            if (kept.inviteeId == invitee.inviteeId)
                invitee = kept; // keeps the attendance already recorded
        }
        invitees.append(invitee);
    }
    return invitees;
}
