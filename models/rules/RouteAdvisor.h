#pragma once

#include "domain/CaseFacts.h"
#include "domain/Route.h"

// Which service a case belongs to (rules/README.md section 1).
namespace RouteAdvisor {
// Mediation when there is an appealable council decision (CFA s.51), which
// includes the content of a plan; disagreement resolution otherwise.
Route advise(const CaseFacts& facts);
// The reason, in words, for the case record.
QString reason(const CaseFacts& facts);
} // namespace RouteAdvisor
