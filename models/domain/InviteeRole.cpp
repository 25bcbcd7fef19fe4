#include "domain/InviteeRole.h"

#include "domain/EnumTable.h"

namespace {
constexpr auto kRoles = enumTable<InviteeRole>(
    "InviteeRole",
    {
        {InviteeRole::ParentCarer, "parent_carer", QT_TRANSLATE_NOOP("InviteeRole", "Parent or carer")},
        {InviteeRole::YoungPerson, "young_person", QT_TRANSLATE_NOOP("InviteeRole", "Young person")},
        {InviteeRole::Child, "child", QT_TRANSLATE_NOOP("InviteeRole", "Child")},
        {InviteeRole::SchoolRepresentative, "school_representative",
         QT_TRANSLATE_NOOP("InviteeRole", "SENCO or school representative")},
        {InviteeRole::ClassTeacher, "class_teacher", QT_TRANSLATE_NOOP("InviteeRole", "Class teacher")},
        {InviteeRole::SendiassAdviser, "sendiass_adviser",
         QT_TRANSLATE_NOOP("InviteeRole", "SENDIASS adviser")},
        {InviteeRole::CouncilSendOfficer, "council_send_officer",
         QT_TRANSLATE_NOOP("InviteeRole", "Council SEND officer")},
        {InviteeRole::CouncilDecisionMaker, "council_decision_maker",
         QT_TRANSLATE_NOOP("InviteeRole", "Council decision-maker")},
        {InviteeRole::HealthRepresentative, "health_representative",
         QT_TRANSLATE_NOOP("InviteeRole", "Health representative")},
        {InviteeRole::SocialCareRepresentative, "social_care_representative",
         QT_TRANSLATE_NOOP("InviteeRole", "Social care representative")},
        {InviteeRole::Supporter, "supporter", QT_TRANSLATE_NOOP("InviteeRole", "Supporter")},
        {InviteeRole::Advocate, "advocate", QT_TRANSLATE_NOOP("InviteeRole", "Advocate or solicitor")},
        {InviteeRole::Interpreter, "interpreter", QT_TRANSLATE_NOOP("InviteeRole", "Interpreter")},
    });
} // namespace

QList<InviteeRole> allInviteeRoles()
{
    return kRoles.values();
}

QString inviteeRoleToString(InviteeRole role)
{
    return kRoles.key(role);
}

std::optional<InviteeRole> inviteeRoleFromString(const QString& text)
{
    return kRoles.fromKey(text);
}

QString inviteeRoleTitle(InviteeRole role)
{
    return kRoles.title(role);
}
