#include "domain/DomainText.h"

#include "domain/MeetingRecord.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("DomainText", text);
}
} // namespace

namespace DomainText {

QString route(Route route)
{
    return route == Route::Mediation ? tr("Mediation") : tr("Disagreement resolution");
}

QString decisionType(DecisionType type)
{
    switch (type) {
    case DecisionType::RefusalToAssess:
        return tr("Refusal to carry out an EHC needs assessment");
    case DecisionType::RefusalToReassess:
        return tr("Refusal to carry out a re-assessment");
    case DecisionType::RefusalToIssue:
        return tr("Refusal to issue an EHC plan");
    case DecisionType::RefusalToAmend:
        return tr("Refusal to amend the plan after a review");
    case DecisionType::RefusalToReplace:
        return tr("Refusal to replace the plan after a review or re-assessment");
    case DecisionType::CeaseToMaintain:
        return tr("Decision to cease to maintain the plan");
    case DecisionType::PlanContent:
        return tr("Content of a final or amended plan");
    }
    return {};
}

QString planSection(PlanSection section)
{
    switch (section) {
    case PlanSection::B:
        return tr("B: special educational needs");
    case PlanSection::C:
        return tr("C: health needs");
    case PlanSection::D:
        return tr("D: social care needs");
    case PlanSection::F:
        return tr("F: special educational provision");
    case PlanSection::G:
        return tr("G: health provision");
    case PlanSection::H1:
        return tr("H1: social care provision (CSDPA)");
    case PlanSection::H2:
        return tr("H2: other social care provision");
    case PlanSection::I:
        return tr("I: placement");
    }
    return {};
}

QString referrerKind(ReferrerKind kind)
{
    switch (kind) {
    case ReferrerKind::Parent:
        return tr("Parent or carer");
    case ReferrerKind::YoungPerson:
        return tr("Young person (16 or over)");
    case ReferrerKind::Professional:
        return tr("Professional, with the parent's permission");
    }
    return {};
}

QString reportDetail(const QString& figure, const QString& detail)
{
    if (figure == QLatin1String("enquiries_by_route")) {
        if (const auto kind = routeFromString(detail))
            return route(*kind);
    } else if (figure == QLatin1String("enquiries_by_referrer")) {
        if (const auto kind = referrerKindFromString(detail))
            return referrerKind(*kind);
    } else if (figure == QLatin1String("enquiries_by_decision")) {
        if (const auto type = decisionTypeFromString(detail))
            return decisionType(*type);
    } else if (figure == QLatin1String("enquiries_by_plan_section")) {
        return tr("Section %1").arg(detail);
    } else if (figure.endsWith(QLatin1String("_outcomes"))) {
        if (const auto outcome = meetingOutcomeFromString(detail))
            return meetingOutcomeTitle(*outcome);
        if (detail == QLatin1String("not_recorded"))
            return tr("Not recorded");
    }
    return detail;
}

} // namespace DomainText
