#pragma once

#include "store/certificates/CertificateRepository.h"

#include <QDialog>

class QLabel;
class QLineEdit;

// The supervisor's review before a certificate is issued: the case, the Part
// the rules propose and why, the event and the due-by date with its working,
// and the issuer's name. Issuing cannot be undone (only voided), so the
// button says so.
class IssueCertificateDialog : public QDialog
{
    Q_OBJECT

public:
    IssueCertificateDialog(const CertificateDueItem& item, const QDate& today, const QString& issuerName,
                           QWidget* parent = nullptr);

    QString issuerName() const;
    QString shownProblem() const;
    void accept() override;

private:
    QLineEdit* m_issuer;
    QLabel* m_problem;
    CertificatePart m_part;
};
