#pragma once

#include "rules/StageMachine.h"

#include <QDate>
#include <QDialog>

class DateLineEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

// Moves a case to a stage: the date it happened and, for closing, why. A
// move the rules refuse says why (StageMachine::refusal) and is not made.
class StageMoveDialog : public QDialog
{
    Q_OBJECT

public:
    StageMoveDialog(Route route, CaseStage from, CaseStage to, const QDate& enquiryDate, const QDate& today,
                    QWidget* parent = nullptr);

    StageChange change() const;
    // Why the move cannot be made as it stands; empty when it can.
    QString refusal() const;
    QString shownRefusal() const;

    void accept() override;
    // Asks before discarding what was typed (common/DiscardGuard).
    void reject() override;

private:
    void update();

    Route m_route;
    CaseStage m_from;
    CaseStage m_to;
    QDate m_enquiryDate;
    QDate m_today;
    DateLineEdit* m_date;
    QPlainTextEdit* m_reason;
    QLabel* m_refusal;
    bool m_triedToSave = false;
};
