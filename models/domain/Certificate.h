#pragma once

#include "domain/CertificateContent.h"
#include "domain/CertificatePart.h"

#include <QDate>
#include <QString>
#include <optional>

// Where a certificate stands in the register. The strings are the values of
// certificates.status.
enum class CertificateStatus
{
    Draft,  // prepared, not yet issued: no number, no PDF
    Issued, // numbered, its PDF made; never edited again
    Voided, // withdrawn with a reason; a replacement may name it
};

QString certificateStatusToString(CertificateStatus status);
std::optional<CertificateStatus> certificateStatusFromString(const QString& text);
// For people: "Issued".
QString certificateStatusTitle(CertificateStatus status);

// The issuer's role as kept in certificates.issuer_role: their user role
// ("supervisor"), or the statutory role recorded before user roles were kept.
QString certificateIssuerRoleTitle(const QString& role);
// The issuer's role as a certificate prints it, in English whatever the desk's
// language (the statutory documents are in English): "supervisor" gives
// "Supervisor", "mediator" "Mediator", "mediation_adviser" "Mediation adviser".
QString certificateIssuerRoleText(const QString& role);

// One row of the certificate register.
struct Certificate
{
    qint64 id = 0;
    QString number; // empty for a draft
    CertificatePart part = CertificatePart::Part1;
    qint64 caseId = 0;
    QString caseReference;
    CertificateStatus status = CertificateStatus::Draft;
    QDate triggerDate;
    QDate issueDate;
    std::optional<qint64> issuerId;
    QString issuerName;
    QString issuerRole; // "mediation_adviser" or "mediator"
    QString voidReason;
    QDate voidedOn;
    std::optional<qint64> replacesId;
    QString replacesNumber;   // the voided certificate this one replaces
    QString replacedByNumber; // for a voided one: its replacement, if any
    QString pdfSha256;
    QString contentSha256;
    CertificateContent content; // empty for a draft
    // Issued outside the program before its case was imported (issue 20):
    // the register holds its number and date, never its content or PDF.
    bool issuedOutside = false;
};
