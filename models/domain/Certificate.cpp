#include "domain/Certificate.h"

#include "domain/EnumTable.h"

#include <QCoreApplication>

namespace {
constexpr auto kStatuses = enumTable<CertificateStatus>(
    "CertificateStatus",
    {
        {CertificateStatus::Draft, "draft", QT_TRANSLATE_NOOP("CertificateStatus", "Draft")},
        {CertificateStatus::Issued, "issued", QT_TRANSLATE_NOOP("CertificateStatus", "Issued")},
        {CertificateStatus::Voided, "voided", QT_TRANSLATE_NOOP("CertificateStatus", "Voided")},
    });
} // namespace

QString certificateStatusToString(CertificateStatus status)
{
    return kStatuses.key(status);
}

std::optional<CertificateStatus> certificateStatusFromString(const QString& text)
{
    return kStatuses.fromKey(text);
}

QString certificateStatusTitle(CertificateStatus status)
{
    return kStatuses.title(status);
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
