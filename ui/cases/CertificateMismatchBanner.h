#pragma once

#include "domain/CaseDetails.h"
#include "rules/CaseCorrectionRules.h"

#include <QFrame>

class QDialog;
class QLabel;
class QPushButton;
class WorkContext;

// The case workspace's banner naming the issued certificates that printed a
// fact since corrected (issue 12), with Void and replace: what was issued is
// said to be out of date, never changed silently. Hidden when there are none.
class CertificateMismatchBanner : public QFrame
{
    Q_OBJECT

public:
    // Always within a case workspace, whose window the void dialog is modal to.
    CertificateMismatchBanner(WorkContext* context, QWidget* parent);

    // What the banner says; empty (and the banner hidden) when nothing is out of date.
    QString text() const;
    // Reads the case's certificates again and shows those that no longer match it.
    void setCase(const CaseDetails& details);
    // Voids the first such certificate and issues its replacement, after the
    // void dialog (window-modal, returning at once); null when there is none.
    QDialog* beginVoidAndReplace();

signals:
    // A certificate was voided (and perhaps replaced): the case changed.
    void certificateVoided();

private:
    WorkContext* m_context;
    CaseDetails m_details;
    QList<CaseCorrectionRules::CertificateMismatch> m_mismatches;
    QLabel* m_text;
    QPushButton* m_voidReplaceButton;
};
