#include "domain/CertificatePart.h"

int certificatePartToInt(CertificatePart part)
{
    return static_cast<int>(part);
}

std::optional<CertificatePart> certificatePartFromInt(int number)
{
    switch (number) {
    case 1:
        return CertificatePart::Part1;
    case 2:
        return CertificatePart::Part2;
    case 3:
        return CertificatePart::Part3;
    default:
        return std::nullopt;
    }
}

QString certificatePartName(CertificatePart part)
{
    return QStringLiteral("Part %1").arg(certificatePartToInt(part));
}
