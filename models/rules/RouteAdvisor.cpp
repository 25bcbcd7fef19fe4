#include "rules/RouteAdvisor.h"

namespace RouteAdvisor {

Route advise(const CaseFacts& facts)
{
    return facts.decisionType ? Route::Mediation : Route::DisagreementResolution;
}

QString reason(const CaseFacts& facts)
{
    if (facts.decisionType)
        return QStringLiteral("An appealable council decision (%1) can go to mediation before an appeal.")
            .arg(decisionTypeToString(*facts.decisionType));
    return QStringLiteral("No appealable council decision: disagreement resolution, if every party agrees.");
}

} // namespace RouteAdvisor
