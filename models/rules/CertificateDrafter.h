#pragma once

#include "domain/CaseDetails.h"
#include "domain/CertificateContent.h"
#include "domain/IssuingCapacity.h"
#include "domain/ProviderDetails.h"
#include "rules/DeadlineCalculator.h"

// Writes what a certificate says from the case as it stands at issue: the
// fields of rules/README.md section 5, and the appeal deadline as DeadlineCalculator
// gives it once the certificate's issue date is known (HESC rule 20).
namespace CertificateDrafter {

struct Issue
{
    CertificatePart part = CertificatePart::Part1;
    QString number;
    QDate issueDate;
    QDate triggerDate;
    QString issuerName;
    QString issuerRole; // the issuer's role as stored: "supervisor" (their user role)
    // The provider's setting for Part 2 (CertificateRules::issuingCapacity).
    IssuingCapacity part2IssuedAs = IssuingCapacity::Mediator;
    QString replacesNumber;
    QString replacesReason;
};

CertificateContent content(const CaseDetails& details, const Issue& issue, const ProviderDetails& provider,
                           const DeadlineCalculator& calculator);
// "Refusal to carry out an EHC needs assessment"; for plan content, with the sections.
QString decisionText(const CaseDetails& details);
// The provider's contact lines: address, phone, email, website.
QString providerContact(const ProviderDetails& provider);

} // namespace CertificateDrafter
