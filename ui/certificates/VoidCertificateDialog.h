#pragma once

#include "domain/Certificate.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Voids an issued certificate: the reason (required) and, usually, a
// replacement issued at once from the case as it now stands.
class VoidCertificateDialog : public QDialog
{
    Q_OBJECT

public:
    VoidCertificateDialog(const Certificate& certificate, const QString& issuerName,
                          QWidget* parent = nullptr);

    QString reason() const;
    bool replace() const;
    QString issuerName() const;
    QString shownProblem() const;
    void accept() override;
    // Asks before discarding what was typed (common/DiscardGuard).
    void reject() override;

    QPlainTextEdit* reasonEdit() const { return m_reason; }

private:
    QPlainTextEdit* m_reason;
    QCheckBox* m_replace;
    QLineEdit* m_issuer;
    QLabel* m_problem;
};
