#pragma once

#include "domain/TravelExpense.h"

#include <QDate>
#include <QList>
#include <QString>

// The family's travel expenses for attending mediation (CFA s.56(1)(g) and
// the SEND Regulations' expenses regulation; rules/README.md section 3, "The
// family's travel expenses"). What the law leaves open (the rate per mile,
// the cap on one journey) is policy, given here as parameters. Pure: "today"
// is a parameter.
namespace TravelExpenseRules {

// Policy: HMRC's approved mileage rate for a car's first 10,000 business
// miles, a figure councils commonly pay. A setting may replace it.
inline constexpr int kDefaultPencePerMile = 45;
// Policy: the most one journey may claim (£500) before the program asks for
// it to be checked; a typing slip (12400 for 12.40) stops here.
inline constexpr qint64 kDefaultMaxAmountPence = 50000;
// Policy: the most miles one journey may be (a slip of the decimal point).
inline constexpr int kMaxMilesTenths = 10000; // 1,000 miles

// What is wrong with an expense about to be saved, with what to fix; empty
// when it may be. The journey is on a date, not after `today`, not before
// the case's enquiry (`enquiryDate`, invalid: not checked); it says where
// from and to (or what it was); a car journey gives its miles (more than 0,
// at most kMaxMilesTenths); the amount is 0 or more and at most
// `maxAmountPence`; the claimant's name and the note fit their columns.
QString problem(const TravelExpense& expense, const QDate& enquiryDate, const QDate& today,
                qint64 maxAmountPence = kDefaultMaxAmountPence);

// The amount for a car journey at `pencePerMile`, rounded to the nearest
// penny (half a penny up): 12.5 miles at 45p = 562.5p -> 563p.
qint64 mileageAmount(int milesTenths, int pencePerMile = kDefaultPencePerMile);

// The sum of the amounts, in pence.
qint64 total(const QList<TravelExpense>& expenses);

} // namespace TravelExpenseRules
