#include "domain/DecisionType.h"

QList<DecisionType> allDecisionTypes()
{
    return {DecisionType::RefusalToAssess, DecisionType::RefusalToReassess, DecisionType::RefusalToIssue,
            DecisionType::RefusalToAmend,  DecisionType::RefusalToReplace,  DecisionType::CeaseToMaintain,
            DecisionType::PlanContent};
}

QString decisionTypeToString(DecisionType type)
{
    switch (type) {
    case DecisionType::RefusalToAssess:
        return QStringLiteral("refusal_to_assess");
    case DecisionType::RefusalToReassess:
        return QStringLiteral("refusal_to_reassess");
    case DecisionType::RefusalToIssue:
        return QStringLiteral("refusal_to_issue");
    case DecisionType::RefusalToAmend:
        return QStringLiteral("refusal_to_amend");
    case DecisionType::CeaseToMaintain:
        return QStringLiteral("cease_to_maintain");
    case DecisionType::PlanContent:
        return QStringLiteral("plan_content");
    case DecisionType::RefusalToReplace:
        return QStringLiteral("refusal_to_replace");
    }
    return {};
}

std::optional<DecisionType> decisionTypeFromString(const QString& text)
{
    for (DecisionType type : allDecisionTypes()) {
        if (decisionTypeToString(type) == text)
            return type;
    }
    return std::nullopt;
}
