#include "domain/PlanSection.h"

#include "domain/EnumTable.h"

namespace {
constexpr auto kSections = enumTable<PlanSection>(
    "PlanSection",
    {
        {PlanSection::B, "B", QT_TRANSLATE_NOOP("PlanSection", "B: special educational needs")},
        {PlanSection::C, "C", QT_TRANSLATE_NOOP("PlanSection", "C: health needs")},
        {PlanSection::D, "D", QT_TRANSLATE_NOOP("PlanSection", "D: social care needs")},
        {PlanSection::F, "F", QT_TRANSLATE_NOOP("PlanSection", "F: special educational provision")},
        {PlanSection::G, "G", QT_TRANSLATE_NOOP("PlanSection", "G: health provision")},
        {PlanSection::H1, "H1", QT_TRANSLATE_NOOP("PlanSection", "H1: social care provision (CSDPA)")},
        {PlanSection::H2, "H2", QT_TRANSLATE_NOOP("PlanSection", "H2: other social care provision")},
        {PlanSection::I, "I", QT_TRANSLATE_NOOP("PlanSection", "I: placement")},
    });
} // namespace

QList<PlanSection> allPlanSections()
{
    return kSections.values();
}

QString planSectionToString(PlanSection section)
{
    return kSections.key(section);
}

std::optional<PlanSection> planSectionFromString(const QString& text)
{
    return kSections.fromKey(text);
}

QString planSectionTitle(PlanSection section)
{
    return kSections.title(section);
}
