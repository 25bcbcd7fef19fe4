#include "store/access/UserRepository.h"

#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/SqlValues.h"
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
    QSqlQuery query(m_db);
    QString sql =
        QStringLiteral("SELECT id, username, display_name, role, active FROM users WHERE active = 1");
    if (role)
        sql += QStringLiteral(" AND role = ?");
    query.prepare(sql + QStringLiteral(" ORDER BY display_name"));
    if (role)
        query.addBindValue(userRoleToString(*role));
    if (!query.exec())
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not read the users"));
    while (query.next())
        users->append(UserRepository::userFrom(query));
    return {};
}

StoreError UserRepository::findByUsername(const QString& username, User* user) const
{
    *user = User();
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT id, username, display_name, role, active FROM users WHERE username = ?"));
    query.addBindValue(username);
    if (!query.exec())
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not read the users"));
    if (query.next())
        *user = UserRepository::userFrom(query);
    return {};
}

StoreError UserRepository::add(User* user)
{
    WriteTransaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO users (username, display_name, role, active, created_at) "
                                 "VALUES (?, ?, ?, ?, ?)") +
                  SqlDialect::forDriver(m_db.driverName()).returningIdClause());
    query.addBindValue(user->username.trimmed());
    query.addBindValue(user->displayName.trimmed());
    query.addBindValue(userRoleToString(user->role));
    query.addBindValue(user->active ? 1 : 0);
    query.addBindValue(SqlValues::now());
    qint64 id = 0;
    if (!SqlDialect::forDriver(m_db.driverName()).execInsert(query, &id))
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not add the user"));
    if (StoreError error = transaction.commit())
        return error;
    user->id = id;
    return {};
}
