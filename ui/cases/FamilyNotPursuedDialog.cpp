#include "cases/FamilyNotPursuedDialog.h"

#include "common/DateLineEdit.h"
#include "domain/DateText.h"
#include "rules/MediationRequestRule.h"

#include <QFormLayout>

FamilyNotPursuedDialog::FamilyNotPursuedDialog(const QString& reference, const QDate& enquiryDate,
                                               const QDate& informationGiven, const QDate& today,
                                               QWidget* parent)
    : RecordedDayDialog(enquiryDate, today, tr("Date you recorded that the family did not pursue mediation"),
                        parent),
      m_informationGiven(informationGiven)
{
    setWindowTitle(tr("Family did not pursue mediation: %1").arg(reference));
    const QDate earliest = informationGiven.isValid() ? informationGiven : enquiryDate;
    m_date->setToolTip(tr("Not before the information was given (%1), not in the future")
                           .arg(DateText::shortDate(earliest)));
    connect(m_date, &DateLineEdit::dateEdited, this, &FamilyNotPursuedDialog::showProblem);

    auto* form = new QFormLayout;
    addDateRow(form, tr("&Recorded on:"));
    addNoteRow(form, tr("Optional, such as \"No reply to two calls and a letter\""));
    finish(tr("The family had the mediation information and has not pursued mediation. The case moves to "
              "\"Not pursuing mediation\" on the day you record, and the Part 1 certificate is due within 3 "
              "working days of it. The family may still ask for mediation afterwards."),
           form, tr("Recor&d"), tr("Record that the family did not pursue mediation"), 480);
    m_date->setFocus();
}

QDate FamilyNotPursuedDialog::recordedDate() const
{
    return m_date->date();
}

void FamilyNotPursuedDialog::setRecordedDate(const QDate& date)
{
    m_date->setDate(date);
    showProblem();
}

QString FamilyNotPursuedDialog::problem() const
{
    if (const QString typed = typedDateProblem(); !typed.isEmpty())
        return typed;
    return MediationRequestRule::notPursuedDateProblem(m_date->date(), m_enquiryDate, m_informationGiven,
                                                       m_today);
}
