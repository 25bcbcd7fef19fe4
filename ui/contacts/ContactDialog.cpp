#include "contacts/ContactDialog.h"

#include "common/ChangedElsewhere.h"
#include "common/DiscardGuard.h"
#include "common/FieldMessage.h"
#include "common/FormRows.h"
#include "common/WorkContext.h"
#include "domain/InviteeRole.h"
#include "itemmodels/ContactListModel.h"
#include "itemmodels/OrganisationListModel.h"
#include "rules/ContactDetailsRules.h"
#include "shell/MessagePresenter.h"
#include "store/directory/ContactRepository.h"
#include "store/directory/OrganisationRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using FormRows::addLine;
using FormRows::addMessage;

ContactDialog::ContactDialog(WorkContext* context, const Contact& contact, QWidget* parent)
    : QDialog(parent), m_context(context), m_contact(contact),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    const bool adding = contact.id == 0;
    setWindowTitle(adding ? tr("New Person") : tr("Edit Person"));
    setAccessibleName(adding ? tr("New person") : tr("Edit person"));

    auto* form = new QFormLayout;
    m_givenName = addLine(form, tr("&First name:"), "givenName", tr("First name"));
    m_familyName = addLine(form, tr("&Last name:"), "familyName", tr("Last name"));
    m_nameMessage = addMessage(form, "nameMessage");
    for (QLineEdit* edit : {m_givenName, m_familyName})
        connect(edit, &QLineEdit::textEdited, this, [this] {
            if (!m_givenName->text().trimmed().isEmpty() && !m_familyName->text().trimmed().isEmpty())
                m_nameTouched = true;
            validateTouched();
        });
    connect(m_familyName, &QLineEdit::editingFinished, this, [this] {
        m_nameTouched = true;
        validateTouched();
    });

    m_organisation = new QComboBox;
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_organisation->setAccessibleName(tr("Organisation"));
    m_organisation->addItem(tr("(No organisation)"), qint64(0));
    QList<Organisation> organisations;
    if (m_context->isOpen()) {
        if (StoreError error = OrganisationRepository(m_context->database()).list(&organisations))
            MessagePresenter::instance().showError(this, tr("Could not load the organisations"),
                                                   error.message());
    }
    for (const Organisation& organisation : organisations)
        m_organisation->addItem(
            tr("%1 (%2)").arg(organisation.name, organisationKindTitle(organisation.kind)), organisation.id);
    form->addRow(tr("&Organisation:"), m_organisation);
    m_jobTitle = addLine(form, tr("&Job title:"), "jobTitle", tr("Job title"));

    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("role"));
    m_role->setAccessibleName(tr("Usual role at meetings"));
    m_role->addItem(tr("(Not set)"), QString());
    for (InviteeRole role : allInviteeRoles()) {
        // Parents, children and young people are in cases, not in the directory.
        if (role == InviteeRole::ParentCarer || role == InviteeRole::YoungPerson ||
            role == InviteeRole::Child)
            continue;
        m_role->addItem(inviteeRoleTitle(role), inviteeRoleToString(role));
    }
    form->addRow(tr("Usual &role:"), m_role);

    m_phone = addLine(form, tr("&Phone:"), "phone", tr("Phone"));
    m_phone->setPlaceholderText(tr("0113 496 0000, or +33 ... outside the UK"));
    m_phoneMessage = addMessage(form, "phoneMessage");
    connect(m_phone, &QLineEdit::editingFinished, this, [this] {
        m_phoneTouched = true;
        validateTouched();
    });
    connect(m_phone, &QLineEdit::textEdited, this, &ContactDialog::validateTouched);
    m_email = addLine(form, tr("&Email:"), "email", tr("Email"));
    m_email->setPlaceholderText(tr("name@example.org"));
    m_emailMessage = addMessage(form, "emailMessage");
    connect(m_email, &QLineEdit::editingFinished, this, [this] {
        m_emailTouched = true;
        validateTouched();
    });
    connect(m_email, &QLineEdit::textEdited, this, &ContactDialog::validateTouched);

    m_decisionMaker = new QCheckBox(tr("Has authority to agree for the council (&decision-maker)"));
    m_decisionMaker->setObjectName(QStringLiteral("decisionMaker"));
    m_decisionMaker->setAccessibleName(tr("Decision-maker"));
    form->addRow(QString(), m_decisionMaker);
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(70);
    form->addRow(tr("&Notes:"), m_notes);

    m_buttons->button(QDialogButtonBox::Save)->setText(adding ? tr("&Add person") : tr("&Save"));
    m_buttons->button(QDialogButtonBox::Save)
        ->setAccessibleName(adding ? tr("Add person") : tr("Save person"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ContactDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    showContact(contact);
    // Room for two messages under the fields, so the buttons do not move off a small screen.
    resize(600, sizeHint().height() + 90);
    m_givenName->setFocus();
    DiscardGuard::watch(this);
}

void ContactDialog::showContact(const Contact& contact)
{
    m_contact = contact;
    m_givenName->setText(contact.givenName);
    m_familyName->setText(contact.familyName);
    m_organisation->setCurrentIndex(
        std::max(0, m_organisation->findData(contact.organisationId.value_or(0))));
    m_jobTitle->setText(contact.jobTitle);
    if (contact.role) {
        // A role not offered for new entries (set by an import) is kept, not silently dropped.
        if (m_role->findData(inviteeRoleToString(*contact.role)) < 0)
            m_role->addItem(inviteeRoleTitle(*contact.role), inviteeRoleToString(*contact.role));
        m_role->setCurrentIndex(m_role->findData(inviteeRoleToString(*contact.role)));
    }
    m_phone->setText(contact.phone.isEmpty() ? QString() : ContactDetailsRules::displayPhone(contact.phone));
    m_email->setText(contact.email);
    m_decisionMaker->setChecked(contact.isDecisionMaker);
    m_notes->setPlainText(contact.notes);
    // An entry being edited is checked at once: an older version may have kept a bad number.
    if (contact.id != 0) {
        m_nameTouched = m_phoneTouched = m_emailTouched = true;
        validate();
    }
}

Contact ContactDialog::contactFromFields() const
{
    Contact contact = m_contact;
    contact.givenName = m_givenName->text().trimmed();
    contact.familyName = m_familyName->text().trimmed();
    const qint64 organisationId = m_organisation->currentData().toLongLong();
    contact.organisationId = organisationId ? std::optional<qint64>(organisationId) : std::nullopt;
    contact.jobTitle = m_jobTitle->text().trimmed();
    contact.role = inviteeRoleFromString(m_role->currentData().toString());
    contact.phone = m_phone->text().trimmed();
    contact.email = m_email->text().trimmed();
    contact.isDecisionMaker = m_decisionMaker->isChecked();
    contact.notes = m_notes->toPlainText().trimmed();
    return contact;
}

void ContactDialog::validateTouched()
{
    const Contact contact = contactFromFields();
    if (m_nameTouched) {
        if (contact.givenName.isEmpty() || contact.familyName.isEmpty())
            m_nameMessage->showError(tr("give the person's first and last name."));
        else
            m_nameMessage->clearMessage();
    }
    const ContactDetailsRules::PhoneNumber phone = ContactDetailsRules::checkPhone(contact.phone);
    if (m_phoneTouched && !contact.phone.isEmpty() && !phone.isValid())
        m_phoneMessage->showError(phone.problem);
    else
        m_phoneMessage->clearMessage();
    const QString emailProblem =
        contact.email.isEmpty() ? QString() : ContactDetailsRules::emailProblem(contact.email);
    if (m_emailTouched && !emailProblem.isEmpty())
        m_emailMessage->showError(emailProblem);
    else if (emailProblem.isEmpty())
        m_emailMessage->clearMessage();
}

bool ContactDialog::validate()
{
    m_nameTouched = m_phoneTouched = m_emailTouched = true;
    validateTouched();
    return !m_nameMessage->isError() && !m_phoneMessage->isError() && !m_emailMessage->isError();
}

void ContactDialog::accept()
{
    if (!validate()) {
        // To the first field to fix.
        if (m_nameMessage->isError())
            (m_givenName->text().trimmed().isEmpty() ? m_givenName : m_familyName)->setFocus();
        else if (m_phoneMessage->isError())
            m_phone->setFocus();
        else
            m_email->setFocus();
        return;
    }
    if (!m_context->isOpen())
        return;
    Contact contact = contactFromFields();
    ContactRepository contacts(m_context->database());
    const StoreError error = contact.id == 0 ? contacts.add(&contact) : contacts.update(contact);
    if (error) {
        // Another desk saved the person first: what they saved, when asked for.
        if (ChangedElsewhere::offer(this, tr("Could not save the person"), error, [this] {
                Contact stored;
                if (!MessagePresenter::instance().showIfFailed(
                        this, tr("Could not read the person"),
                        ContactRepository(m_context->database()).find(m_contact.id, &stored)))
                    showContact(stored);
            }))
            return;
        // What is typed stays in the dialog, so nothing is lost.
        MessagePresenter::instance().showError(this, tr("Could not save the person"), error.message());
        return;
    }
    m_contact = contact;
    QDialog::accept();
}

void ContactDialog::reject()
{
    if (DiscardGuard::mayDiscard(this))
        QDialog::reject();
}

ContactDialog::~ContactDialog()
{
    // Closing with a field focused ends its editing while the base classes
    // destroy the children; by then this dialog's checks must not run.
    for (QLineEdit* edit : {m_familyName, m_phone, m_email})
        edit->disconnect(this);
}
