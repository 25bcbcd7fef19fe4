#pragma once

#include "domain/Council.h"
#include "rules/ReferralValidator.h"

#include <QList>

// What a council's record may hold (the contract settings of rules/README.md sections 3 and 7): a
// name, a short code for references and imports, a referral service level in
// working days and a retention period in years. The desktop program's council
// form and `councils add` both ask these rules.
class CouncilRules
{
public:
    static constexpr int kMaxReferralDays = 60;
    static constexpr int kMinRetentionYears = 1;
    static constexpr int kMaxRetentionYears = 50;

    // Field keys: "name", "code", "referralActionWorkingDays", "retentionYears".
    static QList<ValidationProblem> check(const Council& council);
};
