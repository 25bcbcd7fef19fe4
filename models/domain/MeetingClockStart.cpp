#include "domain/MeetingClockStart.h"

#include "domain/EnumTable.h"

namespace {
// The descriptions go into the rules' explanations, which are in English.
constexpr auto kStarts = enumTable<MeetingClockStart>(
    "MeetingClockStart", {
                             {MeetingClockStart::Enquiry, "enquiry", "the date of enquiry"},
                             {MeetingClockStart::MediationRequested, "mediation_requested",
                              "the date the family said they want mediation"},
                         });
} // namespace

QString meetingClockStartToString(MeetingClockStart start)
{
    return kStarts.key(start);
}

std::optional<MeetingClockStart> meetingClockStartFromString(const QString& text)
{
    return kStarts.fromKey(text);
}

QString meetingClockStartDescription(MeetingClockStart start)
{
    return kStarts.englishTitle(start);
}
