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
// summary, the detail, and whether it is confidential.
class LogActivityDialog : public QDialog
{
    Q_OBJECT

public:
    LogActivityDialog(ActivityKind kind, const QDate& today, QWidget* parent = nullptr);

    // The entry as filled in (no case, author or id yet).
    Activity activity() const;
    // What must be fixed before it can be saved; empty when nothing.
    QString problem() const;

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
    QLabel* m_problem;
    QDate m_today;
};
