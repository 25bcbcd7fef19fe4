#include "domain/CertificateContent.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
} // namespace

QByteArray CertificateContent::canonicalText() const
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    QJsonObject o;
    o.insert(QStringLiteral("number"), number);
    o.insert(QStringLiteral("part"), certificatePartToInt(part));
    o.insert(QStringLiteral("issue_date"), isoDate(issueDate));
    o.insert(QStringLiteral("case_reference"), caseReference);
    o.insert(QStringLiteral("parent_name"), parentName);
    o.insert(QStringLiteral("parent_address"), parentAddress);
    o.insert(QStringLiteral("child_name"), childName);
    o.insert(QStringLiteral("child_date_of_birth"), isoDate(childDateOfBirth));
    o.insert(QStringLiteral("council"), councilName);
    o.insert(QStringLiteral("decision_notice_date"), isoDate(decisionNoticeDate));
    o.insert(QStringLiteral("decision"), decision);
    o.insert(QStringLiteral("trigger_date"), isoDate(triggerDate));
    o.insert(QStringLiteral("issuer_name"), issuerName);
    o.insert(QStringLiteral("issuer_role"), issuerRole);
    o.insert(QStringLiteral("provider_name"), providerName);
    o.insert(QStringLiteral("provider_contact"), providerContact);
    o.insert(QStringLiteral("appeal_deadline"), isoDate(appealDeadline));
    o.insert(QStringLiteral("appeal_rule"), appealRule);
    o.insert(QStringLiteral("appeal_working"), QJsonArray::fromStringList(appealWorking));
    o.insert(QStringLiteral("replaces_number"), replacesNumber);
    o.insert(QStringLiteral("replaces_reason"), replacesReason);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool CertificateContent::fromCanonicalText(const QByteArray& text, CertificateContent* c)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject o = document.object();
    const auto part = certificatePartFromInt(o.value(QStringLiteral("part")).toInt());
    if (!part)
        return false;
    auto str = [&](const char* key) {
        return o.value(QLatin1String(key)).toString();
    };
    auto date = [&](const char* key) {
        return QDate::fromString(str(key), Qt::ISODate);
    };
    c->number = str("number");
    c->part = *part;
    c->issueDate = date("issue_date");
    c->caseReference = str("case_reference");
    c->parentName = str("parent_name");
    c->parentAddress = str("parent_address");
    c->childName = str("child_name");
    c->childDateOfBirth = date("child_date_of_birth");
    c->councilName = str("council");
    c->decisionNoticeDate = date("decision_notice_date");
    c->decision = str("decision");
    c->triggerDate = date("trigger_date");
    c->issuerName = str("issuer_name");
    c->issuerRole = str("issuer_role");
    c->providerName = str("provider_name");
    c->providerContact = str("provider_contact");
    c->appealDeadline = date("appeal_deadline");
    c->appealRule = str("appeal_rule");
    c->appealWorking.clear();
    for (const QJsonValue& step : o.value(QStringLiteral("appeal_working")).toArray())
        c->appealWorking << step.toString();
    c->replacesNumber = str("replaces_number");
    c->replacesReason = str("replaces_reason");
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
