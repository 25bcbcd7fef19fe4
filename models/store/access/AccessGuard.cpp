#include "store/access/AccessGuard.h"

#include "store/access/SessionActor.h"
#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/StatementCache.h"

#include <QCoreApplication>
#include <QSqlQuery>

AccessGuard::AccessGuard(QSqlDatabase db) : m_db(std::move(db)) {}

StoreError AccessGuard::actor(qint64 actorId, User* user) const
{
    *user = User();
    std::optional<QSqlQuery> local;
    QSqlQuery& query = StatementCache::prepared(
        m_db, &local,
        QStringLiteral("SELECT id, username, display_name, role, active FROM users WHERE id = ?"));
    query.addBindValue(actorId);
    if (!query.exec())
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not check who is signed in"));
    const std::optional<UserRole> role =
        query.next() ? userRoleFromString(query.value(3).toString()) : std::nullopt;
    if (!role || query.value(4).toInt() != 1)
        return StoreError(StoreError::Kind::Forbidden,
                          QCoreApplication::translate(
                              "AccessGuard", "You are not signed in as an active user of this database."));
    user->id = query.value(0).toLongLong();
    user->username = query.value(1).toString();
    user->displayName = query.value(2).toString();
    user->role = *role;
    user->active = true;
    query.finish();
    return {};
}

StoreError AccessGuard::require(qint64 actorId, Action action) const
{
    User user;
    if (StoreError error = actor(actorId, &user))
        return error;
    if (!Permissions::allows(user.role, action))
        return StoreError(StoreError::Kind::Forbidden, Permissions::refusal(action));
    return {};
}

StoreError AccessGuard::requireCaseVisible(qint64 actorId, std::optional<qint64> caseworkerId,
                                           std::optional<qint64> mediatorId) const
{
    User user;
    if (StoreError error = actor(actorId, &user))
        return error;
    if (Permissions::caseScope(user.role) == CaseScope::All || caseworkerId == user.id ||
        mediatorId == user.id)
        return {};
    return StoreError(StoreError::Kind::Forbidden,
                      QCoreApplication::translate("AccessGuard", "This case is not assigned to you."));
}

StoreError AccessGuard::isOpenForSetup(bool* open) const
{
    *open = false;
    const bool postgres = SqlDialect::forDriver(m_db.driverName()).engine() == SqlDialect::Engine::Postgres;
    // On PostgreSQL the server's login is the way in; on SQLite a password is.
    std::optional<QSqlQuery> local;
    QSqlQuery& query = StatementCache::prepared(
        m_db, &local,
        postgres ? QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'administrator' AND active = 1")
                 : QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'administrator' "
                                  "AND active = 1 AND password_hash IS NOT NULL"));
    if (!query.exec())
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not check who is signed in"));
    *open = query.next() && query.value(0).toLongLong() == 0;
    query.finish();
    return {};
}

namespace {

StoreError notSignedIn()
{
    return StoreError(StoreError::Kind::Forbidden,
                      QCoreApplication::translate("AccessGuard", "Sign in first: this database has users."));
}

} // namespace

StoreError AccessGuard::require(Action action) const
{
    qint64 actorId = 0;
    if (StoreError error = SessionActor::current(m_db, &actorId))
        return error;
    if (actorId != 0)
        return require(actorId, action);
    bool open = false;
    if (StoreError error = isOpenForSetup(&open))
        return error;
    return open ? StoreError() : notSignedIn();
}

StoreError AccessGuard::requireSignedIn() const
{
    qint64 actorId = 0;
    if (StoreError error = SessionActor::current(m_db, &actorId))
        return error;
    if (actorId != 0) {
        User user;
        return actor(actorId, &user);
    }
    bool open = false;
    if (StoreError error = isOpenForSetup(&open))
        return error;
    return open ? StoreError() : notSignedIn();
}

StoreError AccessGuard::requireCaseVisible(std::optional<qint64> caseworkerId,
                                           std::optional<qint64> mediatorId) const
{
    qint64 actorId = 0;
    if (StoreError error = SessionActor::current(m_db, &actorId))
        return error;
    if (actorId != 0)
        return requireCaseVisible(actorId, caseworkerId, mediatorId);
    bool open = false;
    if (StoreError error = isOpenForSetup(&open))
        return error;
    return open ? StoreError() : notSignedIn();
}

StoreError AccessGuard::requireVisibleCase(qint64 caseId) const
{
    std::optional<QSqlQuery> local;
    QSqlQuery& query = StatementCache::prepared(
        m_db, &local, QStringLiteral("SELECT caseworker_id, mediator_id FROM cases WHERE id = ?"));
    query.addBindValue(caseId);
    if (!query.exec())
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not read the case"));
    if (!query.next())
        return StoreError(StoreError::Kind::NotFound, QStringLiteral("There is no case %1.").arg(caseId));
    auto id = [&](int column) {
        return query.value(column).isNull() ? std::nullopt
                                            : std::optional<qint64>(query.value(column).toLongLong());
    };
    const std::optional<qint64> caseworkerId = id(0);
    const std::optional<qint64> mediatorId = id(1);
    query.finish();
    return requireCaseVisible(caseworkerId, mediatorId);
}

StoreError AccessGuard::requireVisibleCaseOf(const char* table, qint64 recordId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT case_id FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    query.addBindValue(recordId);
    if (!query.exec())
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not read the record"));
    if (!query.next())
        return {};
    return requireVisibleCase(query.value(0).toLongLong());
}

StoreError AccessGuard::caseScope(CaseScope* scope, qint64* userId) const
{
    *scope = CaseScope::All;
    *userId = 0;
    qint64 actorId = 0;
    if (StoreError error = SessionActor::current(m_db, &actorId))
        return error;
    if (actorId == 0) {
        bool open = false;
        if (StoreError error = isOpenForSetup(&open))
            return error;
        return open ? StoreError() : notSignedIn();
    }
    User user;
    if (StoreError error = actor(actorId, &user))
        return error;
    *scope = Permissions::caseScope(user.role);
    if (*scope == CaseScope::Assigned)
        *userId = user.id;
    return {};
}

StoreError AccessGuard::assignedCondition(const QString& alias, QString* condition, QVariantList* binds) const
{
    condition->clear();
    CaseScope scope = CaseScope::All;
    qint64 userId = 0;
    if (StoreError error = caseScope(&scope, &userId))
        return error;
    *condition = assignedCondition(alias, scope == CaseScope::Assigned ? userId : 0, binds);
    return {};
}

QString AccessGuard::assignedCondition(const QString& alias, qint64 userId, QVariantList* binds)
{
    if (userId == 0)
        return {};
    binds->append(userId);
    binds->append(userId);
    return QStringLiteral("(%1.caseworker_id = ? OR %1.mediator_id = ?)").arg(alias);
}
