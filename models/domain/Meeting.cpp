#include "domain/Meeting.h"

#include "domain/DateText.h"
#include "domain/OfficeTime.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <array>
#include <utility>

namespace {
template <typename Enum, std::size_t N>
QString toText(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [candidate, text] : table) {
        if (candidate == value)
            return QLatin1String(text);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromText(const std::array<std::pair<Enum, const char*>, N>& table, const QString& text)
{
    for (const auto& [value, candidate] : table) {
        if (text == QLatin1String(candidate))
            return value;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<MeetingKind, const char*>, 4> kKinds{{
    {MeetingKind::InformationCall, "information_call"},
    {MeetingKind::PreMeetingCall, "pre_meeting_call"},
    {MeetingKind::Mediation, "mediation"},
    {MeetingKind::DisagreementResolution, "disagreement_resolution"},
}};
constexpr std::array<std::pair<MeetingMode, const char*>, 3> kModes{{
    {MeetingMode::Online, "online"},
    {MeetingMode::InPerson, "in_person"},
    {MeetingMode::Phone, "phone"},
}};
constexpr std::array<std::pair<MeetingStatus, const char*>, 3> kStatuses{{
    {MeetingStatus::Scheduled, "scheduled"},
    {MeetingStatus::Held, "held"},
    {MeetingStatus::Cancelled, "cancelled"},
}};
constexpr std::array<std::pair<Attendance, const char*>, 4> kAttendance{{
    {Attendance::Expected, "expected"},
    {Attendance::Attended, "attended"},
    {Attendance::DidNotAttend, "did_not_attend"},
    {Attendance::SentApologies, "sent_apologies"},
}};
} // namespace

QList<MeetingKind> allMeetingKinds()
{
    QList<MeetingKind> kinds;
    for (const auto& entry : kKinds)
        kinds << entry.first;
    return kinds;
}

QString meetingKindToString(MeetingKind kind)
{
    return toText(kKinds, kind);
}

std::optional<MeetingKind> meetingKindFromString(const QString& text)
{
    return fromText(kKinds, text);
}

QString meetingKindTitle(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::InformationCall:
        return QCoreApplication::translate("Meeting", "Information call");
    case MeetingKind::PreMeetingCall:
        return QCoreApplication::translate("Meeting", "Pre-meeting call");
    case MeetingKind::Mediation:
        return QCoreApplication::translate("Meeting", "Mediation meeting");
    case MeetingKind::DisagreementResolution:
        return QCoreApplication::translate("Meeting", "Disagreement resolution meeting");
    }
    return {};
}

QString meetingModeToString(MeetingMode mode)
{
    return toText(kModes, mode);
}

std::optional<MeetingMode> meetingModeFromString(const QString& text)
{
    return fromText(kModes, text);
}

QString meetingModeTitle(MeetingMode mode)
{
    switch (mode) {
    case MeetingMode::Online:
        return QCoreApplication::translate("Meeting", "Online");
    case MeetingMode::InPerson:
        return QCoreApplication::translate("Meeting", "In person");
    case MeetingMode::Phone:
        return QCoreApplication::translate("Meeting", "Phone");
    }
    return {};
}

QString meetingStatusToString(MeetingStatus status)
{
    return toText(kStatuses, status);
}

std::optional<MeetingStatus> meetingStatusFromString(const QString& text)
{
    return fromText(kStatuses, text);
}

QString attendanceToString(Attendance attendance)
{
    return toText(kAttendance, attendance);
}

std::optional<Attendance> attendanceFromString(const QString& text)
{
    return fromText(kAttendance, text);
}

QString attendanceTitle(Attendance attendance)
{
    switch (attendance) {
    case Attendance::Expected:
        return QCoreApplication::translate("Meeting", "Expected");
    case Attendance::Attended:
        return QCoreApplication::translate("Meeting", "Attended");
    case Attendance::DidNotAttend:
        return QCoreApplication::translate("Meeting", "Did not attend");
    case Attendance::SentApologies:
        return QCoreApplication::translate("Meeting", "Sent apologies");
    }
    return {};
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
