#pragma once

#include <QString>
#include <optional>

// The three mediation certificates (rules/README.md section 5). The numbers are the
// values of certificates.part.
enum class CertificatePart
{
    Part1 = 1, // information given, the family does not want mediation
    Part2 = 2, // mediation took place
    Part3 = 3, // mediation could not take place within 30 days
};

int certificatePartToInt(CertificatePart part);
std::optional<CertificatePart> certificatePartFromInt(int number);
// "Part 1", for explanations and documents.
QString certificatePartName(CertificatePart part);
