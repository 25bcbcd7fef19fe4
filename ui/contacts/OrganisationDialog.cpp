#include "contacts/OrganisationDialog.h"

#include "common/ChangedElsewhere.h"
#include "common/DiscardGuard.h"
#include "common/FieldMessage.h"
#include "common/FormRows.h"
#include "common/WorkContext.h"
#include "domain/Council.h"
#include "itemmodels/OrganisationListModel.h"
#include "rules/ContactDetailsRules.h"
#include "shell/MessagePresenter.h"
#include "store/directory/OrganisationRepository.h"
#include "store/settings/CouncilRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using FormRows::addLine;
using FormRows::addMessage;

OrganisationDialog::OrganisationDialog(WorkContext* context, const Organisation& organisation,
                                       QWidget* parent)
    : QDialog(parent), m_context(context), m_organisation(organisation),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    const bool adding = organisation.id == 0;
    setWindowTitle(adding ? tr("New Organisation") : tr("Edit Organisation"));
    setAccessibleName(adding ? tr("New organisation") : tr("Edit organisation"));

    auto* form = new QFormLayout;
    m_name = addLine(form, tr("&Name:"), "organisationName", tr("Organisation name"));
    m_nameMessage = addMessage(form, "organisationNameMessage");
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->setAccessibleName(tr("Kind of organisation"));
    for (OrganisationKind kind : allOrganisationKinds())
        m_kind->addItem(organisationKindTitle(kind), static_cast<int>(kind));
    form->addRow(tr("&Kind:"), m_kind);
    m_council = new QComboBox;
    m_council->setObjectName(QStringLiteral("council"));
    m_council->setAccessibleName(tr("Council"));
    m_council->addItem(tr("(No council)"), qint64(0));
    QList<Council> councils;
    if (m_context->isOpen()) {
        if (StoreError error = CouncilRepository(m_context->database()).list(&councils))
            MessagePresenter::instance().showError(this, tr("Could not load the councils"), error.message());
    }
    for (const Council& council : councils)
        m_council->addItem(council.name, council.id);
    form->addRow(tr("&Council:"), m_council);
    m_address = addLine(form, tr("&Address:"), "address", tr("Address"));
    m_postcode = addLine(form, tr("P&ostcode:"), "postcode", tr("Postcode"));
    m_postcodeMessage = addMessage(form, "postcodeMessage");
    m_phone = addLine(form, tr("&Phone:"), "organisationPhone", tr("Phone"));
    m_phone->setPlaceholderText(tr("0113 496 0000"));
    m_phoneMessage = addMessage(form, "organisationPhoneMessage");
    m_email = addLine(form, tr("&Email:"), "organisationEmail", tr("Email"));
    m_email->setPlaceholderText(tr("office@example.org"));
    m_emailMessage = addMessage(form, "organisationEmailMessage");
    m_notes = new QPlainTextEdit;
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(60);
    form->addRow(tr("No&tes:"), m_notes);
    for (QLineEdit* edit : {m_name, m_postcode, m_phone, m_email}) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            m_touched.insert(edit);
            validateFields(false);
        });
        connect(edit, &QLineEdit::textEdited, this, [this] { validateFields(false); });
    }

    m_buttons->button(QDialogButtonBox::Save)->setText(adding ? tr("A&dd organisation") : tr("&Save"));
    m_buttons->button(QDialogButtonBox::Save)
        ->setAccessibleName(adding ? tr("Add organisation") : tr("Save organisation"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OrganisationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OrganisationDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    showOrganisation(organisation);
    // Room for two messages under the fields, so the buttons do not move off a small screen.
    resize(600, sizeHint().height() + 90);
    m_name->setFocus();
    DiscardGuard::watch(this);
}

void OrganisationDialog::showOrganisation(const Organisation& organisation)
{
    m_organisation = organisation;
    m_name->setText(organisation.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(static_cast<int>(organisation.kind))));
    m_council->setCurrentIndex(std::max(0, m_council->findData(organisation.councilId.value_or(0))));
    m_address->setText(organisation.address);
    m_postcode->setText(organisation.postcode);
    m_phone->setText(organisation.phone.isEmpty() ? QString()
                                                  : ContactDetailsRules::displayPhone(organisation.phone));
    m_email->setText(organisation.email);
    m_notes->setPlainText(organisation.notes);
    if (organisation.id != 0)
        validate();
}

