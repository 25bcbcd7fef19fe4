#include "domain/CertificatePart.h"

#include "domain/EnumTable.h"

namespace {
// The keys are certificates.part as text; the names go into the rules'
// explanations and the certificates, which are in English.
constexpr auto kParts =
    enumTable<CertificatePart>("CertificatePart", {
                                                      {CertificatePart::Part1, "1", "Part 1"},
                                                      {CertificatePart::Part2, "2", "Part 2"},
                                                      {CertificatePart::Part3, "3", "Part 3"},
                                                  });
} // namespace

int certificatePartToInt(CertificatePart part)
{
    return static_cast<int>(part);
}

std::optional<CertificatePart> certificatePartFromInt(int number)
{
    return kParts.fromKey(QString::number(number));
}

QString certificatePartName(CertificatePart part)
{
    return kParts.englishTitle(part);
}
