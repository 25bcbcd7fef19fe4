#include "store/access/AccessGuard.h"

#include "store/access/SessionActor.h"
#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/StoreQuery.h"

#include <QCoreApplication>
#include <QSqlQuery>

AccessGuard::AccessGuard(QSqlDatabase db) : m_db(std::move(db)) {}

StoreError AccessGuard::actor(qint64 actorId, User* user) const
{
    *user = User();
    StoreQuery query(
        m_db, QStringLiteral("SELECT id, username, display_name, role, active FROM users WHERE id = ?"),
        StoreQuery::cached);
    query.bind(actorId);
    if (StoreError error = query.exec(QStringLiteral("Could not check who is signed in")))
        return error;
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
    StoreQuery query(
        m_db,
        postgres ? QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'administrator' AND active = 1")
                 : QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'administrator' "
                                  "AND active = 1 AND password_hash IS NOT NULL"),
        StoreQuery::cached);
    if (StoreError error = query.exec(QStringLiteral("Could not check who is signed in")))
        return error;
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
    StoreQuery query(m_db, QStringLiteral("SELECT caseworker_id, mediator_id FROM cases WHERE id = ?"),
                     StoreQuery::cached);
    query.bind(caseId);
    if (StoreError error = query.execOne(QStringLiteral("Could not read the case"),
                                         QStringLiteral("There is no case %1.").arg(caseId)))
        return error;
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
    StoreQuery query(m_db, QStringLiteral("SELECT case_id FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    query.bind(recordId);
    if (StoreError error = query.exec(QStringLiteral("Could not read the record")))
        return error;
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
