#include "cases/CaseDetailsForm.h"

#include "common/FieldMessage.h"
#include "common/WorkContext.h"
#include "rules/DeadlineCalculator.h"
#include "rules/ReferralFields.h"
#include "rules/ReferralValidator.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

CaseDetailsForm::CaseDetailsForm(WorkContext* context, QWidget* parent)
    : QWidget(parent), m_context(context), m_caseworker(new QComboBox), m_phoneMessage(new FieldMessage),
      m_emailMessage(new FieldMessage), m_adjustments(new QPlainTextEdit), m_disagreementBox(new QGroupBox)
{
    auto* caseBox = new QGroupBox(tr("Case"));
    auto* caseForm = new QFormLayout(caseBox);
    m_caseworker->setAccessibleName(tr("Caseworker"));
    caseForm->addRow(tr("Casewor&ker:"), m_caseworker);
    m_school = addLine(caseForm, tr("&School or setting:"), tr("School or setting"));
    m_adjustments->setAccessibleName(tr("Reasonable adjustments"));
    m_adjustments->setTabChangesFocus(true);
    m_adjustments->setFixedHeight(m_adjustments->fontMetrics().lineSpacing() * 4 + 12);
    caseForm->addRow(tr("Reasonable ad&justments:"), m_adjustments);
    m_interpreter = addLine(caseForm, tr("Interpreter &language:"), tr("Interpreter language"));

    auto* contactBox = new QGroupBox(tr("Parent or carer's contact details"));
    auto* contactForm = new QFormLayout(contactBox);
    m_parentPhone = addLine(contactForm, tr("&Phone:"), tr("Parent or carer's phone"));
    contactForm->addRow(QString(), m_phoneMessage);
    m_parentEmail = addLine(contactForm, tr("&Email:"), tr("Parent or carer's email"));
    contactForm->addRow(QString(), m_emailMessage);
    m_parentAddress = addLine(contactForm, tr("&Address:"), tr("Parent or carer's address"));
    m_parentPostcode = addLine(contactForm, tr("Pos&tcode:"), tr("Parent or carer's postcode"));

    static_cast<QGroupBox*>(m_disagreementBox)->setTitle(tr("Disagreement"));
    auto* disagreementForm = new QFormLayout(m_disagreementBox);
    m_subject = addLine(disagreementForm, tr("A&bout:"), tr("What the disagreement is about"));
    m_otherParties =
        addLine(disagreementForm, tr("Othe&r parties:"), tr("The other parties to the disagreement"));

    auto* left = new QVBoxLayout;
    left->addWidget(caseBox);
    left->addWidget(m_disagreementBox);
    left->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(contactBox);
    right->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);

    connect(m_caseworker, &QComboBox::currentIndexChanged, this, [this] { setDirty(true); });
    connect(m_adjustments, &QPlainTextEdit::textChanged, this, [this] { setDirty(true); });
}

QLineEdit* CaseDetailsForm::addLine(QFormLayout* form, const QString& label, const QString& accessible)
{
    auto* edit = new QLineEdit;
    edit->setAccessibleName(accessible);
    form->addRow(label, edit);
    connect(edit, &QLineEdit::textChanged, this, [this] { setDirty(true); });
    return edit;
}

void CaseDetailsForm::load(const CaseDetails& details, const QList<User>& caseworkers)
{
    m_saved = details;
    m_caseworkers = caseworkers;
    fill();
}

void CaseDetailsForm::fill()
{
    m_filling = true;
    const Referral& r = m_saved.referral;
    m_caseworker->clear();
    m_caseworker->addItem(tr("Not assigned"));
    for (const User& user : m_caseworkers)
        m_caseworker->addItem(user.displayName, user.id);
    if (r.caseworkerId) {
        int index = m_caseworker->findData(*r.caseworkerId);
        if (index < 0) { // an inactive user still holds the case
            m_caseworker->addItem(m_saved.caseworkerName, *r.caseworkerId);
            index = m_caseworker->count() - 1;
        }
        m_caseworker->setCurrentIndex(index);
    }
    m_school->setText(r.schoolName);
    m_adjustments->setPlainText(r.reasonableAdjustments);
    m_interpreter->setText(r.interpreterLanguage);
    m_parentPhone->setText(r.parent.phone);
    m_parentEmail->setText(r.parent.email);
    m_parentAddress->setText(r.parent.address);
    m_parentPostcode->setText(r.parent.postcode);
    m_subject->setText(r.disagreementSubject);
    m_otherParties->setText(r.otherParties);
    m_disagreementBox->setVisible(r.route == Route::DisagreementResolution);
    m_phoneMessage->clearMessage();
    m_emailMessage->clearMessage();
    m_filling = false;
    setDirty(false);
}

CaseDetails CaseDetailsForm::edited() const
{
    CaseDetails details = m_saved;
    Referral& r = details.referral;
    r.caseworkerId.reset();
    if (m_caseworker->currentData().isValid())
        r.caseworkerId = m_caseworker->currentData().toLongLong();
    details.caseworkerName = r.caseworkerId ? m_caseworker->currentText() : QString();
    r.schoolName = m_school->text().trimmed();
    r.reasonableAdjustments = m_adjustments->toPlainText().trimmed();
    r.interpreterLanguage = m_interpreter->text().trimmed();
    r.parent.phone = m_parentPhone->text().trimmed();
    r.parent.email = m_parentEmail->text().trimmed();
    r.parent.address = m_parentAddress->text().trimmed();
    r.parent.postcode = m_parentPostcode->text().trimmed();
    if (r.route == Route::DisagreementResolution) {
        r.disagreementSubject = m_subject->text().trimmed();
        r.otherParties = m_otherParties->text().trimmed();
    }
    return details;
}

void CaseDetailsForm::revert()
{
    fill();
}

QStringList CaseDetailsForm::check()
{
    m_phoneMessage->clearMessage();
    m_emailMessage->clearMessage();
    const DeadlineCalculator calculator(m_context->calendar());
    const Referral referral = edited().referral;
    QStringList messages;
    // Only what these fields can break: the rest was checked at intake.
    for (const ValidationProblem& problem :
         ReferralValidator(calculator).check(referral, m_context->today())) {
        if (problem.severity != ValidationProblem::Severity::Error)
            continue;
        if (problem.field == ReferralFields::parentPhone)
            m_phoneMessage->showError(problem.message);
        else if (problem.field == ReferralFields::parentEmail)
            m_emailMessage->showError(problem.message);
        else if (problem.field != ReferralFields::disagreementSubject)
            continue;
        messages << problem.message;
    }
    return messages;
}

void CaseDetailsForm::setDirty(bool dirty)
{
    if (m_filling || dirty == m_dirty)
        return;
    m_dirty = dirty;
    emit dirtyChanged(dirty);
}
