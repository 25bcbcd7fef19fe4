#pragma once

#include "domain/AttendanceBasis.h"
#include "domain/InviteeRole.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

// Where an invitation stands; the strings are the values of invitees.status.
enum class InviteeStatus
{
    ToInvite,
    Invited,
    Confirmed,
    Declined,
    Attended,
    DidNotAttend,
};

QList<InviteeStatus> allInviteeStatuses();
QString inviteeStatusToString(InviteeStatus status);
std::optional<InviteeStatus> inviteeStatusFromString(const QString& text);
// For people: "To invite".
QString inviteeStatusTitle(InviteeStatus status);
// Disagreement resolution: "Willing", "Not willing", or "Not asked" (none).
QString inviteeWillingTitle(const std::optional<bool>& willing);

// Someone invited to a case's meeting: from the directory (contactId), one of
// the case's people (personId), or ad hoc (neither).
struct Invitee
{
    qint64 id = 0;
    qint64 caseId = 0;
    std::optional<qint64> contactId;
    std::optional<qint64> personId;
    QString displayName;
    QString organisation; // ad hoc invitees; directory contacts have theirs
    QString email;
    QString phone; // E.164
    InviteeRole role = InviteeRole::ParentCarer;
    InviteeStatus status = InviteeStatus::ToInvite;
    // Disagreement resolution: whether this party is willing (none: not yet asked).
    std::optional<bool> willing;
    // Reg 38: on what basis they attend; none for a row saved before schema
    // 20, when the role's default applies (InviteeRules::basisOf).
    std::optional<AttendanceBasis> basis;
    // Reg 38: a child attends with the parent's and the mediator's consent;
    // anyone else with all parties' consent or, failing that, the mediator's
    // (which of the two dates is set says who consented, and when).
    QDate parentConsentDate;
    QDate mediatorConsentDate;
    QDate allPartiesConsentDate;
    QString notes;
    qint64 rowVersion = 0; // as read, for noticing another desk's save

    // Invited and not (yet) turned it down.
    bool isInvited() const
    {
        return status == InviteeStatus::Invited || status == InviteeStatus::Confirmed ||
               status == InviteeStatus::Attended;
    }
};

// The mediator's contact with an invitee before the meeting.
struct InviteeContactNote
{
    qint64 id = 0;
    qint64 inviteeId = 0;
    QDate date;
    std::optional<qint64> userId;
    QString userName; // read back; not saved from here
    QString note;

    static constexpr int kMaxNoteLength = 500;
};
