#pragma once

#include <QWidget>

class MeetingDialog;
class MeetingOutcomeDialog;
class QLabel;
class QPushButton;
class QTableWidget;
class WorkContext;

// The Meetings tab of a case: its meetings (when, kind, where, mediators,
// status), booking a new one, opening one to move or cancel it, recording
// what came of it, and saving each invitee's calendar invitation.
class CaseMeetingsPanel : public QWidget
{
    Q_OBJECT

public:
    CaseMeetingsPanel(WorkContext* context, qint64 caseId, QWidget* parent = nullptr);

    void reload();
    int meetingCount() const;
    qint64 meetingIdAt(int row) const;
    // The dialogs open window-modal and return at once (tests drive them).
    MeetingDialog* beginBooking();
    MeetingDialog* beginEdit(qint64 meetingId);
    MeetingOutcomeDialog* beginOutcome(qint64 meetingId);
    // Writes one .ics per invitee of the meeting into the folder; the number written.
    int writeInvitations(qint64 meetingId, const QString& folder);

private:
    qint64 currentMeetingId() const;

    WorkContext* m_context;
    qint64 m_caseId;
    QTableWidget* m_table;
    QPushButton* m_open;
    QPushButton* m_outcome;
    QPushButton* m_invitations;
};
