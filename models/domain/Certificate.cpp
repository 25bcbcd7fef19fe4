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

namespace {
struct IssuerRoleName
{
    const char* key;
    const char* title;
};
// The roles of the users who may issue (domain/User), and the two statutory
// roles that certificates issued before the issuer's own role was kept recorded.
constexpr IssuerRoleName kIssuerRoles[] = {
    {"supervisor", QT_TRANSLATE_NOOP("CertificateStatus", "Supervisor")},
    {"mediator", QT_TRANSLATE_NOOP("CertificateStatus", "Mediator")},
    {"mediation_adviser", QT_TRANSLATE_NOOP("CertificateStatus", "Mediation adviser")},
    {"caseworker", QT_TRANSLATE_NOOP("CertificateStatus", "Caseworker")},
    {"administrator", QT_TRANSLATE_NOOP("CertificateStatus", "Administrator")},
};

const char* issuerRoleTitle(const QString& role)
{
    for (const IssuerRoleName& name : kIssuerRoles) {
        if (role == QLatin1String(name.key))
            return name.title;
    }
    return kIssuerRoles[2].title; // unknown: the statutory role
}
} // namespace

QString certificateIssuerRoleTitle(const QString& role)
{
    return QCoreApplication::translate("CertificateStatus", issuerRoleTitle(role));
}

QString certificateIssuerRoleText(const QString& role)
{
    return QString::fromLatin1(issuerRoleTitle(role));
}
