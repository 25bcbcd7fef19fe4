#pragma once

#include "domain/DecisionType.h"
#include "domain/PlanSection.h"
#include "domain/Referral.h"
#include "domain/Route.h"

#include <QString>

// The domain's values in words for the screens.
namespace DomainText {
QString route(Route route);
QString decisionType(DecisionType type);
// "B: special educational needs".
QString planSection(PlanSection section);
QString referrerKind(ReferrerKind kind);
} // namespace DomainText
