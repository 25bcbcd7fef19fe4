#pragma once

#include <QList>
#include <QString>
#include <optional>

// The sections of an EHC plan a family can disagree with (rules/README.md section 2).
// The strings are the values of case_plan_sections.section.
enum class PlanSection
{
    B,  // special educational needs
    C,  // health needs
    D,  // social care needs
    F,  // special educational provision
    G,  // health provision
    H1, // social care provision under the Chronically Sick and Disabled Persons Act
    H2, // other social care provision
    I,  // placement: the school or institution named, or that none is named
};

QList<PlanSection> allPlanSections();
QString planSectionToString(PlanSection section);
std::optional<PlanSection> planSectionFromString(const QString& text);
// For people: "B: special educational needs".
QString planSectionTitle(PlanSection section);
