#include "cases/FamilyNotPursuedDialog.h"

#include "common/DateLineEdit.h"
#include "common/DiscardGuard.h"
#include "domain/DateText.h"
#include "rules/MediationRequestRule.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

FamilyNotPursuedDialog::FamilyNotPursuedDialog(const QString& reference, const QDate& enquiryDate,
                                               const QDate& informationGiven, const QDate& today,
                                               QWidget* parent)
    : QDialog(parent), m_enquiryDate(enquiryDate), m_informationGiven(informationGiven), m_today(today),
      m_date(new DateLineEdit(this)), m_note(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Family did not pursue mediation: %1").arg(reference));
    auto* intro = new QLabel(tr("The family had the mediation information and has not pursued mediation. "
                                "The case moves to \"Not pursuing mediation\" on the day you record, and "
                                "the Part 1 certificate is due within 3 working days of it. The family "
                                "may still ask for mediation afterwards."),
                             this);
    intro->setWordWrap(true);
    m_date->setDate(today);
    m_date->setAccessibleName(tr("Date you recorded that the family did not pursue mediation"));
    const QDate earliest = informationGiven.isValid() ? informationGiven : enquiryDate;
    m_date->setToolTip(tr("Not before the information was given (%1), not in the future")
                           .arg(DateText::shortDate(earliest)));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Optional, such as \"No reply to two calls and a letter\""));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a00000;"));
    m_problem->setAccessibleName(tr("What to fix"));
    // The space is kept, so that a message never moves the buttons under the pointer.
    m_problem->setMinimumHeight(m_problem->fontMetrics().lineSpacing() * 2);

    auto* form = new QFormLayout;
    auto* recordedLabel = new QLabel(tr("&Recorded on:"), this);
    recordedLabel->setBuddy(m_date);
    form->addRow(recordedLabel, m_date);
    form->addRow(tr("&Note:"), m_note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Recor&d"));
    buttons->button(QDialogButtonBox::Save)
        ->setAccessibleName(tr("Record that the family did not pursue mediation"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FamilyNotPursuedDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FamilyNotPursuedDialog::reject);
    connect(m_date, &DateLineEdit::dateEdited, this, &FamilyNotPursuedDialog::update);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
    m_date->setFocus();
    DiscardGuard::watch(this);
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
    update();
}

QString FamilyNotPursuedDialog::problem() const
{
    if (!m_date->isAcceptable())
        return m_date->errorText();
    return MediationRequestRule::notPursuedDateProblem(m_date->date(), m_enquiryDate, m_informationGiven,
                                                       m_today);
}

QString FamilyNotPursuedDialog::shownProblem() const
{
    return m_problem->text();
}

void FamilyNotPursuedDialog::update()
{
    const QString problem = m_triedToSave ? this->problem() : QString();
    m_problem->setText(problem.isEmpty() ? QString() : tr("Fix: %1").arg(problem));
}

void FamilyNotPursuedDialog::accept()
{
    m_triedToSave = true;
    update();
    if (!problem().isEmpty())
        return;
    QDialog::accept();
}

void FamilyNotPursuedDialog::reject()
{
    if (DiscardGuard::mayDiscard(this))
        QDialog::reject();
}
