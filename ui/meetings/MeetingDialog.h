#pragma once

#include "domain/CaseStage.h"
#include "domain/Meeting.h"
#include "rules/MeetingRules.h"

#include <QDialog>

class MeetingRepository;

class DateLineEdit;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class MeetingNoticeFields;
class MeetingPeopleChooser;
class QPlainTextEdit;
class QPushButton;
class VenueChoice;
class WorkContext;

// Books a meeting on a case, or changes one: kind, start and end (three
// hours unless changed), online (platform and link) or in person (a venue
// with its address and access notes) or by phone, the mediators, which of the
// case's invitees come, adjustments and interpreter. Every change is checked
// at once: a clash is shown as a refusal naming the other meeting and the
// booking is not made; a non-working day, office hours or a date past the
// 30-day deadline are warnings. The deadline and its days left are always in
// sight. For a mediation meeting it shows the latest day to send the family
// notice (5 working days before), warns when that day has passed, and
// records when notice was sent and the family's consent to shorter notice
// (rules/README.md section 3). Moving or cancelling a booked meeting needs a reason, kept in its
// history shown below.
class MeetingDialog : public QDialog
{
    Q_OBJECT

public:
    // meetingId 0 books a new meeting.
    MeetingDialog(WorkContext* context, qint64 caseId, qint64 meetingId = 0, QWidget* parent = nullptr);

    // The meeting as the fields stand.
    Meeting meeting() const;
    qint64 meetingId() const { return m_meetingId; }
    const MeetingRules::BookingCheck& lastCheck() const { return m_check; }
    QString deadlineText() const;
    QString refusalText() const;
    QString warningText() const;
    // The notice row (MeetingNoticeFields: the latest day to send notice, when it was sent, consent).
    MeetingNoticeFields* notice() const { return m_notice; }
    void setStart(const QDateTime& localStart);
    void setReason(const QString& reason);
    // Whether booking this mediation also records the day the family asked
    // for it (a new mediation on a case still waiting for their decision).
    bool recordsRequest() const;
    void setRequestedDate(const QDate& date);
    // Cancels the booked meeting with the reason given; false (and says why) when it cannot.
    bool cancelMeeting();

    void accept() override;
    // Asks before discarding what was typed (common/DiscardGuard).
    void reject() override;

private:
    void load();
    void recheck();
    // The stored meeting's fields, history and state on the form.
    void showStored(const MeetingRepository& meetings);
    // Reads the meeting again (another desk saved it) and shows it, replacing what was typed.
    void reloadStored();
    void showModeFields();

    WorkContext* m_context;
    qint64 m_caseId;
    qint64 m_meetingId;
    Meeting m_stored;
    // Why the stored meeting could not be read; saving is refused while set,
    // so an empty form never overwrites what is stored.
    QString m_unreadable;
    Route m_route = Route::Mediation;
    CaseStage m_stage = CaseStage::Enquiry;
    QDate m_enquiryDate;
    QDateTime m_shownStart; // the start as last shown, to keep the length when it moves
    MeetingRules::BookingCheck m_check;
    QComboBox* m_kind;
    QDateTimeEdit* m_start;
    QDateTimeEdit* m_end;
    QComboBox* m_mode;
    QComboBox* m_platform;
    QLineEdit* m_link;
    VenueChoice* m_venue;
    QLabel* m_venueDetails;
    MeetingPeopleChooser* m_people; // the mediators and the invitees who come
    QPlainTextEdit* m_adjustments;
    QLineEdit* m_interpreter;
    QLineEdit* m_reason;
    QLabel* m_deadline;
    QLabel* m_refusals;
    QLabel* m_warnings;
    QLabel* m_history;
    QPushButton* m_cancelMeeting;
    QPushButton* m_save;
    QCheckBox* m_notInTime;    // cancelling because it cannot be held within the 30 days
    DateLineEdit* m_requested; // the day the family asked for mediation, when not yet recorded
    QLabel* m_requestedLabel;
    MeetingNoticeFields* m_notice;
};
