#include "store/access/UserRepository.h"

#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StoreQuery.h"
#include "store/infrastructure/WriteTransaction.h"

#include <QSqlQuery>

User UserRepository::userFrom(const QSqlQuery& query)
{
    User user;
    user.id = query.value(0).toLongLong();
    user.username = query.value(1).toString();
    user.displayName = query.value(2).toString();
    user.role = userRoleFromString(query.value(3).toString()).value_or(UserRole::Caseworker);
    user.active = query.value(4).toInt() == 1;
    return user;
}

UserRepository::UserRepository(QSqlDatabase db) : m_db(std::move(db)) {}

StoreError UserRepository::list(QList<User>* users, std::optional<UserRole> role) const
{
    users->clear();
    StoreQuery query(m_db);
    QString sql =
        QStringLiteral("SELECT id, username, display_name, role, active FROM users WHERE active = 1");
    if (role)
        sql += QStringLiteral(" AND role = ?");
    query.prepare(sql + QStringLiteral(" ORDER BY display_name"));
    if (role)
        query.bind(userRoleToString(*role));
    if (StoreError error = query.exec(QStringLiteral("Could not read the users")))
        return error;
    while (query.next())
        users->append(UserRepository::userFrom(query.row()));
    return {};
}

StoreError UserRepository::findByUsername(const QString& username, User* user) const
{
    *user = User();
    StoreQuery query(
        m_db,
        QStringLiteral("SELECT id, username, display_name, role, active FROM users WHERE username = ?"));
    query.bind(username);
    if (StoreError error = query.exec(QStringLiteral("Could not read the users")))
        return error;
    if (query.next())
        *user = UserRepository::userFrom(query.row());
    return {};
}

StoreError UserRepository::add(User* user)
{
    qint64 id = 0;
    if (StoreError failed = WriteTransaction::run(m_db, [&]() -> StoreError {
            StoreQuery query(
                m_db, QStringLiteral("INSERT INTO users (username, display_name, role, active, created_at) "
                                     "VALUES (?, ?, ?, ?, ?)") +
                          SqlDialect::forDriver(m_db.driverName()).returningIdClause());
            query.bind(user->username.trimmed(), user->displayName.trimmed(), userRoleToString(user->role),
                       user->active ? 1 : 0, SqlValues::now());
            return query.execInsert(QStringLiteral("Could not add the user"), &id);
        }))
        return failed;
    user->id = id;
    return {};
}
