#pragma once

#include <QList>
#include <QString>
#include <optional>

// The people who use Common Ground, by what they may do.
enum class UserRole
{
    Caseworker,
    Mediator,
    Supervisor,
    Administrator,
};
// Every role, in the order above.
QList<UserRole> allUserRoles();
QString userRoleToString(UserRole role);
std::optional<UserRole> userRoleFromString(const QString& text);
// For people: "Caseworker".
QString userRoleTitle(UserRole role);

struct User
{
    qint64 id = 0;
    QString username;
    QString displayName;
    UserRole role = UserRole::Caseworker;
    bool active = true;
};
