#pragma once

#include "domain/DecisionType.h"
#include "domain/PlanSection.h"
#include "domain/Referral.h"
#include "domain/Route.h"

#include <QString>

// The domain's values in words for people: the screens, and the documents
// that print the same words (the contract-monitoring report).
namespace DomainText {
QString route(Route route);
QString decisionType(DecisionType type);
// "B: special educational needs".
QString planSection(PlanSection section);
QString referrerKind(ReferrerKind kind);
// A breakdown value of a report figure as people read it ("Refusal to carry
// out an EHC needs assessment" for enquiries_by_decision's refusal_to_assess);
// the CSV keeps the key. A value it does not know (a cancellation reason) is itself.
QString reportDetail(const QString& figure, const QString& detail);
} // namespace DomainText
