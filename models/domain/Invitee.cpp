#include "domain/Invitee.h"

#include "domain/EnumTable.h"

namespace {
constexpr auto kStatuses = enumTable<InviteeStatus>(
    "InviteeStatus",
    {
        {InviteeStatus::ToInvite, "to_invite", QT_TRANSLATE_NOOP("InviteeStatus", "To invite")},
        {InviteeStatus::Invited, "invited", QT_TRANSLATE_NOOP("InviteeStatus", "Invited")},
        {InviteeStatus::Confirmed, "confirmed", QT_TRANSLATE_NOOP("InviteeStatus", "Confirmed")},
        {InviteeStatus::Declined, "declined", QT_TRANSLATE_NOOP("InviteeStatus", "Declined")},
        {InviteeStatus::Attended, "attended", QT_TRANSLATE_NOOP("InviteeStatus", "Attended")},
        {InviteeStatus::DidNotAttend, "did_not_attend", QT_TRANSLATE_NOOP("InviteeStatus", "Did not attend")},
    });
} // namespace

QList<InviteeStatus> allInviteeStatuses()
{
    return kStatuses.values();
}

QString inviteeStatusToString(InviteeStatus status)
{
    return kStatuses.key(status);
}

std::optional<InviteeStatus> inviteeStatusFromString(const QString& text)
{
    return kStatuses.fromKey(text);
}

QString inviteeStatusTitle(InviteeStatus status)
{
    return kStatuses.title(status);
}

QString inviteeWillingTitle(const std::optional<bool>& willing)
{
    if (!willing)
        return QCoreApplication::translate("InviteeStatus", "Not asked");
    return *willing ? QCoreApplication::translate("InviteeStatus", "Willing")
                    : QCoreApplication::translate("InviteeStatus", "Not willing");
}
