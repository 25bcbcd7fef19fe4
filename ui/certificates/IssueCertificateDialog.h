#pragma once

#include "store/certificates/CertificateRepository.h"

#include <QDialog>
#include <functional>

class PdfPagesView;
class QComboBox;
class QLabel;
class QPushButton;

// The supervisor's review before a certificate is issued: the case, the Part
// the rules propose and why, the event and the due-by date with its working,
// who issues it (a user who may issue), and beside them the certificate
// itself: the PDF that issuing will store, made by the store's own issuing
// code from the same inputs (CertificateRepository::preview). Issue issues
// exactly that (issueReviewed), or is refused if anything it prints changed
// meanwhile. Issuing cannot be undone (only voided), so the button says so.
class IssueCertificateDialog : public QDialog
{
    Q_OBJECT

public:
    // Makes the certificate as it would be issued by `issuer`.
    using PreviewMaker =
        std::function<StoreError(const CertificateIssuer& issuer, CertificatePreview* preview)>;

    IssueCertificateDialog(const CertificateDueItem& item, const QDate& today, const QList<User>& issuers,
                           std::optional<qint64> defaultIssuerId, PreviewMaker makePreview,
                           QWidget* parent = nullptr);

    // The certificate as shown; what Issue issues.
    const CertificatePreview& reviewed() const { return m_reviewed; }
    std::optional<qint64> issuerId() const;
    QComboBox* issuerChoice() const { return m_issuer; }
    PdfPagesView* pages() const { return m_pages; }
    QString shownProblem() const;
    // Stays open, saying why, while there is no certificate to issue.
    void accept() override;

private:
    void refreshPreview();

    PreviewMaker m_makePreview;
    CertificatePreview m_reviewed;
    QComboBox* m_issuer;
    PdfPagesView* m_pages;
    QLabel* m_caption;
    QLabel* m_problem;
    QPushButton* m_issueButton;
};
