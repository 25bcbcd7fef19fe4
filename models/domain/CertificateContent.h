#pragma once

#include "domain/CertificatePart.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

// Everything one mediation certificate says (rules/README.md section 5), fixed at
// issue. Its canonical text is what the register keeps and hashes: the
// verification code printed on the PDF is the start of that hash, so anybody
// holding the register (or the canonical text) can check a paper copy, even
// though the PDF's own hash is only known once the PDF has been made.
struct CertificateContent
{
    QString number; // "CG-2026-000123"
    CertificatePart part = CertificatePart::Part1;
    QDate issueDate;
    QString caseReference;
    QString parentName; // the parent, or the young person who brought the case
    QString parentAddress;
    QString childName;
    QDate childDateOfBirth;
    QString councilName;
    QDate decisionNoticeDate;
    QString decision;  // the decision, and the plan sections in dispute
    QDate triggerDate; // the event the certificate records
    QString issuerName;
    QString issuerRole; // the issuer's role as printed: "Supervisor"
    // The statutory office it is issued in, as printed: "the mediator". Empty
    // in certificates issued before it was kept, whose canonical text has no
    // such key, so that their verification codes still match.
    QString issuedAs;
    QString providerName;
    QString providerContact; // address, phone, email, website, one per line
    QDate appealDeadline;
    QString appealRule;        // the rule that gives the appeal deadline
    QStringList appealWorking; // the steps that led to the date
    QString replacesNumber;    // the voided certificate this one replaces
    QString replacesReason;

    // Compact JSON with sorted keys and ISO dates: the same content always
    // gives the same bytes.
    QByteArray canonicalText() const;
    static bool fromCanonicalText(const QByteArray& text, CertificateContent* content);
    // Lower-case hex SHA-256 of canonicalText().
    QString sha256() const;
    // The first 12 hex digits of a SHA-256, grouped for reading aloud: "3f2a-91c0-5b7e".
    static QString shortHash(const QString& sha256);
    // "CG-2026-000123 3f2a-91c0-5b7e": the verification line and the QR code's text.
    static QString verificationText(const QString& number, const QString& sha256);
};
