#pragma once

#include "domain/User.h"
#include "store/infrastructure/StoreError.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

// The people who use Common Ground (caseworkers, mediators, supervisors).
class QSqlQuery;

class UserRepository
{
public:
    explicit UserRepository(QSqlDatabase db);

    // Active users, by display name; only those with the role when given.
    StoreError list(QList<User>* users, std::optional<UserRole> role = std::nullopt) const;
    StoreError findByUsername(const QString& username, User* user) const; // NotFound: no error, id 0
    StoreError add(User* user);

    // A User from columns id, username, display_name, role, active.
    static User userFrom(const QSqlQuery& query);

private:
    QSqlDatabase m_db;
};
