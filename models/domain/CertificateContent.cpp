#include "domain/CertificateContent.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
// The canonical text's keys, each beside the field it holds: written once, so
// that writing and reading the text cannot disagree. The part and the appeal
// working, which are not plain text or dates, are read and written by hand.
struct TextField
{
    const char* key;
    QString CertificateContent::*field;
};
constexpr TextField kTextFields[] = {
    {"number", &CertificateContent::number},
    {"case_reference", &CertificateContent::caseReference},
    {"parent_name", &CertificateContent::parentName},
    {"parent_address", &CertificateContent::parentAddress},
    {"child_name", &CertificateContent::childName},
    {"council", &CertificateContent::councilName},
    {"decision", &CertificateContent::decision},
    {"issuer_name", &CertificateContent::issuerName},
    {"issuer_role", &CertificateContent::issuerRole},
    {"provider_name", &CertificateContent::providerName},
    {"provider_contact", &CertificateContent::providerContact},
    {"appeal_rule", &CertificateContent::appealRule},
    {"replaces_number", &CertificateContent::replacesNumber},
    {"replaces_reason", &CertificateContent::replacesReason},
};

// Dates as ISO text; a date not set is the empty text.
struct DateField
{
    const char* key;
    QDate CertificateContent::*field;
};
constexpr DateField kDateFields[] = {
    {"issue_date", &CertificateContent::issueDate},
    {"child_date_of_birth", &CertificateContent::childDateOfBirth},
    {"decision_notice_date", &CertificateContent::decisionNoticeDate},
    {"trigger_date", &CertificateContent::triggerDate},
    {"appeal_deadline", &CertificateContent::appealDeadline},
};

constexpr QLatin1String kPartKey("part");
// Written only when set (see CertificateContent::issuedAs).
constexpr QLatin1String kIssuedAsKey("issued_as");
constexpr QLatin1String kAppealWorkingKey("appeal_working");
} // namespace

QByteArray CertificateContent::canonicalText() const
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    QJsonObject o;
    for (const TextField& field : kTextFields)
        o.insert(QLatin1String(field.key), this->*field.field);
    for (const DateField& field : kDateFields) {
        const QDate& value = this->*field.field;
        o.insert(QLatin1String(field.key), value.isValid() ? value.toString(Qt::ISODate) : QString());
    }
    o.insert(kPartKey, certificatePartToInt(part));
    o.insert(kAppealWorkingKey, QJsonArray::fromStringList(appealWorking));
    if (!issuedAs.isEmpty())
        o.insert(kIssuedAsKey, issuedAs);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool CertificateContent::fromCanonicalText(const QByteArray& text, CertificateContent* c)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject o = document.object();
    const auto part = certificatePartFromInt(o.value(kPartKey).toInt());
    if (!part)
        return false;
    c->part = *part;
    for (const TextField& field : kTextFields)
        c->*field.field = o.value(QLatin1String(field.key)).toString();
    for (const DateField& field : kDateFields)
        c->*field.field = QDate::fromString(o.value(QLatin1String(field.key)).toString(), Qt::ISODate);
    c->issuedAs = o.value(kIssuedAsKey).toString();
    c->appealWorking.clear();
    for (const QJsonValue& step : o.value(kAppealWorkingKey).toArray())
        c->appealWorking << step.toString();
    return true;
}

QString CertificateContent::sha256() const
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalText(), QCryptographicHash::Sha256).toHex());
}

QString CertificateContent::shortHash(const QString& sha256)
{
    const QString head = sha256.left(12);
    return head.left(4) + QLatin1Char('-') + head.mid(4, 4) + QLatin1Char('-') + head.mid(8, 4);
}

QString CertificateContent::verificationText(const QString& number, const QString& sha256)
{
    return number + QLatin1Char(' ') + shortHash(sha256);
}
