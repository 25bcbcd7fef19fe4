#include "rules/Permissions.h"

#include <QCoreApplication>

namespace {
// One bit per action, in the order of enum Action.
constexpr unsigned bit(Action action)
{
    return 1u << static_cast<unsigned>(action);
}

constexpr unsigned kCaseworker = bit(Action::TakeReferrals) | bit(Action::EditCases) |
                                 bit(Action::ManageInvitees) | bit(Action::ManageMeetings) |
                                 bit(Action::SeeAllCases);
// Mediators work on the cases assigned to them (CaseScope::Assigned).
constexpr unsigned kMediator =
    bit(Action::EditCases) | bit(Action::ManageInvitees) | bit(Action::ManageMeetings);
constexpr unsigned kSupervisor =
    kCaseworker | bit(Action::IssueCertificates) | bit(Action::VoidCertificates) | bit(Action::ViewAudit) |
    bit(Action::AnonymiseCases) | bit(Action::MergeCases) | bit(Action::RemoveDocuments);
// Administrators run the system; they read cases (subject access) but do not
// change them, sign certificates or anonymise (which changes every record of
// a case; on PostgreSQL row-level security lets only case editors do that).
constexpr unsigned kAdministrator = bit(Action::SeeAllCases) | bit(Action::ManageUsers) |
                                    bit(Action::ManageSettings) | bit(Action::ViewAudit);

unsigned grantsOf(UserRole role)
{
    switch (role) {
    case UserRole::Caseworker:
        return kCaseworker;
    case UserRole::Mediator:
        return kMediator;
    case UserRole::Supervisor:
        return kSupervisor;
    case UserRole::Administrator:
        return kAdministrator;
    }
    return 0;
}
} // namespace

bool Permissions::allows(UserRole role, Action action)
{
    return (grantsOf(role) & bit(action)) != 0;
}

CaseScope Permissions::caseScope(UserRole role)
{
    return allows(role, Action::SeeAllCases) ? CaseScope::All : CaseScope::Assigned;
}

QList<Action> Permissions::allActions()
{
    return {Action::TakeReferrals,  Action::EditCases,         Action::ManageInvitees,
            Action::ManageMeetings, Action::IssueCertificates, Action::VoidCertificates,
            Action::SeeAllCases,    Action::ManageUsers,       Action::ManageSettings,
            Action::ViewAudit,      Action::AnonymiseCases,    Action::MergeCases,
            Action::RemoveDocuments};
}

QList<Action> Permissions::allowedActions(UserRole role)
{
    QList<Action> out;
    for (Action action : allActions()) {
        if (allows(role, action))
            out << action;
    }
    return out;
}

QString Permissions::actionKey(Action action)
{
    switch (action) {
    case Action::TakeReferrals:
        return QStringLiteral("take_referrals");
    case Action::EditCases:
        return QStringLiteral("edit_cases");
    case Action::ManageInvitees:
        return QStringLiteral("manage_invitees");
    case Action::ManageMeetings:
        return QStringLiteral("manage_meetings");
    case Action::IssueCertificates:
        return QStringLiteral("issue_certificates");
    case Action::VoidCertificates:
        return QStringLiteral("void_certificates");
    case Action::SeeAllCases:
        return QStringLiteral("see_all_cases");
    case Action::ManageUsers:
        return QStringLiteral("manage_users");
    case Action::ManageSettings:
        return QStringLiteral("manage_settings");
    case Action::ViewAudit:
        return QStringLiteral("view_audit");
    case Action::AnonymiseCases:
        return QStringLiteral("anonymise_cases");
    case Action::MergeCases:
        return QStringLiteral("merge_cases");
    case Action::RemoveDocuments:
        return QStringLiteral("remove_documents");
    }
    return {};
}

QString Permissions::actionText(Action action)
{
    switch (action) {
    case Action::TakeReferrals:
        return QCoreApplication::translate("Permissions", "take referrals");
    case Action::EditCases:
        return QCoreApplication::translate("Permissions", "edit cases");
    case Action::ManageInvitees:
        return QCoreApplication::translate("Permissions", "manage invitees");
    case Action::ManageMeetings:
        return QCoreApplication::translate("Permissions", "manage meetings");
    case Action::IssueCertificates:
        return QCoreApplication::translate("Permissions", "issue certificates");
    case Action::VoidCertificates:
        return QCoreApplication::translate("Permissions", "void certificates");
    case Action::SeeAllCases:
        return QCoreApplication::translate("Permissions", "see every case");
    case Action::ManageUsers:
        return QCoreApplication::translate("Permissions", "manage users");
    case Action::ManageSettings:
        return QCoreApplication::translate("Permissions", "change settings");
    case Action::ViewAudit:
        return QCoreApplication::translate("Permissions", "view the audit trail");
    case Action::AnonymiseCases:
        return QCoreApplication::translate("Permissions", "anonymise cases past retention");
    case Action::MergeCases:
        return QCoreApplication::translate("Permissions", "merge cases entered twice");
    case Action::RemoveDocuments:
        return QCoreApplication::translate("Permissions", "remove documents filed on a case");
    }
    return {};
}

QString Permissions::refusal(Action action)
{
    QStringList roles;
    for (UserRole role :
         {UserRole::Caseworker, UserRole::Mediator, UserRole::Supervisor, UserRole::Administrator}) {
        if (allows(role, action))
            roles << userRoleToString(role) + QLatin1Char('s');
    }
    const QString who = roles.size() > 1
                            ? roles.mid(0, roles.size() - 1).join(QStringLiteral(", ")) +
                                  QCoreApplication::translate("Permissions", " and ") + roles.constLast()
                            : roles.value(0);
    return QCoreApplication::translate("Permissions", "Only %1 can %2.").arg(who, actionText(action));
}
