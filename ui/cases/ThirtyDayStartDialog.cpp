#include "cases/ThirtyDayStartDialog.h"

#include "cases/ThirtyDayStartFields.h"
#include "rules/MediationRequestRule.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

ThirtyDayStartDialog::ThirtyDayStartDialog(const QString& reference, const ThirtyDayStart& current,
                                           const QDate& enquiryDate, const QDate& today, QWidget* parent)
    : CheckedDialog(parent), m_current(current), m_enquiryDate(enquiryDate), m_today(today),
      m_start(new ThirtyDayStartFields(this)), m_reason(new QLineEdit(this))
{
    setWindowTitle(tr("Correct the start of the 30 days: %1").arg(reference));
    m_start->setValue(current);
    m_reason->setAccessibleName(tr("Reason for the correction"));
    m_reason->setPlaceholderText(tr("Such as \"The council's email of 3 Nov was found\""));

    auto* form = new QFormLayout;
    m_start->addRows(form);
    auto* reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);

    connect(m_start, &ThirtyDayStartFields::edited, this, &ThirtyDayStartDialog::showProblem);
    connect(m_reason, &QLineEdit::textEdited, this, &ThirtyDayStartDialog::showProblem);
    finish(tr("The statutory 30 days for the meeting run from the day the council was told the family "
              "wishes to mediate or, for health-only mediation arranged by the integrated care board, from "
              "the day the council told the board the issues. The deadlines are worked out again from what "
              "you correct here."),
           form, tr("C&orrect"), tr("Correct the start of the 30 days"), 520);
    m_start->firstField()->setFocus();
}

ThirtyDayStart ThirtyDayStartDialog::thirtyDayStart() const
{
    return m_start->value();
}

void ThirtyDayStartDialog::setCouncilToldDate(const QDate& date)
{
    ThirtyDayStart start = m_start->value();
    start.councilTold = date;
    m_start->setValue(start);
    showProblem();
}

void ThirtyDayStartDialog::setHealthOnlyIcb(bool healthOnly, const QDate& icbTold)
{
    ThirtyDayStart start = m_start->value();
    start.healthOnlyIcb = healthOnly;
    start.icbTold = icbTold;
    m_start->setValue(start);
    showProblem();
}

QString ThirtyDayStartDialog::reason() const
{
    return m_reason->text().trimmed();
}

void ThirtyDayStartDialog::setReason(const QString& reason)
{
    m_reason->setText(reason);
    showProblem();
}

QString ThirtyDayStartDialog::problem() const
{
    if (const QString typed = m_start->fieldProblem(); !typed.isEmpty())
        return typed;
    const ThirtyDayStart start = thirtyDayStart();
    if (const QString problem = MediationRequestRule::thirtyDayStartProblem(start, m_enquiryDate, m_today);
        !problem.isEmpty())
        return problem;
    if (start == m_current)
        return tr("Nothing has changed: change a date, or cancel.");
    if (reason().isEmpty())
        return tr("Give a reason for the correction.");
    return {};
}
