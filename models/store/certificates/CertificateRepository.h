#pragma once

#include "domain/Certificate.h"
#include "rules/BankHolidayCalendar.h"
#include "rules/Deadline.h"
#include "store/infrastructure/StoreError.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <optional>

// A certificate the rules say a case needs and the register does not hold yet.
struct CertificateDueItem
{
    qint64 caseId = 0;
    QString caseReference;
    QString childName;
    CertificatePart part = CertificatePart::Part1;
    QDate triggerDate;
    Deadline dueBy;                // 3 working days from the trigger, with its working
    std::optional<qint64> draftId; // a draft already prepared for it
};

// Who issues, as the supervisor confirms it.
struct CertificateIssuer
{
    QString name;
    std::optional<qint64> userId;
};

// One certificate of a batch: the case, the Part (the rules propose it when not
// given), who issues it and the date of issue.
struct CertificateRequest
{
    qint64 caseId = 0;
    std::optional<CertificatePart> part;
    CertificateIssuer issuer;
    QDate issueDate;
};

// The certificate register (rules/README.md section 5). A certificate is issued once:
// its number is taken, its content fixed, its PDF made and stored with both
// hashes, all in one write transaction. After that the database's triggers
// refuse any edit but voiding (with a reason); a mistake is put right by
// voiding and issuing a replacement that names the voided number.
class CertificateRepository
{
public:
    // The calendar is the office's (BankHolidayRepository::load).
    CertificateRepository(QSqlDatabase db, BankHolidayCalendar calendar);

    // Newest first; for one case when caseId is given.
    StoreError list(QList<Certificate>* certificates, std::optional<qint64> caseId = std::nullopt) const;
    StoreError listIssuedOn(const QDate& date, QList<Certificate>* certificates) const;
    StoreError load(qint64 id, Certificate* certificate) const;
    StoreError loadByNumber(const QString& number, Certificate* certificate) const;
    // The PDF made at issue, byte for byte; NotFound for a draft.
    StoreError loadPdf(qint64 id, QByteArray* pdf) const;

    // What the open cases need, soonest due first.
    StoreError due(QList<CertificateDueItem>* items) const;

    // Prepares the certificate the rules propose for a case (Invalid when none
    // is due, when `part` is not the one due, or when one is issued already).
    StoreError createDraft(qint64 caseId, std::optional<CertificatePart> part,
                           const CertificateIssuer& issuer, qint64* draftId);
    StoreError deleteDraft(qint64 draftId);
    // Issues a draft dated `today`: number, content, PDF, hashes, a timeline entry.
    StoreError issue(qint64 draftId, const QDate& today, Certificate* issued = nullptr);
    // createDraft and issue in one go (the CLI and the screen's Issue button).
    StoreError issueForCase(qint64 caseId, std::optional<CertificatePart> part,
                            const CertificateIssuer& issuer, const QDate& today,
                            Certificate* issued = nullptr);
    // Issues several certificates in one write transaction: all or none. Numbers are
    // taken in the order given; the PDFs are made side by side on the machine's cores.
    StoreError issueBatch(const QList<CertificateRequest>& requests, QList<Certificate>* issued = nullptr);
    // Voids an issued certificate with a reason; with `replacementIssuer`, issues
    // in the same transaction a replacement from the case as it stands now,
    // naming the voided number.
    StoreError voidCertificate(qint64 id, const QString& reason, const QDate& today,
                               std::optional<CertificateIssuer> replacementIssuer = std::nullopt,
                               Certificate* replacement = nullptr);

private:
    StoreError selectWhere(const QString& condition, const QVariantList& binds,
                           QList<Certificate>* certificates) const;
    StoreError insertDraftInTransaction(qint64 caseId, std::optional<CertificatePart> part,
                                        const CertificateIssuer& issuer, std::optional<qint64> replacesId,
                                        qint64* draftId);
    StoreError issueInTransaction(qint64 draftId, const QDate& today, Certificate* issued);
    // The three steps of issuing, so that a batch reads the settings once and makes its
    // PDFs together: the checks, number and content; the PDF; the row and timeline entry.
    struct IssueSettings;
    struct PreparedIssue;
    StoreError loadIssueSettings(IssueSettings* settings) const;
    StoreError draftForCaseInTransaction(qint64 caseId, std::optional<CertificatePart> part,
                                         const CertificateIssuer& issuer, qint64* draftId);
    StoreError prepareIssueInTransaction(qint64 draftId, const QDate& today, const IssueSettings& settings,
                                         PreparedIssue* prepared);
    StoreError storeIssueInTransaction(const PreparedIssue& prepared, const QByteArray& pdf,
                                       Certificate* issued);

    QSqlDatabase m_db;
    BankHolidayCalendar m_calendar;
};
