#pragma once

#include "domain/Venue.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// The strings of each enumeration are the values of the schema's columns.
enum class MeetingKind
{
    InformationCall,
    PreMeetingCall,
    Mediation,
    DisagreementResolution,
};
QList<MeetingKind> allMeetingKinds();
QString meetingKindToString(MeetingKind kind);
std::optional<MeetingKind> meetingKindFromString(const QString& text);
// For people: "Mediation meeting".
QString meetingKindTitle(MeetingKind kind);

enum class MeetingMode
{
    Online,
    InPerson,
    Phone,
};
QString meetingModeToString(MeetingMode mode);
std::optional<MeetingMode> meetingModeFromString(const QString& text);
QString meetingModeTitle(MeetingMode mode);

enum class MeetingStatus
{
    Scheduled,
    Held,
    Cancelled,
};
QString meetingStatusToString(MeetingStatus status);
std::optional<MeetingStatus> meetingStatusFromString(const QString& text);
// For people: "Booked".
QString meetingStatusTitle(MeetingStatus status);

enum class Attendance
{
    Expected,
    Attended,
    DidNotAttend,
    SentApologies,
};
QString attendanceToString(Attendance attendance);
std::optional<Attendance> attendanceFromString(const QString& text);
QString attendanceTitle(Attendance attendance);

// One of the case's invitees asked to this meeting.
struct MeetingInvitee
{
    qint64 inviteeId = 0;
    QString name;  // read back
    QString email; // read back: where the invitation goes
    Attendance attendance = Attendance::Expected;
};

struct MeetingMediator
{
    qint64 userId = 0;
    QString name; // read back
};

// A reschedule or cancellation, kept with its reason.
struct MeetingChange
{
    enum class Kind
    {
        Rescheduled,
        Cancelled
    };
    Kind kind = Kind::Rescheduled;
    QDateTime oldStart;
    QDateTime oldEnd;
    QDateTime newStart; // null for a cancellation
    QDateTime newEnd;
    QString reason;
    QString authorName; // read back
    QDateTime changedAt;
};

// A meeting on a case: times are instants (UTC in the store); the office's
// local time is for showing them.
struct Meeting
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString caseReference; // read back
    MeetingKind kind = MeetingKind::Mediation;
    QDateTime start;
    QDateTime end;
    MeetingMode mode = MeetingMode::Online;
    QString platform; // online: Teams, Zoom
    QString link;
    std::optional<qint64> venueId;
    Venue venue; // read back
    MeetingStatus status = MeetingStatus::Scheduled;
    QList<MeetingMediator> mediators;
    QList<MeetingInvitee> invitees;
    QString reasonableAdjustments;
    QString interpreterLanguage;
    // Notice of the meeting (rules/README.md section 3): the day the family
    // was sent the date and place (a letter or email counts), null while not
    // sent; and whether the family agreed to shorter notice than 5 working days.
    QDate noticeSent;
    bool shorterNoticeAgreed = false;
    QString uid;           // the iCalendar UID, fixed when first booked
    int sequence = 0;      // the iCalendar SEQUENCE, raised on every reschedule or cancellation
    qint64 rowVersion = 0; // as read, for noticing another desk's save

    // Meetings usually take two to three hours (rules/README.md section 1).
    static constexpr int kDefaultHours = 3;
    static QDateTime defaultEnd(const QDateTime& start) { return start.addSecs(kDefaultHours * 3600); }

    QList<qint64> mediatorIds() const;
    // "MED-2026-00031 mediation meeting, Tue 2 Jun 2026 10:00": how a clash names the other meeting.
    QString label() const;
};
