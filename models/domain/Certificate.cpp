#include "domain/Certificate.h"

#include <QCoreApplication>

QString certificateStatusToString(CertificateStatus status)
{
    switch (status) {
    case CertificateStatus::Draft:
        return QStringLiteral("draft");
    case CertificateStatus::Issued:
        return QStringLiteral("issued");
    case CertificateStatus::Voided:
        return QStringLiteral("voided");
    }
    return {};
}

std::optional<CertificateStatus> certificateStatusFromString(const QString& text)
{
    for (CertificateStatus status :
         {CertificateStatus::Draft, CertificateStatus::Issued, CertificateStatus::Voided}) {
        if (certificateStatusToString(status) == text)
            return status;
    }
    return std::nullopt;
}

QString certificateStatusTitle(CertificateStatus status)
{
    switch (status) {
    case CertificateStatus::Draft:
        return QCoreApplication::translate("CertificateStatus", "Draft");
    case CertificateStatus::Issued:
        return QCoreApplication::translate("CertificateStatus", "Issued");
    case CertificateStatus::Voided:
        return QCoreApplication::translate("CertificateStatus", "Voided");
    }
    return {};
}

QString certificateIssuerRole(CertificatePart part)
{
    return part == CertificatePart::Part2 ? QStringLiteral("mediator") : QStringLiteral("mediation_adviser");
}

QString certificateIssuerRoleTitle(const QString& role)
{
    if (role == QLatin1String("mediator"))
        return QCoreApplication::translate("CertificateStatus", "Mediator");
    return QCoreApplication::translate("CertificateStatus", "Mediation adviser");
}
