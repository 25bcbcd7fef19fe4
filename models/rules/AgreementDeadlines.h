#pragma once

#include "domain/AgreedActionKind.h"
#include "rules/Deadline.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

// What the council (and the commissioning body) must do after a mediation
// agreement, and by when (rules/README.md section 3, "After an agreement";
// SEND Regulations reg 42 and reg 44). Periods are calendar weeks (or the
// days the parties agreed in writing) from the agreement date: nothing moves
// them for weekends or bank holidays.
namespace AgreementDeadlines {

struct Item
{
    // Invalid where the period is not set out in the rules reference: the
    // program says "check reg 44" rather than guess a date.
    Deadline deadline;
    QString what;       // "tell the family it will assess or re-assess"
    QString regulation; // "reg 44(2), as reg 42(3) applies it"
    bool checkReg44() const { return !deadline.isValid(); }
    // The date as a person or script reads it: ISO, or "check reg 44".
    QString dateText() const;
};

inline constexpr int kNotAppealableWeeks = 2;
inline constexpr int kCommissionerNoticeWeeks = 1;
inline constexpr int kMaxAgreedPeriodDays = 366;

// In date order; the undated "check reg 44" items last. Empty for an
// invalid agreement date or an agreed period outside 1 to 366 days.
QList<Item> compute(const QDate& agreed, AgreedActionKind kind, std::optional<int> agreedPeriodDays = {},
                    bool councilNotParty = false);

// The "By when" an action of this kind defaults to: the council's first
// deadline for it (the commissioning body's notice is not the action's).
// Invalid where that is "check reg 44": the person sets the date.
QDate actionDue(const QDate& agreed, AgreedActionKind kind, std::optional<int> agreedPeriodDays = {});

} // namespace AgreementDeadlines
