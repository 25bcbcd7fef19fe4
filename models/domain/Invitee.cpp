#include "domain/Invitee.h"

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<InviteeStatus, const char*>, 6> kStatuses{{
    {InviteeStatus::ToInvite, "to_invite"},
    {InviteeStatus::Invited, "invited"},
    {InviteeStatus::Confirmed, "confirmed"},
    {InviteeStatus::Declined, "declined"},
    {InviteeStatus::Attended, "attended"},
    {InviteeStatus::DidNotAttend, "did_not_attend"},
}};
} // namespace

QList<InviteeStatus> allInviteeStatuses()
{
    QList<InviteeStatus> statuses;
    for (const auto& [status, text] : kStatuses)
        statuses << status;
    return statuses;
}

QString inviteeStatusToString(InviteeStatus status)
{
    for (const auto& [candidate, text] : kStatuses) {
        if (candidate == status)
            return QLatin1String(text);
    }
    return {};
}

std::optional<InviteeStatus> inviteeStatusFromString(const QString& text)
{
    for (const auto& [status, candidate] : kStatuses) {
        if (text == QLatin1String(candidate))
            return status;
    }
    return std::nullopt;
}
