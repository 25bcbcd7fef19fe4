#pragma once

#include "domain/ProviderDetails.h"
#include "store/infrastructure/StoreError.h"

#include <QSqlDatabase>
#include <QString>

// Office-wide settings in the settings table (key and text value), shared by
// every desk: the provider's details, the certificate number prefix and the
// screen lock. Anybody reads them; the screen lock is changed by
// administrators only (the others are set with the command line's `provider`).
class SettingsRepository
{
public:
    explicit SettingsRepository(QSqlDatabase db);

    // The stored value, or `fallback` when the key is not set.
    StoreError value(const QString& key, QString* value, const QString& fallback = {}) const;
    StoreError setValue(const QString& key, const QString& value);

    // Keys "provider.name", "provider.address", "provider.phone",
    // "provider.email", "provider.website", "provider.logo_png" (base64).
    StoreError provider(ProviderDetails* provider) const;
    StoreError setProvider(const ProviderDetails& provider);

    // Certificate numbers read PREFIX-YEAR-NNNNNN; "CG" unless set.
    StoreError certificatePrefix(QString* prefix) const;
    // Letters and digits only (1 to 8), so numbers stay easy to read out.
    StoreError setCertificatePrefix(const QString& prefix);

    static constexpr const char* kCertificatePrefixKey = "certificates.number_prefix";

    // Minutes of inactivity before the screen locks (1 to 240; the default when
    // unset or unreadable).
    static inline const QString kScreenLockMinutes = QStringLiteral("screen_lock_minutes");
    static constexpr int kDefaultScreenLockMinutes = 15;
    StoreError screenLockMinutes(int* minutes) const;
    StoreError setScreenLockMinutes(qint64 actorId, int minutes);

    // Working days without contact before an adviser is asked whether a family
    // that had the information pursues mediation (QuietFamilyRule; 0 = never).
    static inline const QString kQuietFamilyWorkingDays = QStringLiteral("cases.quiet_family_working_days");
    StoreError quietFamilyWorkingDays(int* workingDays) const;
    // Administrators only (the user acting on the connection).
    StoreError setQuietFamilyWorkingDays(int workingDays);

private:
    QSqlDatabase m_db;
};
