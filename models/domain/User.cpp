#include "domain/User.h"

#include "domain/EnumTable.h"

namespace {
constexpr auto kRoles = enumTable<UserRole>(
    "UserRole",
    {
        {UserRole::Caseworker, "caseworker", QT_TRANSLATE_NOOP("UserRole", "Caseworker")},
        {UserRole::Mediator, "mediator", QT_TRANSLATE_NOOP("UserRole", "Mediator")},
        {UserRole::Supervisor, "supervisor", QT_TRANSLATE_NOOP("UserRole", "Supervisor")},
        {UserRole::Administrator, "administrator", QT_TRANSLATE_NOOP("UserRole", "Administrator")},
    });
} // namespace

QList<UserRole> allUserRoles()
{
    return kRoles.values();
}

QString userRoleToString(UserRole role)
{
    return kRoles.key(role);
}

std::optional<UserRole> userRoleFromString(const QString& text)
{
    return kRoles.fromKey(text);
}

QString userRoleTitle(UserRole role)
{
    return kRoles.title(role);
}
