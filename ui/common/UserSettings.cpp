#include "common/UserSettings.h"

#include "common/WorkContext.h"

#include <QUrl>

namespace UserSettings {

QString key(const QString& username, const QString& key)
{
    if (username.isEmpty())
        return key;
    // Percent-encoded, so no username can reach into another's group.
    return QStringLiteral("users/%1/%2").arg(QString::fromLatin1(QUrl::toPercentEncoding(username)), key);
}

QString username(const WorkContext* context)
{
    const auto& user = context->signedInUser();
    return user ? user->username : QString();
}

} // namespace UserSettings
