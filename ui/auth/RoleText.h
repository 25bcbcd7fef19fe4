#pragma once

#include "domain/User.h"

#include <QString>

// A role in words for the screens ("Caseworker").
namespace RoleText {
QString name(UserRole role);
}
