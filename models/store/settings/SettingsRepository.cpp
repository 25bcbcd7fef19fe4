#include "store/settings/SettingsRepository.h"

#include "rules/Permissions.h"
#include "rules/QuietFamilyRule.h"
#include "store/access/AccessGuard.h"
#include "store/infrastructure/StoreQuery.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

SettingsRepository::SettingsRepository(QSqlDatabase db) : m_db(std::move(db)) {}

StoreError SettingsRepository::value(const QString& key, QString* value, const QString& fallback) const
{
    StoreQuery query(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.bind(key);
    if (StoreError error = query.exec(QStringLiteral("Could not read the settings")))
        return error;
    *value = query.next() ? query.value(0).toString() : fallback;
    return {};
}

StoreError SettingsRepository::setValue(const QString& key, const QString& value)
{
    StoreQuery query(m_db);
    // An empty value is no value: the key is removed, and reads give their fallback.
    if (value.isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
        query.bind(key);
    } else {
        query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        query.bind(key, value);
    }
    if (StoreError error = query.exec(QStringLiteral("Could not save the setting")))
        return error;
    return {};
}

StoreError SettingsRepository::provider(ProviderDetails* p) const
{
    QString logo;
    for (const auto& [key, into] :
         {std::pair{"provider.name", &p->name}, std::pair{"provider.address", &p->address},
          std::pair{"provider.phone", &p->phone}, std::pair{"provider.email", &p->email},
          std::pair{"provider.website", &p->website}, std::pair{"provider.logo_png", &logo}}) {
        if (StoreError error = value(QLatin1String(key), into))
            return error;
    }
    p->logoPng = QByteArray::fromBase64(logo.toLatin1());
    return {};
}

StoreError SettingsRepository::setProvider(const ProviderDetails& p)
{
    if (StoreError error = AccessGuard(m_db).require(Action::ManageSettings))
        return error;
    const QString logo = QString::fromLatin1(p.logoPng.toBase64());
    for (const auto& [key, text] :
         {std::pair{"provider.name", &p.name}, std::pair{"provider.address", &p.address},
          std::pair{"provider.phone", &p.phone}, std::pair{"provider.email", &p.email},
          std::pair{"provider.website", &p.website}, std::pair{"provider.logo_png", &logo}}) {
        if (StoreError error = setValue(QLatin1String(key), text->trimmed()))
            return error;
    }
    return {};
}

StoreError SettingsRepository::certificatePrefix(QString* prefix) const
{
    return value(QLatin1String(kCertificatePrefixKey), prefix, QStringLiteral("CG"));
}

StoreError SettingsRepository::setCertificatePrefix(const QString& prefix)
{
    if (StoreError error = AccessGuard(m_db).require(Action::ManageSettings))
        return error;
    static const QRegularExpression valid(QStringLiteral("^[A-Z0-9]{1,8}$"));
    const QString upper = prefix.trimmed().toUpper();
    if (!valid.match(upper).hasMatch())
        return StoreError::invalid(
            QStringLiteral("The certificate prefix must be 1 to 8 letters or digits, like CG."));
    return setValue(QLatin1String(kCertificatePrefixKey), upper);
}

StoreError SettingsRepository::screenLockMinutes(int* minutes) const
{
    *minutes = kDefaultScreenLockMinutes;
    QString stored;
    if (StoreError error = value(kScreenLockMinutes, &stored))
        return error;
    bool ok = false;
    const int number = stored.toInt(&ok);
    if (ok && number >= 1 && number <= 240)
        *minutes = number;
    return {};
}

StoreError SettingsRepository::setScreenLockMinutes(qint64 actorId, int minutes)
{
    if (StoreError error = AccessGuard(m_db).require(actorId, Action::ManageSettings))
        return error;
    if (minutes < 1 || minutes > 240)
        return StoreError::invalid(QCoreApplication::translate(
            "SettingsRepository", "The screen lock needs between 1 and 240 minutes."));
    return setValue(kScreenLockMinutes, QString::number(minutes));
}

StoreError SettingsRepository::quietFamilyWorkingDays(int* workingDays) const
{
    *workingDays = QuietFamilyRule::kDefaultWorkingDays;
    QString stored;
    if (StoreError error = value(kQuietFamilyWorkingDays, &stored))
        return error;
    bool ok = false;
    const int number = stored.toInt(&ok);
    if (ok && QuietFamilyRule::isValidSetting(number))
        *workingDays = number;
    return {};
}

StoreError SettingsRepository::setQuietFamilyWorkingDays(int workingDays)
{
    if (StoreError error = AccessGuard(m_db).require(Action::ManageSettings))
        return error;
    if (!QuietFamilyRule::isValidSetting(workingDays))
        return StoreError::invalid(
            QCoreApplication::translate("SettingsRepository",
                                        "Ask about a quiet family after 0 to %1 working days "
                                        "(0 never asks).")
                .arg(QuietFamilyRule::kMaxWorkingDays));
    return setValue(kQuietFamilyWorkingDays, QString::number(workingDays));
}
