#include "rules/Appealability.h"

#include <QCoreApplication>
#include <QStringList>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Appealability", text);
}

QString decisionName(DecisionType type)
{
    switch (type) {
    case DecisionType::RefusalToAssess:
        return tr("refusal to assess");
    case DecisionType::RefusalToReassess:
        return tr("refusal to re-assess");
    case DecisionType::RefusalToIssue:
        return tr("refusal to issue a plan");
    case DecisionType::RefusalToAmend:
        return tr("refusal to amend the plan");
    case DecisionType::RefusalToReplace:
        return tr("refusal to replace the plan");
    case DecisionType::CeaseToMaintain:
        return tr("ceasing to maintain the plan");
    case DecisionType::PlanContent:
        return tr("the content of the plan");
    }
    return {};
}

QString sectionName(PlanSection section)
{
    switch (section) {
    case PlanSection::B:
        return tr("section B (special educational needs)");
    case PlanSection::C:
        return tr("section C (health needs)");
    case PlanSection::D:
        return tr("section D (social care needs)");
    case PlanSection::F:
        return tr("section F (special educational provision)");
    case PlanSection::G:
        return tr("section G (health provision)");
    case PlanSection::H1:
        return tr("section H1 (social care provision)");
    case PlanSection::H2:
        return tr("section H2 (other social care provision)");
    case PlanSection::I:
        return tr("section I (placement)");
    }
    return {};
}
} // namespace

namespace Appealability {

// Rules reference section 2: CFA s.51(2).
bool isAppealable(DecisionType type)
{
    Q_UNUSED(type);
    // Every decision the program records is one of s.51(2)'s; a plan's
    // content is appealable through its sections B, F and I.
    return true;
}

// Rules reference section 2: health and social care (C, D, G, H1, H2) are
// not s.51(2) matters on their own; the tribunal only recommends on them
// within an appeal about B, F or I.
bool isAppealable(PlanSection section)
{
    return section == PlanSection::B || section == PlanSection::F || section == PlanSection::I;
}

QList<DisputedItem> disputedItems(const CaseFacts& facts)
{
    if (!facts.decisionType)
        return {};
    if (*facts.decisionType != DecisionType::PlanContent)
        return {{decisionName(*facts.decisionType), isAppealable(*facts.decisionType)}};
    QList<DisputedItem> items;
    for (PlanSection section : allPlanSections()) {
        if (facts.sections.contains(section))
            items.append({sectionName(section), isAppealable(section)});
    }
    return items;
}

QString summary(const CaseFacts& facts)
{
    QStringList appealable;
    QStringList mediationOnly;
    for (const DisputedItem& item : disputedItems(facts))
        (item.appealable ? appealable : mediationOnly) << item.name;
    QStringList sentences;
    if (!appealable.isEmpty())
        sentences << tr("Could appeal to the tribunal: %1.").arg(appealable.join(QStringLiteral(", ")));
    if (!mediationOnly.isEmpty())
        sentences << tr("Mediation only, not appealable on its own: %1.")
                         .arg(mediationOnly.join(QStringLiteral(", ")));
    return sentences.join(QLatin1Char(' '));
}

} // namespace Appealability
