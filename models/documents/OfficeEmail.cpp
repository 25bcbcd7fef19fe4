#include "documents/OfficeEmail.h"

#include "domain/ProviderDetails.h"

namespace OfficeEmail {

EmailDraft draft(const ProviderDetails& provider, const QString& toName, const QString& toAddress,
                 const QString& subject, const QString& body,
                 const QList<EmailDraft::Attachment>& attachments)
{
    EmailDraft email;
    email.fromName = provider.name;
    email.fromAddress = provider.email;
    if (!toAddress.trimmed().isEmpty())
        email.to = {{toName, toAddress.trimmed()}};
    email.subject = subject;
    email.body = body;
    email.attachments = attachments;
    email.date = QDateTime::currentDateTimeUtc();
    return email;
}

QStringList signature(const ProviderDetails& provider, const QString& senderName, const QString& senderRole)
{
    QStringList lines{QStringLiteral("Yours sincerely,"), QString(), senderName};
    for (const QString& line : {senderRole, provider.name, provider.phone}) {
        if (!line.isEmpty())
            lines << line;
    }
    return lines;
}

} // namespace OfficeEmail
