#pragma once

#include "domain/Meeting.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

// Meetings as iCalendar (RFC 5545) through libical: one calendar of many
// meetings for a mediator's diary, or one meeting's invitation for one
// invitee. Times are written in UTC; each meeting keeps its UID, and its
// SEQUENCE rises with every change, so importing a newer file updates the
// event instead of adding a second one. Cancelled meetings are
// STATUS:CANCELLED.
//
// What goes in: the case reference, the kind of meeting, the times, and where
// (platform and link, or the venue with its address and access notes). What
// never does: the child's or parent's name, the decision in dispute,
// adjustments or interpreter needs. Calendar files are copied to phones,
// shared diaries and mail servers outside the service's control, and a
// meeting invitation is forwarded freely; the reference is enough for someone
// who works on the case to find it, and means nothing to anyone else.
namespace MeetingCalendar {

// "now" is the DTSTAMP: when this file was made.
QByteArray calendar(const QList<Meeting>& meetings, const QDateTime& now);
// One meeting for one of its invitees (METHOD:REQUEST, or CANCEL when
// cancelled), naming only that invitee as attendee: the others' addresses
// are theirs.
QByteArray invitation(const Meeting& meeting, const MeetingInvitee& invitee, const QDateTime& now);

} // namespace MeetingCalendar
