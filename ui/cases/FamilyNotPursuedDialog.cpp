#include "cases/FamilyNotPursuedDialog.h"

#include "common/DateLineEdit.h"
#include "domain/DateText.h"
#include "rules/MediationRequestRule.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

FamilyNotPursuedDialog::FamilyNotPursuedDialog(const QString& reference, const QDate& enquiryDate,
                                               const QDate& informationGiven, const QDate& today,
                                               QWidget* parent)
    : CheckedDialog(parent), m_enquiryDate(enquiryDate), m_informationGiven(informationGiven), m_today(today),
      m_date(new DateLineEdit(this)), m_note(new QLineEdit(this))
{
    setWindowTitle(tr("Family did not pursue mediation: %1").arg(reference));
    m_date->setDate(today);
    m_date->setAccessibleName(tr("Date you recorded that the family did not pursue mediation"));
    const QDate earliest = informationGiven.isValid() ? informationGiven : enquiryDate;
    m_date->setToolTip(tr("Not before the information was given (%1), not in the future")
                           .arg(DateText::shortDate(earliest)));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Optional, such as \"No reply to two calls and a letter\""));
    connect(m_date, &DateLineEdit::dateEdited, this, &FamilyNotPursuedDialog::showProblem);

    auto* form = new QFormLayout;
    auto* recordedLabel = new QLabel(tr("&Recorded on:"), this);
    recordedLabel->setBuddy(m_date);
    form->addRow(recordedLabel, m_date);
    form->addRow(tr("&Note:"), m_note);
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

QString FamilyNotPursuedDialog::note() const
{
    return m_note->text().trimmed();
}

void FamilyNotPursuedDialog::setRecordedDate(const QDate& date)
{
    m_date->setDate(date);
    showProblem();
}

QString FamilyNotPursuedDialog::problem() const
{
    if (!m_date->isAcceptable())
        return m_date->errorText();
    return MediationRequestRule::notPursuedDateProblem(m_date->date(), m_enquiryDate, m_informationGiven,
                                                       m_today);
}
