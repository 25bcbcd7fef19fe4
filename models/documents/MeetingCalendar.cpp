#include "documents/MeetingCalendar.h"

#include <libical/ical.h>
#include <memory>

namespace {
struct ComponentFree
{
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

icaltimetype utc(const QDateTime& time)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(time.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

QString summaryOf(const Meeting& meeting)
{
    return QStringLiteral("%1: %2").arg(meeting.caseReference, meetingKindTitle(meeting.kind));
}

QString locationOf(const Meeting& meeting)
{
    switch (meeting.mode) {
    case MeetingMode::Online:
        return meeting.link.isEmpty() ? meeting.platform
                                      : QStringLiteral("%1 %2").arg(meeting.platform, meeting.link).trimmed();
    case MeetingMode::InPerson: {
        QStringList parts{meeting.venue.name, meeting.venue.address, meeting.venue.postcode};
        parts.removeAll(QString());
        return parts.join(QStringLiteral(", "));
    }
    case MeetingMode::Phone:
        return QStringLiteral("By phone");
    }
    return {};
}

QString descriptionOf(const Meeting& meeting)
{
    QStringList lines{summaryOf(meeting)};
    if (meeting.mode == MeetingMode::Online) {
        lines << QStringLiteral("Online: %1").arg(meeting.platform);
        if (!meeting.link.isEmpty())
            lines << QStringLiteral("Join: %1").arg(meeting.link);
    } else if (meeting.mode == MeetingMode::InPerson) {
        lines << QStringLiteral("Venue: %1").arg(locationOf(meeting));
        if (!meeting.venue.accessibilityNotes.isEmpty())
            lines << QStringLiteral("Access: %1").arg(meeting.venue.accessibilityNotes);
    }
    if (meeting.status == MeetingStatus::Cancelled)
        lines.prepend(QStringLiteral("CANCELLED"));
    return lines.join(QLatin1Char('\n'));
}

// A URI or an address as libical writes it: unlike text, these values are
// not escaped, so a line break in a link or an email address would end the
// property and let the rest forge properties or a whole event. No control
// character belongs in either.
QByteArray uri(const QString& value)
{
    QString clean;
    clean.reserve(value.size());
    for (const QChar c : value) {
        if (c.unicode() >= 0x20 && c.unicode() != 0x7F && c.category() != QChar::Separator_Line &&
            c.category() != QChar::Separator_Paragraph)
            clean += c;
    }
    return utf8(clean);
}

icalcomponent* eventOf(const Meeting& meeting, const QDateTime& now)
{
    icalcomponent* event = icalcomponent_new_vevent();
    icalcomponent_add_property(event, icalproperty_new_uid(utf8(meeting.uid).constData()));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(utc(now)));
    icalcomponent_add_property(event, icalproperty_new_dtstart(utc(meeting.start)));
    icalcomponent_add_property(event, icalproperty_new_dtend(utc(meeting.end)));
    icalcomponent_add_property(event, icalproperty_new_sequence(meeting.sequence));
    icalcomponent_add_property(event, icalproperty_new_summary(utf8(summaryOf(meeting)).constData()));
    if (const QString location = locationOf(meeting); !location.isEmpty())
        icalcomponent_add_property(event, icalproperty_new_location(utf8(location).constData()));
    icalcomponent_add_property(event, icalproperty_new_description(utf8(descriptionOf(meeting)).constData()));
    icalcomponent_add_property(event, icalproperty_new_status(meeting.status == MeetingStatus::Cancelled
                                                                  ? ICAL_STATUS_CANCELLED
                                                                  : ICAL_STATUS_CONFIRMED));
    // iTIP (RFC 5546) wants an organiser for PUBLISH, REQUEST and CANCEL; the
    // service sends the invitation, not a person, so no one's address is used.
    icalcomponent_add_property(event, icalproperty_new_organizer("mailto:meetings@commonground.invalid"));
    if (meeting.mode == MeetingMode::Online && meeting.link.startsWith(QLatin1String("https://")))
        icalcomponent_add_property(event, icalproperty_new_url(uri(meeting.link).constData()));
    return event;
}

Component newCalendar(icalproperty_method method)
{
    Component calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Common Ground//Meetings//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(method));
    return calendar;
}

QByteArray text(icalcomponent* calendar)
{
    // libical folds lines at 75 octets and ends them with CRLF, as RFC 5545 asks.
    char* raw = icalcomponent_as_ical_string_r(calendar);
    QByteArray out(raw);
    icalmemory_free_buffer(raw);
    return out;
}
} // namespace

QByteArray MeetingCalendar::calendar(const QList<Meeting>& meetings, const QDateTime& now)
{
    Component calendar = newCalendar(ICAL_METHOD_PUBLISH);
    for (const Meeting& meeting : meetings)
        icalcomponent_add_component(calendar.get(), eventOf(meeting, now));
    return text(calendar.get());
}

QByteArray MeetingCalendar::invitation(const Meeting& meeting, const MeetingInvitee& invitee,
                                       const QDateTime& now)
{
    const bool cancelled = meeting.status == MeetingStatus::Cancelled;
    Component calendar = newCalendar(cancelled ? ICAL_METHOD_CANCEL : ICAL_METHOD_REQUEST);
    icalcomponent* event = eventOf(meeting, now);
    if (!invitee.email.isEmpty()) {
        icalproperty* attendee =
            icalproperty_new_attendee(uri(QStringLiteral("mailto:") + invitee.email).constData());
        icalproperty_add_parameter(attendee, icalparameter_new_cn(utf8(invitee.name).constData()));
        icalproperty_add_parameter(attendee, icalparameter_new_role(ICAL_ROLE_REQPARTICIPANT));
        icalcomponent_add_property(event, attendee);
    }
    icalcomponent_add_component(calendar.get(), event);
    return text(calendar.get());
}
