#pragma once

#include <QDateTime>

// How many wrong passwords an account takes before it locks, and for how
// long. Pure: the caller passes the time, so tests can move the clock.
struct LockoutState
{
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid: not locked
};

class LockoutPolicy
{
public:
    static constexpr int kMaxFailedAttempts = 5;
    static constexpr int kLockSeconds = 5 * 60;

    static bool isLocked(const LockoutState& state, const QDateTime& now);
    // After a wrong password: counts it, and the fifth in a row locks the
    // account from `now` (the count starts again when the lock ends). A
    // failure while locked changes nothing; the password was not tried.
    static LockoutState afterFailure(const LockoutState& state, const QDateTime& now);
    // After the right password: everything forgotten.
    static LockoutState afterSuccess() { return {}; }
    // Wrong passwords still allowed before the lock (0 when locked).
    static int attemptsLeft(const LockoutState& state, const QDateTime& now);
};
