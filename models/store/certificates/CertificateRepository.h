#pragma once

#include "domain/Certificate.h"
#include "domain/User.h"
#include "rules/BankHolidayCalendar.h"
#include "rules/Deadline.h"
#include "store/certificates/CertificateRegisterQuery.h"
#include "store/infrastructure/StoreError.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <optional>

// Who issues: a user of the database who may issue certificates, named by
// their id or, without one, by their username in `name` (the command line's
// --issuer). The store refuses anybody else, so a certificate never names a
// free-text issuer; it prints the user's display name.
struct CertificateIssuer
{
    QString name;
    std::optional<qint64> userId;
    // Set by the store from the user's role ("supervisor"): what the
    // certificate prints as the issuer's role, never asked of the caller.
    QString role = {};
};

// A certificate as it would be issued now, for the supervisor to review: made
// by the same code as issuing (number, content and PDF) from the same inputs,
// and then forgotten (nothing is written, no number is used).
// issueReviewed() issues it only if the same inputs still give the same
// certificate, so what is stored is what was shown.
struct CertificatePreview
{
    qint64 caseId = 0;
    CertificatePart part = CertificatePart::Part1;
    CertificateIssuer issuer; // as resolved: the user's id and display name
    QDate issueDate;
    CertificateContent content;
    QByteArray pdf;
    QString inputsSha256; // the content and the letterhead it is printed on
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

    // The reads are CertificateRegisterQuery's.
    StoreError list(QList<Certificate>* certificates, std::optional<qint64> caseId = std::nullopt) const
    {
        return m_register.list(certificates, caseId);
    }
    StoreError listIssuedOn(const QDate& date, QList<Certificate>* certificates) const
    {
        return m_register.listIssuedOn(date, certificates);
    }
    StoreError load(qint64 id, Certificate* certificate) const { return m_register.load(id, certificate); }
    StoreError loadByNumber(const QString& number, Certificate* certificate) const
    {
        return m_register.loadByNumber(number, certificate);
    }
    StoreError loadPdf(qint64 id, QByteArray* pdf) const { return m_register.loadPdf(id, pdf); }
    StoreError due(QList<CertificateDueItem>* items, std::optional<qint64> caseId = std::nullopt) const
    {
        return m_register.due(items, caseId);
    }

    // A certificate issued outside the program before its case was imported
    // (CaseImport, issue 20), into the open transaction: in the register as
    // issued, with its number, Part and date, marked issued outside and
    // without content or PDF, so that the case stops waiting on that Part and
    // its appeal deadline counts from the date. `trigger` is the event the
    // Part followed (or the issue date when the file does not say). No
    // timeline entry (the import writes its own). The caller checked the
    // number is new and the actor may import.
    static StoreError recordIssuedOutsideInTransaction(QSqlDatabase db, qint64 caseId, CertificatePart part,
                                                       const QString& number, const QDate& issued,
                                                       const QDate& trigger);

    // The date the office is on, for the check that no certificate is dated
    // after it; the computer's date unless set (tests).
    void setToday(const QDate& today) { m_today = today; }

    // The active users who may issue certificates, by display name.
    StoreError issuers(QList<User>* users) const;

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
    // The certificate issueForCase would issue now, without issuing it.
    StoreError preview(qint64 caseId, std::optional<CertificatePart> part, const CertificateIssuer& issuer,
                       const QDate& issueDate, CertificatePreview* preview);
    // Issues what was reviewed; Invalid (nothing written) when anything it
    // prints has changed since (the case, the letterhead, the next number).
    StoreError issueReviewed(const CertificatePreview& reviewed, Certificate* issued = nullptr);
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
    StoreError insertDraftInTransaction(qint64 caseId, std::optional<CertificatePart> part,
                                        const CertificateIssuer& issuer, std::optional<qint64> replacesId,
                                        qint64* draftId);
    // With `reviewed`, refuses unless the certificate made is the one reviewed.
    StoreError issueInTransaction(qint64 draftId, const QDate& today, Certificate* issued,
                                  const CertificatePreview* reviewed = nullptr);
    StoreError resolveIssuer(const CertificateIssuer& issuer, CertificateIssuer* resolved) const;
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
    CertificateRegisterQuery m_register;
    QDate m_today;
};
