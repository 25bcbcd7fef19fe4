#pragma once

#include <QString>

// A report figure's breakdown value in words for people: the screens, and
// the documents that print the same words (the contract-monitoring report).
// The values' own titles live with their enums (routeTitle, decisionTypeTitle ...).
namespace DomainText {
// A breakdown value of a report figure as people read it ("Refusal to carry
// out an EHC needs assessment" for enquiries_by_decision's refusal_to_assess);
// the CSV keeps the key. A value it does not know (a cancellation reason) is itself.
QString reportDetail(const QString& figure, const QString& detail);
} // namespace DomainText
