#include "settings/VenueDialog.h"

#include "common/DiscardGuard.h"
#include "common/FieldMessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

VenueDialog::VenueDialog(const Venue& venue, QWidget* parent)
    : QDialog(parent), m_name(new QLineEdit(venue.name, this)), m_address(new QLineEdit(venue.address, this)),
      m_postcode(new QLineEdit(venue.postcode, this)),
      m_access(new QPlainTextEdit(venue.accessibilityNotes, this)), m_problem(new FieldMessage(this)),
      m_id(venue.id), m_rowVersion(venue.rowVersion)
{
    setWindowTitle(venue.id ? tr("Edit Venue") : tr("Add Venue"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Venue name"));
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setAccessibleName(tr("Venue address"));
    m_postcode->setObjectName(QStringLiteral("postcode"));
    m_postcode->setAccessibleName(tr("Venue postcode"));
    m_access->setObjectName(QStringLiteral("access"));
    m_access->setAccessibleName(tr("Accessibility notes"));
    m_access->setPlaceholderText(tr("Step-free access, hearing loop, parking, quiet room..."));
    m_access->setTabChangesFocus(true);
    m_problem->setObjectName(QStringLiteral("problem"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Postcode:"), m_postcode);
    form->addRow(tr("A&ccess:"), m_access);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    DiscardGuard::watch(this);
}

Venue VenueDialog::venue() const
{
    return {m_id,
            m_name->text().trimmed(),
            m_address->text().trimmed(),
            m_postcode->text().trimmed(),
            m_access->toPlainText().trimmed(),
            m_rowVersion};
}

void VenueDialog::setVenue(const Venue& venue)
{
    m_rowVersion = venue.rowVersion;
    m_name->setText(venue.name);
    m_address->setText(venue.address);
    m_postcode->setText(venue.postcode);
    m_access->setPlainText(venue.accessibilityNotes);
}

void VenueDialog::showProblem(const QString& text)
{
    m_problem->showError(text);
    FieldMessage::makeRoomFor(this);
}

QString VenueDialog::shownProblem() const
{
    return m_problem->isVisibleTo(this) ? m_problem->text() : QString();
}

void VenueDialog::reject()
{
    if (DiscardGuard::mayDiscard(this))
        QDialog::reject();
}
