#pragma once

#include <QString>

// What makes a password acceptable for a Common Ground account. Length is
// what matters against guessing (Argon2id slows the rest), so the rule is a
// minimum length rather than a mix of character classes.
class PasswordRules
{
public:
    static constexpr int kMinimumLength = 10;
    static constexpr int kMaximumLength = 256;

    // Empty when acceptable; otherwise what to change, in a sentence.
    static QString problem(const QString& password, const QString& username = QString());
};
