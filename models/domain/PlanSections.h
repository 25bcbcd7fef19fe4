#pragma once

#include "domain/PlanSection.h"

#include <QStringList>
#include <initializer_list>

// The set of plan sections in dispute on one case.
class PlanSections
{
public:
    PlanSections() = default;
    PlanSections(std::initializer_list<PlanSection> sections);

    void insert(PlanSection section);
    void remove(PlanSection section);
    bool contains(PlanSection section) const;
    bool isEmpty() const { return m_bits == 0; }
    int count() const;

    // Only the placement (section I) is in dispute: no certificate is needed
    // before an appeal and no Part 2 follows a mediation (rules/README.md section 2).
    bool isSectionIOnly() const;
    // Health needs or provision (C, G) are in dispute: the health body takes part.
    bool includesHealth() const;

    // In plan order, as the schema spells them ("B", "F", "I").
    QStringList toStrings() const;
    // Refuses (returns false, names the bad value in *error) an unknown section.
    static bool fromStrings(const QStringList& texts, PlanSections* sections, QString* error);

    bool operator==(const PlanSections& other) const = default;

private:
    static unsigned bit(PlanSection section);
    unsigned m_bits = 0;
};
