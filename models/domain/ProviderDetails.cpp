#include "domain/ProviderDetails.h"

#include <QStringList>

QString ProviderDetails::contactText() const
{
    QStringList lines;
    for (const QString& line : address.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    if (!phone.trimmed().isEmpty())
        lines << QStringLiteral("Telephone: ") + phone.trimmed();
    if (!email.trimmed().isEmpty())
        lines << QStringLiteral("Email: ") + email.trimmed();
    if (!website.trimmed().isEmpty())
        lines << QStringLiteral("Web: ") + website.trimmed();
    return lines.join(QLatin1Char('\n'));
}
