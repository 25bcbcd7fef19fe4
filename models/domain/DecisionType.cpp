#include "domain/DecisionType.h"

#include "domain/EnumTable.h"

namespace {
// In the order the referral form lists them.
constexpr auto kTypes = enumTable<DecisionType>(
    "DecisionType",
    {
        {DecisionType::RefusalToAssess, "refusal_to_assess",
         QT_TRANSLATE_NOOP("DecisionType", "Refusal to carry out an EHC needs assessment")},
        {DecisionType::RefusalToReassess, "refusal_to_reassess",
         QT_TRANSLATE_NOOP("DecisionType", "Refusal to carry out a re-assessment")},
        {DecisionType::RefusalToIssue, "refusal_to_issue",
         QT_TRANSLATE_NOOP("DecisionType", "Refusal to issue an EHC plan")},
        {DecisionType::RefusalToAmend, "refusal_to_amend",
         QT_TRANSLATE_NOOP("DecisionType", "Refusal to amend the plan after a review")},
        {DecisionType::RefusalToReplace, "refusal_to_replace",
         QT_TRANSLATE_NOOP("DecisionType", "Refusal to replace the plan after a review or re-assessment")},
        {DecisionType::CeaseToMaintain, "cease_to_maintain",
         QT_TRANSLATE_NOOP("DecisionType", "Decision to cease to maintain the plan")},
        {DecisionType::PlanContent, "plan_content",
         QT_TRANSLATE_NOOP("DecisionType", "Content of a final or amended plan")},
    });
} // namespace

QList<DecisionType> allDecisionTypes()
{
    return kTypes.values();
}

QString decisionTypeToString(DecisionType type)
{
    return kTypes.key(type);
}

std::optional<DecisionType> decisionTypeFromString(const QString& text)
{
    return kTypes.fromKey(text);
}

QString decisionTypeTitle(DecisionType type)
{
    return kTypes.title(type);
}
