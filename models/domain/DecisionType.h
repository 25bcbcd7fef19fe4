#pragma once

#include <QList>
#include <QString>
#include <optional>

// The council decisions a family can take to mediation and then appeal
// (CFA s.51). The strings are the values of cases.decision_type.
enum class DecisionType
{
    RefusalToAssess,
    RefusalToReassess,
    RefusalToIssue,
    RefusalToAmend,
    CeaseToMaintain,
    PlanContent,      // the content of a final or amended plan: see PlanSections
    RefusalToReplace, // after a review or re-assessment (s.51(2); schema 24)
};

QList<DecisionType> allDecisionTypes();
QString decisionTypeToString(DecisionType type);
std::optional<DecisionType> decisionTypeFromString(const QString& text);
// For people: "Refusal to issue an EHC plan".
QString decisionTypeTitle(DecisionType type);
