#pragma once

#include "domain/User.h"
#include "platform/PasswordHasher.h"
#include "store/infrastructure/StoreError.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

// A user as the Users screen shows it: who, and the state of their sign-in.
struct Account
{
    User user;
    bool hasPassword = false;
    QDateTime lockedUntil; // invalid: not locked (as of when it was read)
};

struct SignInResult
{
    enum class Outcome
    {
        SignedIn,
        Refused, // unknown username, wrong password, no password or deactivated: one answer for all
        Locked,  // too many wrong passwords; try again after lockedUntil
    };
    Outcome outcome = Outcome::Refused;
    User user;             // when signed in
    QDateTime lockedUntil; // when locked
    int attemptsLeft = 0;  // when refused for a known user, before the lock
};

// Sign-in accounts on SQLite (Argon2id hashes in users.password_hash, with
// the lockout of LockoutPolicy), and the administrator's management of users,
// which it refuses to anybody else (StoreError::Kind::Forbidden). The time is
// always a parameter so that tests can move the clock.
//
// On PostgreSQL the server's login is the sign-in: databaseLogin() finds the
// users row whose username is the connected role.
class AccountRepository
{
public:
    explicit AccountRepository(QSqlDatabase db, PasswordHasher hasher = PasswordHasher());

    // True when no active user has a password yet: the first start, which
    // asks for an administrator.
    StoreError needsFirstAdministrator(bool* needed) const;
    // Makes the first administrator (or gives an existing user of that
    // username the password and the role). Refused once any account has a password.
    StoreError createFirstAdministrator(User* administrator, const QString& password, const QDateTime& now);

    StoreError signIn(const QString& username, const QString& password, const QDateTime& now,
                      SignInResult* result);
    // A signed-in user's own new password, after the current one (which
    // counts towards the lockout like a sign-in). Invalid when the current
    // password is wrong or the new one breaks PasswordRules.
    StoreError changeOwnPassword(qint64 userId, const QString& current, const QString& replacement,
                                 const QDateTime& now);
    // PostgreSQL: the active users row of the connected login role (id 0 when none).
    StoreError databaseLogin(User* user) const;
    // PostgreSQL, a new shared database with no active administrator: the
    // connected login becomes one. Refused (Forbidden) once there is one.
    StoreError adoptLoginAsFirstAdministrator(const QDateTime& now, User* user);

    // Administrators only (actorId is the signed-in user).
    StoreError list(qint64 actorId, const QDateTime& now, QList<Account>* accounts) const;
    StoreError addUser(qint64 actorId, User* user, const QString& password, const QDateTime& now);
    StoreError setRole(qint64 actorId, qint64 userId, UserRole role);
    StoreError setActive(qint64 actorId, qint64 userId, bool active);
    // Sets a new password and lifts any lock.
    StoreError resetPassword(qint64 actorId, qint64 userId, const QString& password, const QDateTime& now);

private:
    StoreError storePassword(qint64 userId, const QString& password, const QDateTime& now);
    // Refuses to leave the database without an active administrator.
    StoreError keepsAnAdministrator(qint64 userId, UserRole newRole, bool newActive) const;

    QSqlDatabase m_db;
    PasswordHasher m_hasher;
};
