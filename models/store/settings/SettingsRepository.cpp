#include "store/settings/SettingsRepository.h"

#include "rules/ContactDetailsRules.h"
#include "rules/LetterPlaceholders.h"
#include "rules/Permissions.h"
#include "rules/QuietFamilyRule.h"
#include "store/access/AccessGuard.h"
#include "store/infrastructure/RowVersion.h"
#include "store/infrastructure/StoreQuery.h"
#include "store/infrastructure/WriteTransaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace {
const QStringList kProviderKeys = {QStringLiteral("provider.name"),    QStringLiteral("provider.address"),
                                   QStringLiteral("provider.phone"),   QStringLiteral("provider.email"),
                                   QStringLiteral("provider.website"), QStringLiteral("provider.logo_png")};

// An IN list of `count` placeholders.
QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QStringLiteral(", "));
}

QStringList letterKeys(LetterKind kind)
{
    const QString prefix = QStringLiteral("letters.") + letterKindToString(kind);
    return {prefix + QStringLiteral(".subject"), prefix + QStringLiteral(".body")};
}
} // namespace

SettingsRepository::SettingsRepository(QSqlDatabase db) : m_db(std::move(db)) {}

StoreError SettingsRepository::value(const QString& key, QString* value, const QString& fallback) const
{
    StoreQuery query(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.bind(key);
    if (StoreError error = query.exec(QStringLiteral("Could not read the settings")))
        return error;
    *value = query.next() ? query.value(0).toString() : QString();
    if (value->isEmpty())
        *value = fallback;
    return {};
}

StoreError SettingsRepository::setValue(const QString& key, const QString& value)
{
    return setValues({{key, value}}, std::nullopt, QStringLiteral("setting"));
}

StoreError SettingsRepository::version(const QStringList& keys, qint64* version) const
{
    StoreQuery query(m_db,
                     QStringLiteral("SELECT COALESCE(SUM(row_version), 0) FROM settings WHERE key IN (%1)")
                         .arg(placeholders(keys.size())));
    for (const QString& key : keys)
        query.bind(key);
    QVariant sum;
    if (StoreError error = query.readValue(QStringLiteral("Could not read the settings"), &sum))
        return error;
    *version = sum.toLongLong();
    return {};
}

StoreError SettingsRepository::setValues(const QList<std::pair<QString, QString>>& values,
                                         std::optional<qint64> loadedVersion, const QString& noun)
{
    const QString context = QStringLiteral("Could not save the %1").arg(noun);
    return WriteTransaction::run(m_db, [&]() -> StoreError {
        if (loadedVersion) {
            QStringList keys;
            for (const auto& [key, value] : values)
                keys.append(key);
            qint64 current = 0;
            if (StoreError error = version(keys, &current))
                return error;
            if (current != *loadedVersion) {
                // Versions only rise, so the keys saved last tell who and when.
                StoreQuery last(
                    m_db,
                    QStringLiteral("SELECT u.display_name, s.changed_at FROM settings s "
                                   "LEFT JOIN users u ON u.id = s.changed_by "
                                   "WHERE s.key IN (%1) ORDER BY s.changed_at IS NULL, s.changed_at DESC")
                        .arg(placeholders(keys.size())));
                for (const QString& key : keys)
                    last.bind(key);
                if (StoreError error = last.exec(context))
                    return error;
                if (!last.next())
                    return RowVersion::changedElsewhere(noun, {}, {});
                return RowVersion::changedElsewhere(noun, last.value(0).toString(), last.value(1));
            }
        }
        for (const auto& [key, value] : values) {
            StoreQuery query(
                m_db, QStringLiteral("INSERT INTO settings (key, value, changed_by, changed_at) "
                                     "VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                                     "value = excluded.value, row_version = settings.row_version + 1, "
                                     "changed_by = excluded.changed_by, changed_at = excluded.changed_at"));
            // Never NULL: an empty text is a value read as unset (value()).
            query.bind(key, value.isNull() ? QStringLiteral("") : value);
            if (StoreError error = RowVersion::bindStamp(m_db, query))
                return error;
            if (StoreError error = query.exec(context))
                return error;
        }
        return {};
    });
}

StoreError SettingsRepository::provider(ProviderDetails* p) const
{
    QString logo;
    QList<QString*> into = {&p->name, &p->address, &p->phone, &p->email, &p->website, &logo};
    for (qsizetype i = 0; i < kProviderKeys.size(); ++i) {
        if (StoreError error = value(kProviderKeys.at(i), into.at(i)))
            return error;
    }
    p->logoPng = QByteArray::fromBase64(logo.toLatin1());
    return version(kProviderKeys, &p->rowVersion);
}

StoreError SettingsRepository::setProvider(const ProviderDetails& p)
{
    if (StoreError error = AccessGuard(m_db).require(Action::ManageSettings))
        return error;
    // The letterhead is printed on every certificate and letter: what cannot
    // be a phone number, email address or website is refused, and what can is
    // kept in one written form.
    QString phone = p.phone.trimmed();
    QString email = p.email.trimmed();
    QStringList problems;
    if (!phone.isEmpty()) {
        const ContactDetailsRules::PhoneNumber checked = ContactDetailsRules::checkPhone(phone);
        if (checked.isValid())
            phone = checked.national;
        else
            problems << QStringLiteral("Phone: %1").arg(checked.problem);
    }
    if (!email.isEmpty()) {
        if (const QString problem = ContactDetailsRules::emailProblem(email); !problem.isEmpty())
            problems << QStringLiteral("Email: %1").arg(problem);
        else
            email = ContactDetailsRules::normaliseEmail(email);
    }
    if (!p.website.trimmed().isEmpty()) {
        if (const QString problem = ContactDetailsRules::websiteProblem(p.website.trimmed());
            !problem.isEmpty())
            problems << QStringLiteral("Website: %1").arg(problem);
    }
    if (!problems.isEmpty())
        return StoreError::invalid(problems);
    const QString logo = QString::fromLatin1(p.logoPng.toBase64());
    const QStringList texts = {p.name, p.address, phone, email, p.website, logo};
    QList<std::pair<QString, QString>> values;
    for (qsizetype i = 0; i < kProviderKeys.size(); ++i)
        values.append({kProviderKeys.at(i), texts.at(i).trimmed()});
    return setValues(values, p.rowVersion, QStringLiteral("provider's details"));
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

StoreError SettingsRepository::part2IssuedAs(IssuingCapacity* capacity) const
{
    QString text;
    if (StoreError error = value(kPart2IssuedAsKey, &text))
        return error;
    // A value this version does not know (written by a newer one) reads as
    // the default rather than failing every certificate.
    *capacity = issuingCapacityFromString(text).value_or(IssuingCapacity::Mediator);
    return {};
}

StoreError SettingsRepository::setPart2IssuedAs(IssuingCapacity capacity)
{
    if (StoreError error = AccessGuard(m_db).require(Action::ManageSettings))
        return error;
    return setValue(kPart2IssuedAsKey, issuingCapacityToString(capacity));
}

StoreError SettingsRepository::setProviderSettings(const ProviderDetails& provider,
                                                   const QString& certificatePrefix,
                                                   IssuingCapacity part2IssuedAs)
{
    return WriteTransaction::run(m_db, [&]() -> StoreError {
        if (StoreError error = setCertificatePrefix(certificatePrefix))
            return error;
        if (StoreError error = setPart2IssuedAs(part2IssuedAs))
            return error;
        return setProvider(provider);
    });
}

StoreError SettingsRepository::screenLockMinutes(int* minutes, qint64* version) const
{
    *minutes = kDefaultScreenLockMinutes;
    if (version) {
        if (StoreError error = this->version({kScreenLockMinutes}, version))
            return error;
    }
    QString stored;
    if (StoreError error = value(kScreenLockMinutes, &stored))
        return error;
    bool ok = false;
    const int number = stored.toInt(&ok);
    if (ok && number >= 1 && number <= 240)
        *minutes = number;
    return {};
}

StoreError SettingsRepository::setScreenLockMinutes(qint64 actorId, int minutes,
                                                    std::optional<qint64> loadedVersion)
{
    if (StoreError error = AccessGuard(m_db).require(actorId, Action::ManageSettings))
        return error;
    if (minutes < 1 || minutes > 240)
        return StoreError::invalid(QCoreApplication::translate(
            "SettingsRepository", "The screen lock needs between 1 and 240 minutes."));
    return setValues({{kScreenLockMinutes, QString::number(minutes)}}, loadedVersion,
                     QStringLiteral("screen lock setting"));
}

StoreError SettingsRepository::quietFamilyWorkingDays(int* workingDays, qint64* version) const
{
    *workingDays = QuietFamilyRule::kDefaultWorkingDays;
    if (version) {
        if (StoreError error = this->version({kQuietFamilyWorkingDays}, version))
            return error;
    }
    QString stored;
    if (StoreError error = value(kQuietFamilyWorkingDays, &stored))
        return error;
    bool ok = false;
    const int number = stored.toInt(&ok);
    if (ok && QuietFamilyRule::isValidSetting(number))
        *workingDays = number;
    return {};
}

StoreError SettingsRepository::setQuietFamilyWorkingDays(int workingDays, std::optional<qint64> loadedVersion)
{
    if (StoreError error = AccessGuard(m_db).require(Action::ManageSettings))
        return error;
    if (!QuietFamilyRule::isValidSetting(workingDays))
        return StoreError::invalid(
            QCoreApplication::translate("SettingsRepository",
                                        "Ask about a quiet family after 0 to %1 working days "
                                        "(0 never asks).")
                .arg(QuietFamilyRule::kMaxWorkingDays));
    return setValues({{kQuietFamilyWorkingDays, QString::number(workingDays)}}, loadedVersion,
                     QStringLiteral("quiet family setting"));
}

StoreError SettingsRepository::letterTemplate(LetterKind kind, LetterTemplate* letter) const
{
    const LetterTemplate standard = LetterTemplate::standard(kind);
    *letter = standard;
    const QStringList keys = letterKeys(kind);
    if (StoreError error = value(keys.at(0), &letter->subject, standard.subject))
        return error;
    if (StoreError error = value(keys.at(1), &letter->body, standard.body))
        return error;
    return version(keys, &letter->rowVersion);
}

StoreError SettingsRepository::setLetterTemplate(const LetterTemplate& letter)
{
    if (StoreError error = AccessGuard(m_db).require(Action::ManageSettings))
        return error;
    if (const QStringList problems = LetterPlaceholders::problems(letter); !problems.isEmpty())
        return StoreError::invalid(problems);
    const QStringList keys = letterKeys(letter.kind);
    return setValues({{keys.at(0), letter.subject.trimmed()}, {keys.at(1), letter.body}}, letter.rowVersion,
                     QStringLiteral("letter template"));
}
