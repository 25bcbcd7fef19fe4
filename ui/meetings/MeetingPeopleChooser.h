#pragma once

#include "domain/Invitee.h"
#include "domain/Meeting.h"
#include "domain/User.h"

#include <QWidget>

class QListWidget;

// Who runs a meeting and who comes, side by side in the meeting dialog: the
// active mediators (and any no longer active who are on the meeting) and the
// case's invitees, each ticked when chosen. Five names are always in sight.
class MeetingPeopleChooser : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingPeopleChooser(QWidget* parent = nullptr);

    // The active mediators, those in `chosen` ticked, then the meeting's own
    // mediators who are no longer active (ticked, so they still show).
    void showMediators(const QList<User>& active, const QList<MeetingMediator>& onMeeting,
                       const QList<qint64>& chosen);
    // The case's invitees: those asked to the stored meeting ticked, or for a
    // new meeting those InviteeRules asks by default.
    void showInvitees(const QList<Invitee>& invitees, const QList<MeetingInvitee>& asked, bool newMeeting);
    QList<MeetingMediator> chosenMediators() const;
    // The invitees ticked, keeping the attendance already recorded in `stored`.
    QList<MeetingInvitee> chosenInvitees(const QList<MeetingInvitee>& stored) const;

signals:
    void mediatorsChanged();

private:
    QListWidget* m_mediators;
    QListWidget* m_invitees;
};
