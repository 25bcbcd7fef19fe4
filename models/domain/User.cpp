#include "domain/User.h"

QString userRoleToString(UserRole role)
{
    switch (role) {
    case UserRole::Caseworker:
        return QStringLiteral("caseworker");
    case UserRole::Mediator:
        return QStringLiteral("mediator");
    case UserRole::Supervisor:
        return QStringLiteral("supervisor");
    case UserRole::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

std::optional<UserRole> userRoleFromString(const QString& text)
{
    for (UserRole role :
         {UserRole::Caseworker, UserRole::Mediator, UserRole::Supervisor, UserRole::Administrator}) {
        if (userRoleToString(role) == text)
            return role;
    }
    return std::nullopt;
}
