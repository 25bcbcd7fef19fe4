// libFuzzer: the .ics writer (MeetingCalendar) with any names and notes.
// The input is split at NUL bytes into the free-text fields a meeting can
// carry. Beyond not crashing: whatever the text, the file libical reads back
// holds exactly one event (text cannot end the event or start another), and
// the invitation names exactly one attendee.
#include "documents/MeetingCalendar.h"

#include <cstdint>
#include <cstdlib>
#include <libical/ical.h>

namespace {
int count(icalcomponent* component, icalcomponent_kind kind)
{
    int n = 0;
    for (icalcomponent* c = icalcomponent_get_first_component(component, kind); c;
         c = icalcomponent_get_next_component(component, kind))
        ++n;
    return n;
}

void requireOneEvent(const QByteArray& ics, int attendees)
{
    icalcomponent* root = icalparser_parse_string(ics.constData());
    if (!root)
        std::abort();
    if (icalcomponent_isa(root) != ICAL_VCALENDAR_COMPONENT || count(root, ICAL_VEVENT_COMPONENT) != 1)
        std::abort();
    if (attendees >= 0) {
        icalcomponent* event = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT);
        if (icalcomponent_count_properties(event, ICAL_ATTENDEE_PROPERTY) != attendees)
            std::abort();
    }
    icalcomponent_free(root);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data) + 1, static_cast<qsizetype>(size - 1));
    const QList<QByteArray> parts = bytes.split('\0');
    auto part = [&](int i) {
        return QString::fromUtf8(parts.value(i));
    };

    Meeting meeting;
    meeting.id = 7;
    meeting.caseId = 3;
    meeting.caseReference = part(0);
    meeting.kind = (data[0] & 1) ? MeetingKind::Mediation : MeetingKind::DisagreementResolution;
    meeting.mode = (data[0] & 2) ? MeetingMode::Online : MeetingMode::InPerson;
    meeting.status = (data[0] & 4) ? MeetingStatus::Cancelled : MeetingStatus::Scheduled;
    meeting.start = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
    meeting.end = meeting.start.addSecs(3 * 3600);
    meeting.platform = part(1);
    meeting.link = part(2);
    meeting.venue.name = part(3);
    meeting.venue.address = part(4);
    meeting.venue.postcode = part(5);
    meeting.venue.accessibilityNotes = part(6);
    meeting.mediators << MeetingMediator{1, part(7)};
    MeetingInvitee invitee;
    invitee.inviteeId = 5;
    invitee.name = part(8);
    invitee.email = part(9);
    meeting.invitees << invitee;
    meeting.uid = part(10).isEmpty() ? QStringLiteral("fuzz@commonground.example") : part(10);
    meeting.sequence = data[0] >> 3;

    const QDateTime now(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    requireOneEvent(MeetingCalendar::calendar({meeting}, now), -1);
    if (!invitee.email.trimmed().isEmpty())
        requireOneEvent(MeetingCalendar::invitation(meeting, invitee, now), 1);
    return 0;
}
