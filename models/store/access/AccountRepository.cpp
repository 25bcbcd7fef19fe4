#include "store/access/AccountRepository.h"

#include "rules/LockoutPolicy.h"
#include "rules/PasswordRules.h"
#include "rules/Permissions.h"
#include "store/access/AccessGuard.h"
#include "store/access/UserRepository.h"
#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StoreQuery.h"
#include "store/infrastructure/WriteTransaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("AccountRepository", text);
}

QDateTime utc(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime time = value.toDateTime();
    return time.isValid() ? time.toUTC() : QDateTime();
}

QVariant timestamp(const QDateTime& value)
{
    return value.isValid() ? QVariant(value.toUTC()) : QVariant(QMetaType::fromType<QDateTime>());
}

StoreError checkUser(const User& user)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[A-Za-z0-9._@-]{2,64}$)"));
    if (!pattern.match(user.username.trimmed()).hasMatch())
        return StoreError::invalid(
            tr("The username needs 2 to 64 letters, digits, dots, hyphens or underscores, "
               "without spaces."));
    if (user.displayName.trimmed().isEmpty())
        return StoreError::invalid(tr("Enter the person's name as colleagues should see it."));
    return {};
}

// Checked against when there is no such user, so that an unknown username
// takes as long to refuse as a wrong password (no hint about who exists).
constexpr char kNobodysHash[] =
    "$argon2id$v=19$m=65536,t=2,p=1$9T5S1Ojam79/zWRQGEy8+A$d1DsT+PmtT0rqptKYbQ+TgqFwqNKTpxxyIrV5U98h+c";

const char* const kColumns =
    "id, username, display_name, role, active, password_hash, failed_attempts, locked_until";
// On PostgreSQL a login may not read the secrets (schema 12 grants SELECT on
// users without them), and has no use for them: the server signs people in.
const char* const kPostgresColumns =
    "id, username, display_name, role, active, NULL AS password_hash, 0 AS failed_attempts, "
    "NULL AS locked_until";

QString columnsFor(const QSqlDatabase& db)
{
    return QLatin1String(SqlDialect::forDriver(db.driverName()).engine() == SqlDialect::Engine::Postgres
                             ? kPostgresColumns
                             : kColumns);
}

} // namespace

AccountRepository::AccountRepository(QSqlDatabase db, PasswordHasher hasher)
    : m_db(std::move(db)), m_hasher(hasher)
{}

StoreError AccountRepository::needsFirstAdministrator(bool* needed) const
{
    *needed = false;
    StoreQuery query(m_db);
    if (StoreError error = query.execDirectOne(
            QStringLiteral("SELECT COUNT(*) FROM users WHERE active = 1 AND password_hash IS NOT NULL"),
            tr("Could not read the accounts")))
        return error;
    *needed = query.value(0).toLongLong() == 0;
    return {};
}

StoreError AccountRepository::createFirstAdministrator(User* administrator, const QString& password,
                                                       const QDateTime& now)
{
    if (StoreError error = checkUser(*administrator))
        return error;
    if (const QString problem = PasswordRules::problem(password, administrator->username); !problem.isEmpty())
        return StoreError::invalid(problem);
    return WriteTransaction::run(m_db, [&]() -> StoreError {
        bool needed = false;
        if (StoreError error = needsFirstAdministrator(&needed))
            return error;
        if (!needed)
            return StoreError(StoreError::Kind::Forbidden,
                              tr("This database already has accounts; an administrator adds new users."));
        administrator->role = UserRole::Administrator;
        administrator->active = true;
        StoreQuery find(m_db, QStringLiteral("SELECT id FROM users WHERE username = ?"));
        find.bind(administrator->username.trimmed());
        if (StoreError error = find.exec(tr("Could not read the accounts")))
            return error;
        if (find.next()) {
            administrator->id = find.value(0).toLongLong();
            StoreQuery update(
                m_db,
                QStringLiteral(
                    "UPDATE users SET display_name = ?, role = 'administrator', active = 1 WHERE id = ?"));
            update.bind(administrator->displayName.trimmed(), administrator->id);
            if (StoreError error = update.exec(tr("Could not make the administrator")))
                return error;
        } else {
            StoreQuery insert(
                m_db, QStringLiteral("INSERT INTO users (username, display_name, role, active, created_at) "
                                     "VALUES (?, ?, 'administrator', 1, ?)") +
                          SqlDialect::forDriver(m_db.driverName()).returningIdClause());
            insert.bind(administrator->username.trimmed(), administrator->displayName.trimmed(),
                        timestamp(now));
            if (StoreError error =
                    insert.execInsert(tr("Could not make the administrator"), &administrator->id))
                return error;
        }
        return storePassword(administrator->id, password, now);
    });
}

