#pragma once

#include <QList>
#include <QString>
#include <optional>

// Who attends a meeting, and in what capacity (reg 38). The strings are the
// values of invitees.role.
enum class InviteeRole
{
    ParentCarer,
    YoungPerson,
    Child,
    SchoolRepresentative,
    ClassTeacher,
    SendiassAdviser,
    CouncilSendOfficer,
    CouncilDecisionMaker, // someone with authority to resolve the issues
    HealthRepresentative, // the integrated care board, for sections C and G
    SocialCareRepresentative,
    Supporter,
    Advocate,
    Interpreter,
};

QList<InviteeRole> allInviteeRoles();
QString inviteeRoleToString(InviteeRole role);
// The role in words, the same on every screen, letter and list: "Council decision-maker".
QString inviteeRoleTitle(InviteeRole role);
std::optional<InviteeRole> inviteeRoleFromString(const QString& text);
