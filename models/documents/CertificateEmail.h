#pragma once

#include "documents/EmailDraft.h"

struct CaseDetails;
struct Certificate;
struct ProviderDetails;

// The email that sends a family its mediation certificate: addressed to the
// young person when they referred themselves, else to the parent or carer
// (no address when the case has none: the mail program asks for one),
// from the provider, signed by the person at the desk with their role, with
// the certificate's PDF attached.
namespace CertificateEmail {

EmailDraft draft(const CaseDetails& details, const Certificate& certificate, const QByteArray& pdf,
                 const ProviderDetails& provider, const QString& senderName, const QString& senderRole);

} // namespace CertificateEmail
