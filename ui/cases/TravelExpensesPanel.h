#pragma once

#include "common/RecordTable.h"

#include <QWidget>

class QLabel;
class QPushButton;
class TravelExpenseDialog;
class WorkContext;

// The Travel expenses tab of a case (rules/README.md section 3, "The
// family's travel expenses"): each journey the family claims for (date,
// journey, how, miles, receipt, amount) and the total; recording one,
// opening one to correct it (double-click or Edit), removing one (Delete,
// after asking), and the claim form for the council, printed or saved as a
// PDF.
class TravelExpensesPanel : public QWidget
{
    Q_OBJECT

public:
    TravelExpensesPanel(WorkContext* context, qint64 caseId, QWidget* parent = nullptr);

    void reload();
    int expenseCount() const;
    qint64 expenseIdAt(int row) const;
    QTableWidget* table() const { return m_table; }
    // "Total claimed: £18.03".
    QString totalText() const;
    // The dialogs open window-modal and return at once (tests drive them).
    TravelExpenseDialog* beginAdd();
    TravelExpenseDialog* beginEdit(qint64 expenseId);
    // Removes the selected journey after asking; false when nothing was removed.
    bool removeSelected();
    // The claim form as a PDF, empty (after saying why) when it cannot be made.
    QByteArray claimForm();
    // Asks where, then writes the claim form there; false when not written.
    bool saveClaimForm();
    void printClaimForm();

private:
    qint64 currentExpenseId() const;
    QByteArray claimForm(QString* reference);

    WorkContext* m_context;
    qint64 m_caseId;
    RecordTable* m_table;
    QLabel* m_total;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_print;
    QPushButton* m_save;
};
