#include "domain/Meeting.h"

#include "domain/DateText.h"
#include "domain/EnumTable.h"
#include "domain/OfficeTime.h"

#include <QTimeZone>

namespace {
constexpr auto kKinds = enumTable<MeetingKind>(
    "Meeting",
    {
        {MeetingKind::InformationCall, "information_call", QT_TRANSLATE_NOOP("Meeting", "Information call")},
        {MeetingKind::PreMeetingCall, "pre_meeting_call", QT_TRANSLATE_NOOP("Meeting", "Pre-meeting call")},
        {MeetingKind::Mediation, "mediation", QT_TRANSLATE_NOOP("Meeting", "Mediation meeting")},
        {MeetingKind::DisagreementResolution, "disagreement_resolution",
         QT_TRANSLATE_NOOP("Meeting", "Disagreement resolution meeting")},
    });
constexpr auto kModes = enumTable<MeetingMode>(
    "Meeting", {
                   {MeetingMode::Online, "online", QT_TRANSLATE_NOOP("Meeting", "Online")},
                   {MeetingMode::InPerson, "in_person", QT_TRANSLATE_NOOP("Meeting", "In person")},
                   {MeetingMode::Phone, "phone", QT_TRANSLATE_NOOP("Meeting", "Phone")},
               });
constexpr auto kStatuses = enumTable<MeetingStatus>(
    "Meeting", {
                   {MeetingStatus::Scheduled, "scheduled", QT_TRANSLATE_NOOP("Meeting", "Booked")},
                   {MeetingStatus::Held, "held", QT_TRANSLATE_NOOP("Meeting", "Held")},
                   {MeetingStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Meeting", "Cancelled")},
               });
constexpr auto kAttendance = enumTable<Attendance>(
    "Meeting",
    {
        {Attendance::Expected, "expected", QT_TRANSLATE_NOOP("Meeting", "Expected")},
        {Attendance::Attended, "attended", QT_TRANSLATE_NOOP("Meeting", "Attended")},
        {Attendance::DidNotAttend, "did_not_attend", QT_TRANSLATE_NOOP("Meeting", "Did not attend")},
        {Attendance::SentApologies, "sent_apologies", QT_TRANSLATE_NOOP("Meeting", "Sent apologies")},
    });
} // namespace

QList<MeetingKind> allMeetingKinds()
{
    return kKinds.values();
}

QString meetingKindToString(MeetingKind kind)
{
    return kKinds.key(kind);
}

std::optional<MeetingKind> meetingKindFromString(const QString& text)
{
    return kKinds.fromKey(text);
}

QString meetingKindTitle(MeetingKind kind)
{
    return kKinds.title(kind);
}

QString meetingModeToString(MeetingMode mode)
{
    return kModes.key(mode);
}

std::optional<MeetingMode> meetingModeFromString(const QString& text)
{
    return kModes.fromKey(text);
}

QString meetingModeTitle(MeetingMode mode)
{
    return kModes.title(mode);
}

QString meetingStatusToString(MeetingStatus status)
{
    return kStatuses.key(status);
}

std::optional<MeetingStatus> meetingStatusFromString(const QString& text)
{
    return kStatuses.fromKey(text);
}

QString meetingStatusTitle(MeetingStatus status)
{
    return kStatuses.title(status);
}

QString attendanceToString(Attendance attendance)
{
    return kAttendance.key(attendance);
}

std::optional<Attendance> attendanceFromString(const QString& text)
{
    return kAttendance.fromKey(text);
}

QString attendanceTitle(Attendance attendance)
{
    return kAttendance.title(attendance);
}

QList<qint64> Meeting::mediatorIds() const
{
    QList<qint64> ids;
    for (const MeetingMediator& mediator : mediators)
        ids << mediator.userId;
    return ids;
}

QString Meeting::label() const
{
    // Office time (Europe/London) whatever the machine's zone, so a clash
    // reads the same on every desk.
    const QDateTime local = OfficeTime::local(start);
    const QString when = DateText::shortDateTime(local);
    const QString what = meetingKindTitle(kind).toLower();
    return caseReference.isEmpty() ? QStringLiteral("%1, %2").arg(what, when)
                                   : QStringLiteral("%1 %2, %3").arg(caseReference, what, when);
}
