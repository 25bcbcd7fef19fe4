#pragma once

#include "domain/CaseStage.h"

#include <QDate>
#include <QString>

// How long a closed case is kept before its personal details are anonymised
// (each council's contract sets the years; six by default). The period runs
// from the closed date by the corresponding-date rule of rules/README.md section 4
// (a case closed on 29 February is kept until 28 February, or 29 February in
// a leap year, N years later), and the case may be anonymised from the next
// day. A case that is not closed (never closed, or reopened) is never past
// retention. Pure: "today" is a parameter.
namespace RetentionRules {
// The last day the case's details are kept whole.
QDate keptUntil(const QDate& closedOn, int years);
// The first day the case may be anonymised.
QDate anonymiseFrom(const QDate& closedOn, int years);
bool isPastRetention(CaseStage stage, const QDate& closedOn, int years, const QDate& today);
// Empty when the case may be anonymised today; otherwise why not, naming
// the date it becomes due when there is one.
QString anonymiseRefusal(CaseStage stage, const QDate& closedOn, int years, const QDate& today,
                         bool alreadyAnonymised);
} // namespace RetentionRules
