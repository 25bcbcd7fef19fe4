#include "domain/PlanSection.h"

QList<PlanSection> allPlanSections()
{
    return {PlanSection::B, PlanSection::C,  PlanSection::D,  PlanSection::F,
            PlanSection::G, PlanSection::H1, PlanSection::H2, PlanSection::I};
}

QString planSectionToString(PlanSection section)
{
    switch (section) {
    case PlanSection::B:
        return QStringLiteral("B");
    case PlanSection::C:
        return QStringLiteral("C");
    case PlanSection::D:
        return QStringLiteral("D");
    case PlanSection::F:
        return QStringLiteral("F");
    case PlanSection::G:
        return QStringLiteral("G");
    case PlanSection::H1:
        return QStringLiteral("H1");
    case PlanSection::H2:
        return QStringLiteral("H2");
    case PlanSection::I:
        return QStringLiteral("I");
    }
    return {};
}

std::optional<PlanSection> planSectionFromString(const QString& text)
{
    for (PlanSection section : allPlanSections()) {
        if (planSectionToString(section) == text)
            return section;
    }
    return std::nullopt;
}
