#include "documents/CertificateEmail.h"

#include "documents/OfficeEmail.h"
#include "domain/CaseDetails.h"
#include "domain/Certificate.h"
#include "domain/ProviderDetails.h"

namespace CertificateEmail {

EmailDraft draft(const CaseDetails& details, const Certificate& certificate, const QByteArray& pdf,
                 const ProviderDetails& provider, const QString& senderName, const QString& senderRole)
{
    // The letters and certificates are in English whatever the desk's language (statutory documents).
    const bool youngPerson = details.referral.referrerKind == ReferrerKind::YoungPerson;
    const PersonDetails& family = details.referral.family();
    const QString part = certificatePartName(certificate.part);
    const QString subject =
        QStringLiteral("Mediation certificate %1 (%2)").arg(certificate.number, details.reference);
    const QString greeting = family.givenName.trimmed().isEmpty()
                                 ? QStringLiteral("Dear family,")
                                 : QStringLiteral("Dear %1,").arg(family.fullName());
    const QString about = youngPerson
                              ? QStringLiteral("your")
                              : QStringLiteral("%1's").arg(details.referral.child.givenName.trimmed());
    QStringList lines{greeting,
                      QString(),
                      QStringLiteral("Please find attached the %1 mediation certificate, number %2, for %3 "
                                     "case (our reference %4).")
                          .arg(part, certificate.number, about, details.reference),
                      QString(),
                      QStringLiteral("Please keep it: the tribunal needs it if you appeal."),
                      QString()};
    lines << OfficeEmail::signature(provider, senderName, senderRole);
    return OfficeEmail::draft(
        provider, family.fullName(), family.email, subject, lines.join(QLatin1Char('\n')) + QLatin1Char('\n'),
        {{certificate.number + QStringLiteral(".pdf"), QStringLiteral("application/pdf"), pdf}});
}

} // namespace CertificateEmail
