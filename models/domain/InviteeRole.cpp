#include "domain/InviteeRole.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace {
// One table so the two directions cannot drift apart.
constexpr std::array<std::pair<InviteeRole, const char*>, 13> kRoles{{
    {InviteeRole::ParentCarer, "parent_carer"},
    {InviteeRole::YoungPerson, "young_person"},
    {InviteeRole::Child, "child"},
    {InviteeRole::SchoolRepresentative, "school_representative"},
    {InviteeRole::ClassTeacher, "class_teacher"},
    {InviteeRole::SendiassAdviser, "sendiass_adviser"},
    {InviteeRole::CouncilSendOfficer, "council_send_officer"},
    {InviteeRole::CouncilDecisionMaker, "council_decision_maker"},
    {InviteeRole::HealthRepresentative, "health_representative"},
    {InviteeRole::SocialCareRepresentative, "social_care_representative"},
    {InviteeRole::Supporter, "supporter"},
    {InviteeRole::Advocate, "advocate"},
    {InviteeRole::Interpreter, "interpreter"},
}};
} // namespace

QList<InviteeRole> allInviteeRoles()
{
    QList<InviteeRole> roles;
    for (const auto& [role, text] : kRoles)
        roles << role;
    return roles;
}

QString inviteeRoleToString(InviteeRole role)
{
    for (const auto& [candidate, text] : kRoles) {
        if (candidate == role)
            return QLatin1String(text);
    }
    return {};
}

std::optional<InviteeRole> inviteeRoleFromString(const QString& text)
{
    for (const auto& [role, candidate] : kRoles) {
        if (text == QLatin1String(candidate))
            return role;
    }
    return std::nullopt;
}

QString inviteeRoleTitle(InviteeRole role)
{
    switch (role) {
    case InviteeRole::ParentCarer:
        return QCoreApplication::translate("InviteeRole", "Parent or carer");
    case InviteeRole::YoungPerson:
        return QCoreApplication::translate("InviteeRole", "Young person");
    case InviteeRole::Child:
        return QCoreApplication::translate("InviteeRole", "Child");
    case InviteeRole::SchoolRepresentative:
        return QCoreApplication::translate("InviteeRole", "SENCO or school representative");
    case InviteeRole::ClassTeacher:
        return QCoreApplication::translate("InviteeRole", "Class teacher");
    case InviteeRole::SendiassAdviser:
        return QCoreApplication::translate("InviteeRole", "SENDIASS adviser");
    case InviteeRole::CouncilSendOfficer:
        return QCoreApplication::translate("InviteeRole", "Council SEND officer");
    case InviteeRole::CouncilDecisionMaker:
        return QCoreApplication::translate("InviteeRole", "Council decision-maker");
    case InviteeRole::HealthRepresentative:
        return QCoreApplication::translate("InviteeRole", "Health representative");
    case InviteeRole::SocialCareRepresentative:
        return QCoreApplication::translate("InviteeRole", "Social care representative");
    case InviteeRole::Supporter:
        return QCoreApplication::translate("InviteeRole", "Supporter");
    case InviteeRole::Advocate:
        return QCoreApplication::translate("InviteeRole", "Advocate or solicitor");
    case InviteeRole::Interpreter:
        return QCoreApplication::translate("InviteeRole", "Interpreter");
    }
    return {};
}
