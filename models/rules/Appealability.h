#pragma once

#include "domain/CaseFacts.h"
#include "domain/DecisionType.h"
#include "domain/PlanSection.h"

#include <QList>
#include <QString>

// Which disputed items the family could appeal to the tribunal (CFA
// s.51(2)) and which can be mediated but not appealed on their own (rules
// reference section 2, "What can be mediated, and what can be appealed").
namespace Appealability {

// Every council decision of DecisionType other than PlanContent is an s.51(2)
// appeal matter; PlanContent depends on the sections (see below), so it is
// appealable when any of them is.
bool isAppealable(DecisionType type);
// Sections B, F and I are s.51(2) appeal matters; C, D, G, H1 and H2 (health
// and social care) can be mediated but not appealed on their own.
bool isAppealable(PlanSection section);

// One disputed item of a case, for the route advice and the case.
struct DisputedItem
{
    QString name; // "refusal to assess", "section G (health provision)"
    bool appealable = false;
};
// The items in dispute: the decision, or for a plan's content each section.
QList<DisputedItem> disputedItems(const CaseFacts& facts);
// In words, for the route advice and the case: "Could appeal to the tribunal:
// section B (special educational needs). Mediation only, not appealable on
// its own: section G (health provision)." Empty when nothing is in dispute
// (disagreement resolution, or a plan with no section chosen yet).
QString summary(const CaseFacts& facts);

} // namespace Appealability