StoreError AccountRepository::signIn(const QString& username, const QString& password, const QDateTime& now,
                                     SignInResult* result)
{
    *result = SignInResult();
    // The password is checked outside any write transaction: signing in must
    // not wait for (or fail because of) another desk's long write, such as a
    // large import. Only a change to the lockout counters takes a short write.
    StoreQuery query(m_db,
                     QStringLiteral("SELECT %1 FROM users WHERE username = ?").arg(QLatin1String(kColumns)));
    query.bind(username.trimmed());
    if (StoreError error = query.exec(tr("Could not check the password")))
        return error;
    if (!query.next() || query.value(4).toInt() != 1 || query.value(5).isNull()) {
        // Refused, saying no more than a wrong password would, and as slowly.
        m_hasher.verify(QByteArray(kNobodysHash), password);
        return {};
    }
    const User user = UserRepository::userFrom(query.row());
    const QByteArray hash = query.value(5).toString().toLatin1();
    const LockoutState seen{query.value(6).toInt(), utc(query.value(7))};
    query.finish();

    if (LockoutPolicy::isLocked(seen, now)) {
        result->outcome = SignInResult::Outcome::Locked;
        result->lockedUntil = seen.lockedUntil;
        return {};
    }
    const bool right = m_hasher.verify(hash, password);
    const bool rehash = right && m_hasher.needsRehash(hash);
    if (right && seen.failedAttempts == 0 && !seen.lockedUntil.isValid() && !rehash) {
        // Nothing to record: a read-only sign-in.
        result->outcome = SignInResult::Outcome::SignedIn;
        result->user = user;
        return {};
    }

    WriteTransaction transaction(m_db);
    if (transaction.beginError()) {
        // A wrong password that cannot be counted is refused all the same. A
        // right one signs in: resetting the counters (and a stronger hash)
        // waits for the next sign-in rather than locking this desk out.
        if (right && transaction.beginError().kind() == StoreError::Kind::Busy) {
            result->outcome = SignInResult::Outcome::SignedIn;
            result->user = user;
            return {};
        }
        return transaction.beginError();
    }
    // Read again inside the transaction: another desk may have counted a
    // failure, or locked the account, since.
    StoreQuery again(m_db, QStringLiteral("SELECT failed_attempts, locked_until FROM users WHERE id = ?"));
    again.bind(user.id);
    if (StoreError error = again.execOne(tr("Could not check the password")))
        return error;
    LockoutState state{again.value(0).toInt(), utc(again.value(1))};
    again.finish();
    if (LockoutPolicy::isLocked(state, now)) {
        result->outcome = SignInResult::Outcome::Locked;
        result->lockedUntil = state.lockedUntil;
        return {};
    }
    StoreQuery update(m_db);
    if (!right) {
        state = LockoutPolicy::afterFailure(state, now);
        update.prepare(QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"));
        update.bind(state.failedAttempts, timestamp(state.lockedUntil), user.id);
        if (StoreError error = update.exec(tr("Could not record the failed sign-in")))
            return error;
        if (StoreError error = transaction.commit())
            return error;
        if (LockoutPolicy::isLocked(state, now)) {
            result->outcome = SignInResult::Outcome::Locked;
            result->lockedUntil = state.lockedUntil;
        } else {
            result->attemptsLeft = LockoutPolicy::attemptsLeft(state, now);
        }
        return {};
    }
    update.prepare(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?"));
    update.bind(user.id);
    if (StoreError error = update.exec(tr("Could not record the sign-in")))
        return error;
    // The office raised the cost (or libsodium did): store a hash at the new cost
    // while the password is at hand.
    if (rehash) {
        if (StoreError error = storePassword(user.id, password, now))
            return error;
    }
    if (StoreError error = transaction.commit())
        return error;
    result->outcome = SignInResult::Outcome::SignedIn;
    result->user = user;
    return {};
}

StoreError AccountRepository::changeOwnPassword(qint64 userId, const QString& current,
                                                const QString& replacement, const QDateTime& now)
{
    User user;
    if (StoreError error = AccessGuard(m_db).actor(userId, &user))
        return error;
    if (const QString problem = PasswordRules::problem(replacement, user.username); !problem.isEmpty())
        return StoreError::invalid(problem);
    if (replacement == current)
        return StoreError::invalid(tr("The new password is the same as the current one; choose another."));
    SignInResult check;
    if (StoreError error = signIn(user.username, current, now, &check))
        return error;
    if (check.outcome == SignInResult::Outcome::Locked)
        return StoreError::invalid(tr("Too many wrong passwords: the account is locked for five minutes."));
    if (check.outcome != SignInResult::Outcome::SignedIn)
        return StoreError::invalid(tr("The current password is not right."));
    return WriteTransaction::run(m_db,
                                 [&]() -> StoreError { return storePassword(userId, replacement, now); });
}

StoreError AccountRepository::databaseLogin(User* user) const
{
    *user = User();
    StoreQuery query(m_db);
    const bool sqlite = SqlDialect::forDriver(m_db.driverName()).engine() == SqlDialect::Engine::Sqlite;
    if (sqlite)
        return StoreError::invalid(tr("An SQLite database has no login of its own."));
    // session_user, not current_user: the login, even inside SECURITY DEFINER code.
    if (StoreError error = query.execDirect(
            QStringLiteral("SELECT %1 FROM users WHERE username = session_user AND active = 1")
                .arg(columnsFor(m_db)),
            tr("Could not find your user")))
        return error;
    if (query.next())
        *user = UserRepository::userFrom(query.row());
    return {};
}

StoreError AccountRepository::adoptLoginAsFirstAdministrator(const QDateTime& now, User* user)
{
    *user = User();
    if (SqlDialect::forDriver(m_db.driverName()).engine() == SqlDialect::Engine::Sqlite)
        return StoreError::invalid(tr("An SQLite database has no login of its own."));
    qint64 id = 0;
    QString login;
    if (StoreError failed = WriteTransaction::run(m_db, [&]() -> StoreError {
            StoreQuery query(m_db);
            if (StoreError error = query.execDirectOne(
                    QStringLiteral("SELECT COUNT(*), session_user FROM users WHERE role = 'administrator' "
                                   "AND active = 1"),
                    tr("Could not read the users")))
                return error;
            if (query.value(0).toLongLong() > 0)
                return StoreError(StoreError::Kind::Forbidden,
                                  tr("This database already has an administrator."));
            login = query.value(1).toString();
            StoreQuery insert(
                m_db, QStringLiteral("INSERT INTO users (username, display_name, role, active, created_at) "
                                     "VALUES (?, ?, 'administrator', 1, ?)") +
                          SqlDialect::forDriver(m_db.driverName()).returningIdClause());
            insert.bind(login, login, timestamp(now));
            return insert.execInsert(tr("Could not make the administrator"), &id);
        }))
        return failed;
    user->id = id;
    user->username = login;
    user->displayName = login;
    user->role = UserRole::Administrator;
    return {};
}

StoreError AccountRepository::list(qint64 actorId, const QDateTime& now, QList<Account>* accounts) const
{
    accounts->clear();
    if (StoreError error = AccessGuard(m_db).require(actorId, Action::ManageUsers))
        return error;
    StoreQuery query(m_db);
    if (StoreError error = query.execDirect(
            QStringLiteral("SELECT %1 FROM users ORDER BY active DESC, display_name, username")
                .arg(columnsFor(m_db)),
            tr("Could not read the users")))
        return error;
    while (query.next()) {
        Account account;
        account.user = UserRepository::userFrom(query.row());
        account.hasPassword = !query.value(5).isNull();
        const LockoutState state{query.value(6).toInt(), utc(query.value(7))};
        if (LockoutPolicy::isLocked(state, now))
            account.lockedUntil = state.lockedUntil;
        accounts->append(account);
    }
    return {};
}

StoreError AccountRepository::addUser(qint64 actorId, User* user, const QString& password,
                                      const QDateTime& now)
{
    if (StoreError error = AccessGuard(m_db).require(actorId, Action::ManageUsers))
        return error;
    if (StoreError error = checkUser(*user))
        return error;
    const bool sqlite = SqlDialect::forDriver(m_db.driverName()).engine() == SqlDialect::Engine::Sqlite;
    // On PostgreSQL people sign in with their database login; no app password.
    if (sqlite || !password.isEmpty()) {
        if (const QString problem = PasswordRules::problem(password, user->username); !problem.isEmpty())
            return StoreError::invalid(problem);
    }
    qint64 id = 0;
    if (StoreError failed = WriteTransaction::run(m_db, [&]() -> StoreError {
            StoreQuery exists(m_db, QStringLiteral("SELECT 1 FROM users WHERE username = ?"));
            exists.bind(user->username.trimmed());
            if (StoreError error = exists.exec(tr("Could not read the users")))
                return error;
            if (exists.next())
                return StoreError::invalid(tr("There is already a user called %1; choose another username.")
                                               .arg(user->username.trimmed()));
            StoreQuery insert(
                m_db, QStringLiteral("INSERT INTO users (username, display_name, role, active, created_at) "
                                     "VALUES (?, ?, ?, 1, ?)") +
                          SqlDialect::forDriver(m_db.driverName()).returningIdClause());
            insert.bind(user->username.trimmed(), user->displayName.trimmed(), userRoleToString(user->role),
                        timestamp(now));
            if (StoreError error = insert.execInsert(tr("Could not add the user"), &id))
                return error;
            if (!password.isEmpty()) {
                if (StoreError error = storePassword(id, password, now))
                    return error;
            }
            return {};
        }))
        return failed;
    user->id = id;
    user->active = true;
    return {};
}

StoreError AccountRepository::keepsAnAdministrator(qint64 userId, UserRole newRole, bool newActive) const
{
    if (newRole == UserRole::Administrator && newActive)
        return {};
    StoreQuery query(
        m_db,
        QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'administrator' AND active = 1 AND id <> ?"));
    query.bind(userId);
    if (StoreError error = query.execOne(tr("Could not read the users")))
        return error;
    if (query.value(0).toLongLong() == 0)
        return StoreError::invalid(
            tr("This is the only active administrator; make another administrator first."));
    return {};
}

StoreError AccountRepository::setRole(qint64 actorId, qint64 userId, UserRole role)
{
    if (StoreError error = AccessGuard(m_db).require(actorId, Action::ManageUsers))
        return error;
    return WriteTransaction::run(m_db, [&]() -> StoreError {
        if (StoreError error = keepsAnAdministrator(userId, role, true))
            return error;
        StoreQuery update(m_db, QStringLiteral("UPDATE users SET role = ? WHERE id = ?"));
        update.bind(userRoleToString(role), userId);
        if (StoreError error = update.exec(tr("Could not change the role")))
            return error;
        if (update.numRowsAffected() != 1)
            return StoreError(StoreError::Kind::NotFound, tr("That user no longer exists."));
        return {};
    });
}

StoreError AccountRepository::setActive(qint64 actorId, qint64 userId, bool active)
{
    if (StoreError error = AccessGuard(m_db).require(actorId, Action::ManageUsers))
        return error;
    if (!active && userId == actorId)
        return StoreError::invalid(tr("You cannot deactivate yourself; another administrator can."));
    return WriteTransaction::run(m_db, [&]() -> StoreError {
        if (!active) {
            if (StoreError error = keepsAnAdministrator(userId, UserRole::Caseworker, false))
                return error;
        }
        StoreQuery update(m_db, QStringLiteral("UPDATE users SET active = ? WHERE id = ?"));
        update.bind(active ? 1 : 0, userId);
        if (StoreError error = update.exec(tr("Could not change the user")))
            return error;
        if (update.numRowsAffected() != 1)
            return StoreError(StoreError::Kind::NotFound, tr("That user no longer exists."));
        return {};
    });
}

StoreError AccountRepository::resetPassword(qint64 actorId, qint64 userId, const QString& password,
                                            const QDateTime& now)
{
    if (StoreError error = AccessGuard(m_db).require(actorId, Action::ManageUsers))
        return error;
    return WriteTransaction::run(m_db, [&]() -> StoreError {
        StoreQuery find(m_db, QStringLiteral("SELECT username FROM users WHERE id = ?"));
        find.bind(userId);
        if (StoreError error =
                find.execOne(tr("Could not read the users"), tr("That user no longer exists.")))
            return error;
        if (const QString problem = PasswordRules::problem(password, find.value(0).toString());
            !problem.isEmpty())
            return StoreError::invalid(problem);
        return storePassword(userId, password, now);
    });
}

StoreError AccountRepository::storePassword(qint64 userId, const QString& password, const QDateTime& now)
{
    const QByteArray hash = m_hasher.hash(password);
    if (hash.isEmpty())
        return StoreError(StoreError::Kind::Io, tr("The password could not be protected (out of memory?)."));
    StoreQuery update(
        m_db, QStringLiteral("UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = NULL, "
                             "password_changed_at = ? WHERE id = ?"));
    update.bind(QString::fromLatin1(hash), timestamp(now), userId);
    if (StoreError error = update.exec(tr("Could not store the password")))
        return error;
    return {};
}
