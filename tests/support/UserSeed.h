#pragma once

#include "domain/User.h"

#include <QString>

// Users for tests, not yet saved: the record a test hands to the store to
// add, sign in or manage. Every name is synthetic.
namespace UserSeed {

inline User person(const QString& username, const QString& displayName, UserRole role)
{
    User user;
    user.username = username;
    user.displayName = displayName;
    user.role = role;
    return user;
}

// Where the test has no use for a separate display name.
inline User person(const QString& username, UserRole role)
{
    return person(username, username, role);
}

} // namespace UserSeed
