#pragma once

#include "domain/TribunalAppeal.h"

#include <QDialog>
#include <optional>

class DateLineEdit;
class QComboBox;
class QLabel;
class QLineEdit;
class WorkContext;

// Records that the family registered an appeal with the tribunal (issue 14):
// the date and how the provider learnt it, or takes off one recorded by
// mistake (with a reason). Saving goes through TribunalAppealRepository; a
// refusal is shown in the dialog, which stays open with what was typed.
class TribunalAppealDialog : public QDialog
{
    Q_OBJECT

public:
    TribunalAppealDialog(WorkContext* context, qint64 caseId, const std::optional<TribunalAppeal>& current,
                         QWidget* parent = nullptr);

    QString problemText() const;
    DateLineEdit* dateEdit() const { return m_date; }
    QComboBox* sourceBox() const { return m_source; }
    QLineEdit* removeReasonEdit() const { return m_removeReason; }

    void accept() override;
    // Takes the recorded appeal off (needs the reason typed); closes on success.
    void removeAppeal();

private:
    WorkContext* m_context;
    qint64 m_caseId;
    DateLineEdit* m_date;
    QComboBox* m_source;
    QLineEdit* m_removeReason;
    QLabel* m_problem;
};
