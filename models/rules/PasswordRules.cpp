#include "rules/PasswordRules.h"

#include <QCoreApplication>

QString PasswordRules::problem(const QString& password, const QString& username)
{
    // Counted in characters a person typed, not UTF-16 units.
    const qsizetype length = password.toUcs4().size();
    if (password.trimmed().isEmpty())
        return QCoreApplication::translate("PasswordRules", "Enter a password.");
    if (length < kMinimumLength)
        return QCoreApplication::translate("PasswordRules",
                                           "The password needs at least %1 characters; it has %2.")
            .arg(kMinimumLength)
            .arg(length);
    if (length > kMaximumLength)
        return QCoreApplication::translate("PasswordRules", "The password can have at most %1 characters.")
            .arg(kMaximumLength);
    if (!username.trimmed().isEmpty() && password.contains(username.trimmed(), Qt::CaseInsensitive))
        return QCoreApplication::translate("PasswordRules", "The password must not contain the username.");
    return {};
}
