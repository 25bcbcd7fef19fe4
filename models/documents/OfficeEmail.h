#pragma once

#include "documents/EmailDraft.h"

struct ProviderDetails;

// What every email the office drafts shares (the certificate to the family,
// an invitation or confirmation to an invitee, the action plan): from the
// provider, to one person, dated now, and signed by the person at the desk.
namespace OfficeEmail {

// From the provider (no From when it has no address: the mail program fills
// in the sender), to `toName` at `toAddress` (none when empty: the mail
// program asks for one).
EmailDraft draft(const ProviderDetails& provider, const QString& toName, const QString& toAddress,
                 const QString& subject, const QString& body,
                 const QList<EmailDraft::Attachment>& attachments);
// The close: "Yours sincerely,", the sender's name and role, the provider's name and phone.
QStringList signature(const ProviderDetails& provider, const QString& senderName, const QString& senderRole);

} // namespace OfficeEmail
