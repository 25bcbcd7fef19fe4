#pragma once

#include "domain/IssuingCapacity.h"
#include "domain/LetterTemplate.h"
#include "domain/ProviderDetails.h"
#include "store/infrastructure/StoreError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

// Office-wide settings in the settings table (key and text value), shared by
// every desk: the provider's details, the certificate number prefix and the
// screen lock. Anybody reads them; the screen lock is changed by
// administrators only (the others are set with the command line's `provider`).
//
// Every save stamps the keys it writes (schema 25: row version, who, when).
// A group of keys edited together is versioned by the sum of their row
// versions; a save given the version it read is refused (Kind::Conflict,
// naming who saved last and when) when another desk saved any of them since.
class SettingsRepository
{
public:
    explicit SettingsRepository(QSqlDatabase db);

    // The stored value, or `fallback` when the key is not set or empty.
    StoreError value(const QString& key, QString* value, const QString& fallback = {}) const;
    // An empty value is no value: reads give their fallback.
    StoreError setValue(const QString& key, const QString& value);
    // The version of `keys` together (0 when none is stored).
    StoreError version(const QStringList& keys, qint64* version) const;
    // Saves the values in one write transaction; with `loadedVersion`, only
    // when the keys' version is still that.
    StoreError setValues(const QList<std::pair<QString, QString>>& values,
                         std::optional<qint64> loadedVersion, const QString& noun);

    // Keys "provider.name", "provider.address", "provider.phone",
    // "provider.email", "provider.website", "provider.logo_png" (base64).
    // Saving checks `provider.rowVersion` (read by provider()).
    StoreError provider(ProviderDetails* provider) const;
    StoreError setProvider(const ProviderDetails& provider);

    // Certificate numbers read PREFIX-YEAR-NNNNNN; "CG" unless set.
    StoreError certificatePrefix(QString* prefix) const;
    // Letters and digits only (1 to 8), so numbers stay easy to read out.
    StoreError setCertificatePrefix(const QString& prefix);

    static constexpr const char* kCertificatePrefixKey = "certificates.number_prefix";

    // The office Part 2 certificates are issued in (CertificateRules::
    // issuingCapacity); the mediator unless set. Administrators only.
    static inline const QString kPart2IssuedAsKey = QStringLiteral("certificates.part2_issued_as");
    StoreError part2IssuedAs(IssuingCapacity* capacity) const;
    StoreError setPart2IssuedAs(IssuingCapacity capacity);

    // The provider's details, the certificate prefix and who issues Part 2,
    // saved together or not at all (Settings > Provider).
    StoreError setProviderSettings(const ProviderDetails& provider, const QString& certificatePrefix,
                                   IssuingCapacity part2IssuedAs);

    // Minutes of inactivity before the screen locks (1 to 240; the default when
    // unset or unreadable).
    static inline const QString kScreenLockMinutes = QStringLiteral("screen_lock_minutes");
    static constexpr int kDefaultScreenLockMinutes = 15;
    // `version`, when given, is the setting's, for saving it back.
    StoreError screenLockMinutes(int* minutes, qint64* version = nullptr) const;
    StoreError setScreenLockMinutes(qint64 actorId, int minutes, std::optional<qint64> loadedVersion = {});

    // Working days without contact before an adviser is asked whether a family
    // that had the information pursues mediation (QuietFamilyRule; 0 = never).
    static inline const QString kQuietFamilyWorkingDays = QStringLiteral("cases.quiet_family_working_days");
    StoreError quietFamilyWorkingDays(int* workingDays, qint64* version = nullptr) const;
    // Administrators only (the user acting on the connection).
    StoreError setQuietFamilyWorkingDays(int workingDays, std::optional<qint64> loadedVersion = {});

    // The office's wording of a kind of letter (keys "letters.KIND.subject"
    // and ".body"), the standard wording where none is saved; its rowVersion
    // is the keys' version, for saving it back.
    StoreError letterTemplate(LetterKind kind, LetterTemplate* letter) const;
    // Administrators only (the user acting on the connection). Refused, naming
    // each, when it has an unknown placeholder or a stray brace
    // (rules/LetterPlaceholders), and when another desk saved it since it was read.
    StoreError setLetterTemplate(const LetterTemplate& letter);

private:
    QSqlDatabase m_db;
};
