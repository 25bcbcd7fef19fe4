#pragma once

#include "common/RecordDialog.h"
#include "domain/TravelExpense.h"

class DateLineEdit;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class WorkContext;

// Records one journey the family claims for (rules/README.md section 3,
// "The family's travel expenses"), or corrects one recorded before: the
// date, who claims, where from and to, how they travelled, a car's miles
// (Work out fills the amount at the office's rate per mile), the amount,
// whether the receipt is held, and a note. Saving goes through
// TravelExpenseRepository; a refusal is shown in the dialog, which stays
// open with what was typed.
class TravelExpenseDialog : public RecordDialog
{
    Q_OBJECT

public:
    // `expense` with id 0 records a new journey on `caseId`.
    TravelExpenseDialog(WorkContext* context, qint64 caseId, const TravelExpense& expense,
                        QWidget* parent = nullptr);

    DateLineEdit* dateEdit() const { return m_date; }
    QLineEdit* claimantEdit() const { return m_claimant; }
    QLineEdit* descriptionEdit() const { return m_description; }
    QComboBox* modeBox() const { return m_mode; }
    QLineEdit* milesEdit() const { return m_miles; }
    QLineEdit* amountEdit() const { return m_amount; }
    QCheckBox* receiptBox() const { return m_receipt; }
    // The meeting travelled to: none, or one of the case's meetings (its id as data).
    QComboBox* meetingBox() const { return m_meeting; }
    // The expense saved (its id set once recorded).
    const TravelExpense& expense() const { return m_expense; }

    void accept() override;
    // Fills the amount from the miles at the office's rate per mile.
    void workOutAmount();

private:
    void showMode();

    WorkContext* m_context;
    TravelExpense m_expense;
    int m_pencePerMile = 45;
    DateLineEdit* m_date;
    QLineEdit* m_claimant;
    QLineEdit* m_description;
    QComboBox* m_mode;
    QComboBox* m_meeting;
    QLineEdit* m_miles;
    QPushButton* m_workOut;
    QLineEdit* m_amount;
    QCheckBox* m_receipt;
    QPlainTextEdit* m_note;
};
