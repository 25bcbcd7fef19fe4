#pragma once

#include "domain/Certificate.h"
#include "domain/User.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QComboBox;
class QPlainTextEdit;

// Voids an issued certificate: the reason (required) and, usually, a
// replacement issued at once from the case as it now stands.
class VoidCertificateDialog : public QDialog
{
    Q_OBJECT

public:
    // The replacement is issued by one of `issuers` (the users who may issue).
    VoidCertificateDialog(const Certificate& certificate, const QList<User>& issuers,
                          std::optional<qint64> defaultIssuerId, QWidget* parent = nullptr);

    QString reason() const;
    bool replace() const;
    std::optional<qint64> issuerId() const;
    QString shownProblem() const;
    void accept() override;
    // Asks before discarding what was typed (common/DiscardGuard).
    void reject() override;

    QPlainTextEdit* reasonEdit() const { return m_reason; }

private:
    QPlainTextEdit* m_reason;
    QCheckBox* m_replace;
    QComboBox* m_issuer;
    QLabel* m_problem;
};
