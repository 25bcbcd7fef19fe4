#include "auth/RoleText.h"

#include <QCoreApplication>

QString RoleText::name(UserRole role)
{
    switch (role) {
    case UserRole::Caseworker:
        return QCoreApplication::translate("RoleText", "Caseworker");
    case UserRole::Mediator:
        return QCoreApplication::translate("RoleText", "Mediator");
    case UserRole::Supervisor:
        return QCoreApplication::translate("RoleText", "Supervisor");
    case UserRole::Administrator:
        return QCoreApplication::translate("RoleText", "Administrator");
    }
    return {};
}
