#pragma once

#include "domain/ProviderDetails.h"
#include "store/StoreError.h"

#include <QSqlDatabase>
#include <QString>

// Office-wide settings in the settings table (key and text value), shared by
// every desk: the provider's details and the certificate number prefix.
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

private:
    QSqlDatabase m_db;
};
