#include "cases/RecordedDayDialog.h"

#include "common/DateLineEdit.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

RecordedDayDialog::RecordedDayDialog(const QDate& enquiryDate, const QDate& today, const QString& dateName,
                                     QWidget* parent)
    : CheckedDialog(parent), m_enquiryDate(enquiryDate), m_today(today), m_date(new DateLineEdit(this))
{
    m_date->setDate(today);
    m_date->setAccessibleName(dateName);
}

QString RecordedDayDialog::note() const
{
    return m_note->text().trimmed();
}

void RecordedDayDialog::addDateRow(QFormLayout* form, const QString& label)
{
    auto* dateLabel = new QLabel(label, this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, m_date);
}

void RecordedDayDialog::addNoteRow(QFormLayout* form, const QString& placeholder)
{
    m_note = new QLineEdit(this);
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(placeholder);
    form->addRow(tr("&Note:"), m_note);
}

QString RecordedDayDialog::typedDateProblem() const
{
    return m_date->isAcceptable() ? QString() : m_date->errorText();
}
