#pragma once

#include <QList>
#include <QString>
#include <optional>

// The statutory office in which the service issues a certificate
// (rules/README.md section 5). Parts 1 and 3 are the mediation adviser's;
// who issues Part 2 is the provider's setting, since sources disagree. The
// keys are the values of the setting certificates.part2_issued_as.
enum class IssuingCapacity
{
    Mediator,
    MediationAdviser,
};

QString issuingCapacityToString(IssuingCapacity capacity);
std::optional<IssuingCapacity> issuingCapacityFromString(const QString& text);
// For people, in the desk's language: "The mediator".
QString issuingCapacityTitle(IssuingCapacity capacity);
// As a certificate prints it, in English: "the mediator".
QString issuingCapacityText(IssuingCapacity capacity);
QList<IssuingCapacity> issuingCapacities();
