#pragma once

#include "domain/Referral.h"
#include "rules/DeadlineCalculator.h"

#include <QList>
#include <QString>

// One thing wrong with a referral form: which field, what to fix, and whether
// it stops the referral being saved (an error) or only needs noticing (a
// warning, such as a decision notice older than 2 months).
struct ValidationProblem
{
    enum class Severity
    {
        Error,
        Warning
    };
    QString field; // a stable key, e.g. "child.dateOfBirth"
    QString message;
    Severity severity = Severity::Error;
};

// The rules a new referral must meet before it becomes a case (rules/README.md
// sections 1 to 3): a young person is 16 or over on the date of enquiry, a
// professional has the parent's permission, mediation names an appealable
// decision and the date its notice was sent.
class ReferralValidator
{
public:
    explicit ReferralValidator(const DeadlineCalculator& calculator) : m_calculator(calculator) {}

    QList<ValidationProblem> check(const Referral& referral, const QDate& today) const;
    static bool hasErrors(const QList<ValidationProblem>& problems);

    static constexpr int kYoungPersonAge = 16;

private:
    const DeadlineCalculator& m_calculator;
};
