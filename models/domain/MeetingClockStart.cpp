#include "domain/MeetingClockStart.h"

QString meetingClockStartToString(MeetingClockStart start)
{
    switch (start) {
    case MeetingClockStart::Enquiry:
        return QStringLiteral("enquiry");
    case MeetingClockStart::MediationRequested:
        return QStringLiteral("mediation_requested");
    }
    return {};
}

std::optional<MeetingClockStart> meetingClockStartFromString(const QString& text)
{
    for (MeetingClockStart start : {MeetingClockStart::Enquiry, MeetingClockStart::MediationRequested}) {
        if (meetingClockStartToString(start) == text)
            return start;
    }
    return std::nullopt;
}

QString meetingClockStartDescription(MeetingClockStart start)
{
    switch (start) {
    case MeetingClockStart::Enquiry:
        return QStringLiteral("the date of enquiry");
    case MeetingClockStart::MediationRequested:
        return QStringLiteral("the date the family said they want mediation");
    }
    return {};
}
