#pragma once

#include "domain/CaseDetails.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class WorkContext;

// Merges a case entered twice into the one to keep (issue 12; supervisors
// only, as the store insists): offers the likely duplicates
// (DuplicateReferralQuery) or takes a reference, asks why, and says what
// will happen before it does it. The case shown is the one merged away: its
// timeline, invitees and meetings move, its certificates stay, and it is
// closed pointing at the kept case.
class CaseMergeDialog : public QDialog
{
    Q_OBJECT

public:
    CaseMergeDialog(WorkContext* context, const CaseDetails& mergedAway, QWidget* parent = nullptr);

    // The case kept, once merged; 0 until then.
    qint64 keptCaseId() const { return m_keptId; }
    QComboBox* candidates() const { return m_candidates; }
    QLineEdit* referenceEdit() const { return m_reference; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QString problemText() const;

    void accept() override;

private:
    WorkContext* m_context;
    CaseDetails m_mergedAway;
    QComboBox* m_candidates;
    QLineEdit* m_reference;
    QLineEdit* m_reason;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    qint64 m_keptId = 0;
};
