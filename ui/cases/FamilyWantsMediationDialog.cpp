#include "cases/FamilyWantsMediationDialog.h"

#include "cases/ThirtyDayStartFields.h"
#include "common/DateLineEdit.h"
#include "domain/DateText.h"
#include "rules/MediationRequestRule.h"

#include <QFormLayout>

FamilyWantsMediationDialog::FamilyWantsMediationDialog(const QString& reference, const QDate& enquiryDate,
                                                       const QDate& today, bool fromEnquiry, QWidget* parent)
    : RecordedDayDialog(enquiryDate, today, tr("Date the family asked for mediation"), parent),
      m_start(new ThirtyDayStartFields(this))
{
    setWindowTitle(tr("Family wants mediation: %1").arg(reference));
    QString text = tr("The case moves to \"Mediation requested\" on the day the family said so. The "
                      "statutory 30 days for the meeting run from the day the council was told (the same "
                      "day unless you change it), or, for health-only mediation arranged by the integrated "
                      "care board, from the day the council told the board the issues.");
    if (fromEnquiry)
        text += QLatin1Char(' ') + tr("The case is still at \"Enquiry\": the mediation information is "
                                      "recorded as given the same day.");
    m_date->setToolTip(
        tr("Not before the enquiry (%1), not in the future").arg(DateText::shortDate(enquiryDate)));
    ThirtyDayStart start;
    start.councilTold = today;
    m_start->setValue(start);

    auto* form = new QFormLayout;
    addDateRow(form, tr("The family &asked on:"));
    m_start->addRows(form);
    addNoteRow(form, tr("Optional, such as \"Mum rang back after reading the leaflet\""));

    connect(m_date, &DateLineEdit::dateEdited, this, [this] {
        followAskedDate();
        showProblem();
    });
    connect(m_start, &ThirtyDayStartFields::councilToldEdited, this, [this] { m_councilToldEdited = true; });
    connect(m_start, &ThirtyDayStartFields::edited, this, &FamilyWantsMediationDialog::showProblem);
    finish(text, form, tr("&Record"), tr("Record that the family wants mediation"), 480);
    m_date->setFocus();
}

QDate FamilyWantsMediationDialog::requestedDate() const
{
    return m_date->date();
}

void FamilyWantsMediationDialog::setRequestedDate(const QDate& date)
{
    m_date->setDate(date);
    followAskedDate();
    showProblem();
}

void FamilyWantsMediationDialog::followAskedDate()
{
    // Until the person changes it, the council was told the day the family asked.
    if (!m_councilToldEdited)
        m_start->followCouncilTold(m_date->date());
}

ThirtyDayStart FamilyWantsMediationDialog::thirtyDayStart() const
{
    return m_start->value();
}

void FamilyWantsMediationDialog::setCouncilToldDate(const QDate& date)
{
    m_councilToldEdited = true;
    ThirtyDayStart start = m_start->value();
    start.councilTold = date;
    m_start->setValue(start);
    showProblem();
}

void FamilyWantsMediationDialog::setHealthOnlyIcb(bool healthOnly, const QDate& icbTold)
{
    ThirtyDayStart start = m_start->value();
    start.healthOnlyIcb = healthOnly;
    start.icbTold = icbTold;
    m_start->setValue(start);
    showProblem();
}

QString FamilyWantsMediationDialog::problem() const
{
    if (const QString typed = typedDateProblem(); !typed.isEmpty())
        return typed;
    if (const QString typed = m_start->fieldProblem(); !typed.isEmpty())
        return typed;
    const QString asked = MediationRequestRule::dateProblem(m_date->date(), m_enquiryDate, m_today);
    if (!asked.isEmpty())
        return asked;
    return MediationRequestRule::thirtyDayStartProblem(thirtyDayStart(), m_enquiryDate, m_today);
}
