#pragma once

#include "domain/ChildViews.h"

#include <QString>

// The mediator's duty to record how the child's or young person's views were
// sought (CFA s.56(1)(e); rules/README.md section 3, "The mediator's other
// duties"). Pure functions, like every rule.
namespace ChildViewsRule {

// What is wrong with what is about to be saved; empty when it may be. A
// note needs a "how"; "not sought" needs the reason in the note; the note
// is at most ChildViews::kMaxNoteLength characters. Nothing recorded at all
// is allowed (not asked yet).
QString problem(const ChildViews& views);

// One line for the action plan: "Spoke to them: met Noah at school", or
// "Not recorded".
QString describe(const ChildViews& views);

} // namespace ChildViewsRule
