#pragma once

#include <QString>
#include <optional>

// What starts the council's contract target ("meeting within 30 days of
// enquiry"), a service level shown beside the statutory 30 days and never in
// their place (rules/README.md section 3): a per-council setting, never a code
// change. The strings are the values of councils.meeting_clock_start.
enum class MeetingClockStart
{
    Enquiry,            // "the date of enquiry"
    MediationRequested, // "the date the family said they want mediation"
};

QString meetingClockStartToString(MeetingClockStart start);
std::optional<MeetingClockStart> meetingClockStartFromString(const QString& text);
// In words, for explanations: "the date of enquiry".
QString meetingClockStartDescription(MeetingClockStart start);
