#include "domain/PlanSections.h"

#include <bit>

PlanSections::PlanSections(std::initializer_list<PlanSection> sections)
{
    for (PlanSection section : sections)
        insert(section);
}

unsigned PlanSections::bit(PlanSection section)
{
    return 1U << static_cast<unsigned>(section);
}

void PlanSections::insert(PlanSection section)
{
    m_bits |= bit(section);
}

void PlanSections::remove(PlanSection section)
{
    m_bits &= ~bit(section);
}

bool PlanSections::contains(PlanSection section) const
{
    return (m_bits & bit(section)) != 0;
}

int PlanSections::count() const
{
    return std::popcount(m_bits);
}

bool PlanSections::isSectionIOnly() const
{
    return m_bits == bit(PlanSection::I);
}

bool PlanSections::includesHealth() const
{
    return contains(PlanSection::C) || contains(PlanSection::G);
}

QStringList PlanSections::toStrings() const
{
    QStringList texts;
    for (PlanSection section : allPlanSections()) {
        if (contains(section))
            texts << planSectionToString(section);
    }
    return texts;
}

bool PlanSections::fromStrings(const QStringList& texts, PlanSections* sections, QString* error)
{
    PlanSections result;
    for (const QString& text : texts) {
        const std::optional<PlanSection> section = planSectionFromString(text);
        if (!section) {
            if (error)
                *error = QStringLiteral("'%1' is not a plan section (B, C, D, F, G, H1, H2 or I)").arg(text);
            return false;
        }
        result.insert(*section);
    }
    *sections = result;
    return true;
}
