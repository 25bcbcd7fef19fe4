#include "contacts/OrganisationDetailsPanel.h"

#include "common/WorkContext.h"
#include "domain/Council.h"
#include "itemmodels/OrganisationListModel.h"
#include "rules/ContactDetailsRules.h"
#include "store/directory/OrganisationRepository.h"
#include "store/settings/CouncilRepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

OrganisationDetailsPanel::OrganisationDetailsPanel(WorkContext* context, QWidget* parent)
    : QGroupBox(tr("Organisation"), parent), m_context(context), m_details(new QLabel(this)),
      m_editOrganisation(new QPushButton(tr("Edi&t organisation..."), this)),
      m_removeOrganisation(new QPushButton(tr("Remo&ve organisation..."), this))
{
    m_details->setObjectName(QStringLiteral("organisationDetails"));
    m_details->setAccessibleName(tr("Details of the organisation"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_editOrganisation->setAccessibleName(tr("Edit the organisation"));
    m_removeOrganisation->setAccessibleName(tr("Remove the organisation"));
    auto* detailsLayout = new QVBoxLayout(this);
    detailsLayout->addWidget(m_details, 1);
    auto* detailsButtons = new QHBoxLayout;
    detailsButtons->addWidget(m_editOrganisation);
    detailsButtons->addWidget(m_removeOrganisation);
    detailsButtons->addStretch();
    detailsLayout->addLayout(detailsButtons);
    setAccessibleName(tr("Organisation"));
    connect(m_editOrganisation, &QPushButton::clicked, this, &OrganisationDetailsPanel::editRequested);
    connect(m_removeOrganisation, &QPushButton::clicked, this, &OrganisationDetailsPanel::removeRequested);
}

void OrganisationDetailsPanel::setOrganisation(const Organisation& organisation)
{
    m_editOrganisation->setEnabled(organisation.id != 0);
    m_removeOrganisation->setEnabled(organisation.id != 0);
    if (organisation.id == 0) {
        setTitle(tr("Organisation"));
        m_details->setText(tr("Choose an organisation to see its details and only its people. A council's "
                              "organisations show its SENDIASS service and decision-makers."));
        return;
    }
    setTitle(organisation.name);
    QStringList lines{organisationKindTitle(organisation.kind)};
    QSqlDatabase db = m_context->database();
    Council council;
    if (organisation.councilId && CouncilRepository(db).find(*organisation.councilId, &council).ok())
        lines << tr("Council: %1").arg(council.name);
    const QString address = QStringList{organisation.address, organisation.postcode}
                                .filter(QRegularExpression(QStringLiteral("\\S")))
                                .join(QStringLiteral(", "));
    if (!address.isEmpty())
        lines << tr("Address: %1").arg(address);
    if (!organisation.phone.isEmpty())
        lines << tr("Phone: %1").arg(ContactDetailsRules::displayPhone(organisation.phone));
    if (!organisation.email.isEmpty())
        lines << tr("Email: %1").arg(organisation.email);
    if (organisation.councilId) {
        OrganisationRepository organisations(db);
        QList<Organisation> services;
        QList<Contact> deciders;
        const StoreError sendiassError = organisations.sendiassFor(*organisation.councilId, &services);
        const StoreError decidersError = organisations.decisionMakersFor(*organisation.councilId, &deciders);
        if (sendiassError || decidersError) {
            lines << tr("Could not read the council's SENDIASS and decision-makers: %1")
                         .arg((sendiassError ? sendiassError : decidersError).message());
        } else {
            if (organisation.kind != OrganisationKind::Sendiass) {
                QStringList names;
                for (const Organisation& service : std::as_const(services))
                    names << withPhone(service.name, service.phone);
                lines << tr("SENDIASS: %1").arg(listOr(names, tr("none recorded for this council")));
            }
            QStringList names;
            for (const Contact& person : std::as_const(deciders)) {
                QString text = person.fullName();
                if (!person.jobTitle.isEmpty())
                    text += tr(" (%1)").arg(person.jobTitle);
                names << withPhone(text, person.phone);
            }
            lines << tr("Decision-makers: %1").arg(listOr(names, tr("none marked for this council")));
        }
    }
    if (!organisation.notes.isEmpty())
        lines << tr("Notes: %1").arg(organisation.notes);
    m_details->setText(lines.join(QLatin1Char('\n')));
}

QString OrganisationDetailsPanel::withPhone(const QString& text, const QString& phone)
{
    return phone.isEmpty() ? text : text + tr(", %1").arg(ContactDetailsRules::displayPhone(phone));
}

QString OrganisationDetailsPanel::listOr(const QStringList& names, const QString& none)
{
    return names.isEmpty() ? none : names.join(QStringLiteral("; "));
}