Organisation OrganisationDialog::organisationFromFields() const
{
    Organisation organisation = m_organisation;
    organisation.name = m_name->text().trimmed();
    organisation.kind = static_cast<OrganisationKind>(m_kind->currentData().toInt());
    const qint64 councilId = m_council->currentData().toLongLong();
    organisation.councilId = councilId ? std::optional<qint64>(councilId) : std::nullopt;
    organisation.address = m_address->text().trimmed();
    organisation.postcode = m_postcode->text().trimmed();
    organisation.phone = m_phone->text().trimmed();
    organisation.email = m_email->text().trimmed();
    organisation.notes = m_notes->toPlainText().trimmed();
    return organisation;
}

void OrganisationDialog::validateFields(bool all)
{
    const Organisation organisation = organisationFromFields();
    // A message shows once the field has been left (or on saving), and goes as soon as it is fixed.
    auto show = [&](QLineEdit* edit, FieldMessage* message, const QString& problem) {
        if (problem.isEmpty())
            message->clearMessage();
        else if (all || m_touched.contains(edit))
            message->showError(problem);
    };
    show(m_name, m_nameMessage,
         organisation.name.isEmpty() ? tr("give the organisation's name.") : QString());
    show(m_postcode, m_postcodeMessage,
         organisation.postcode.isEmpty() ? QString()
                                         : ContactDetailsRules::postcodeProblem(organisation.postcode));
    show(m_phone, m_phoneMessage,
         organisation.phone.isEmpty() ? QString()
                                      : ContactDetailsRules::checkPhone(organisation.phone).problem);
    show(m_email, m_emailMessage,
         organisation.email.isEmpty() ? QString() : ContactDetailsRules::emailProblem(organisation.email));
}

bool OrganisationDialog::validate()
{
    validateFields(true);
    return !m_nameMessage->isError() && !m_postcodeMessage->isError() && !m_phoneMessage->isError() &&
           !m_emailMessage->isError();
}

void OrganisationDialog::accept()
{
    if (!validate()) {
        const QList<std::pair<FieldMessage*, QLineEdit*>> fields{{m_nameMessage, m_name},
                                                                 {m_postcodeMessage, m_postcode},
                                                                 {m_phoneMessage, m_phone},
                                                                 {m_emailMessage, m_email}};
        for (const auto& [message, edit] : fields) {
            if (message->isError()) {
                edit->setFocus();
                break;
            }
        }
        return;
    }
    if (!m_context->isOpen())
        return;
    Organisation organisation = organisationFromFields();
    OrganisationRepository organisations(m_context->database());
    const StoreError error =
        organisation.id == 0 ? organisations.add(&organisation) : organisations.update(organisation);
    if (error) {
        if (ChangedElsewhere::offer(this, tr("Could not save the organisation"), error, [this] {
                Organisation stored;
                if (!MessagePresenter::instance().showIfFailed(
                        this, tr("Could not read the organisation"),
                        OrganisationRepository(m_context->database()).find(m_organisation.id, &stored)))
                    showOrganisation(stored);
            }))
            return;
        MessagePresenter::instance().showError(this, tr("Could not save the organisation"), error.message());
        return;
    }
    m_organisation = organisation;
    QDialog::accept();
}

void OrganisationDialog::reject()
{
    if (DiscardGuard::mayDiscard(this))
        QDialog::reject();
}

OrganisationDialog::~OrganisationDialog()
{
    // Closing with a field focused ends its editing while the base classes
    // destroy the children; by then this dialog's checks must not run.
    for (QLineEdit* edit : {m_name, m_postcode, m_phone, m_email})
        edit->disconnect(this);
}
