#pragma once

#include "store/cases/DuplicateReferralQuery.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

// Shown before a new referral is saved when cases already held look like it
// (issue 12): each with why it matches (the same child, or the same parent's
// phone or email with the same council). "Open that case" leaves the
// referral unsaved and opens the chosen case; "This is a new disagreement"
// saves the referral as a case of its own; "Back to the form" changes nothing.
class DuplicateReferralDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice
    {
        BackToForm = QDialog::Rejected,
        OpenExisting = QDialog::Accepted,
        NewDisagreement = 2,
    };

    DuplicateReferralDialog(const QList<DuplicateCase>& duplicates, QWidget* parent = nullptr);

    // The case chosen in the list (the first until another is chosen).
    qint64 chosenCaseId() const;
    QTableWidget* table() const { return m_table; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* backButton() const { return m_back; }

private:
    QList<DuplicateCase> m_duplicates;
    QTableWidget* m_table;
    QPushButton* m_open;
    QPushButton* m_new;
    QPushButton* m_back;
};
