#include "rules/CouncilRules.h"

#include <QRegularExpression>

QList<ValidationProblem> CouncilRules::check(const Council& council)
{
    QList<ValidationProblem> problems;
    auto problem = [&](const char* field, const QString& message) {
        problems.append({QString::fromLatin1(field), message, ValidationProblem::Severity::Error});
    };
    if (council.name.trimmed().isEmpty())
        problem("name", QStringLiteral("Give the council's name, for example \"Westvale City Council\"."));
    // Short and plain, because it is typed in imports and shown in lists.
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9][A-Z0-9-]{1,11}$"));
    const QString code = council.code.trimmed();
    if (code.isEmpty())
        problem("code", QStringLiteral("Give a short code for the council, for example \"WVC\"."));
    else if (!codePattern.match(code).hasMatch())
        problem("code", QStringLiteral("The code must be 2 to 12 capital letters, digits or hyphens, for "
                                       "example \"WVC\"."));
    if (council.referralActionWorkingDays < 0 || council.referralActionWorkingDays > kMaxReferralDays)
        problem("referralActionWorkingDays",
                QStringLiteral("The referral service level must be from 0 to %1 working days.")
                    .arg(kMaxReferralDays));
    if (council.retentionYears < kMinRetentionYears || council.retentionYears > kMaxRetentionYears)
        problem("retentionYears", QStringLiteral("The retention period must be from %1 to %2 years.")
                                      .arg(kMinRetentionYears)
                                      .arg(kMaxRetentionYears));
    return problems;
}
