#include "rules/LockoutPolicy.h"

bool LockoutPolicy::isLocked(const LockoutState& state, const QDateTime& now)
{
    return state.lockedUntil.isValid() && now < state.lockedUntil;
}

LockoutState LockoutPolicy::afterFailure(const LockoutState& state, const QDateTime& now)
{
    if (isLocked(state, now))
        return state;
    LockoutState next;
    // A lock that has run out leaves a clean count behind it.
    next.failedAttempts = state.lockedUntil.isValid() ? 1 : state.failedAttempts + 1;
    if (next.failedAttempts >= kMaxFailedAttempts) {
        next.failedAttempts = 0;
        next.lockedUntil = now.addSecs(kLockSeconds);
    }
    return next;
}

int LockoutPolicy::attemptsLeft(const LockoutState& state, const QDateTime& now)
{
    if (isLocked(state, now))
        return 0;
    const int used = state.lockedUntil.isValid() ? 0 : state.failedAttempts;
    return kMaxFailedAttempts - used;
}
