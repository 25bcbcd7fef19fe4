#pragma once

#include "domain/Activity.h"

#include <QDate>
#include <QDialog>

class DateLineEdit;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimeEdit;

// Logs a call, email, letter or note on a case's timeline: when, a one-line
// summary, the detail, and whether it is confidential. On a mediation case
// still at enquiry it also asks whether the entry gave the family the
// mediation information: saved so, the case moves to "information given" on
// the entry's date (CaseRepository::recordInformationGiven).
class LogActivityDialog : public QDialog
{
    Q_OBJECT

public:
    // `offerInformationGiven` shows the "gave the mediation information" choice.
    LogActivityDialog(ActivityKind kind, const QDate& today, QWidget* parent = nullptr,
                      bool offerInformationGiven = false);

    // The entry as filled in (no case, author or id yet).
    Activity activity() const;
    // What must be fixed before it can be saved; empty when nothing.
    QString problem() const;
    // Whether the entry records the mediation information given (only when offered).
    bool informationGiven() const;
    void setInformationGiven(bool given);

    void accept() override;
    // Asks before discarding what was typed (common/DiscardGuard).
    void reject() override;

private:
    QComboBox* m_kind;
    DateLineEdit* m_date;
    QTimeEdit* m_time;
    QLineEdit* m_summary;
    QPlainTextEdit* m_body;
    QCheckBox* m_confidential;
    QCheckBox* m_informationGiven;
    QLabel* m_problem;
    QDate m_today;
};
