#include "invitees/AdHocInviteeDialog.h"

#include "common/DiscardGuard.h"
#include "domain/InviteeRole.h"
#include "itemmodels/InviteeListModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

AdHocInviteeDialog::AdHocInviteeDialog(std::function<QString(const Invitee&)> save, QWidget* parent)
    : QDialog(parent), m_save(std::move(save)), m_name(new QLineEdit(this)), m_role(new QComboBox(this)),
      m_status(new QComboBox(this)), m_organisation(new QLineEdit(this)), m_email(new QLineEdit(this)),
      m_phone(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Invite someone not in the directory"));
    for (InviteeRole role : allInviteeRoles())
        m_role->addItem(inviteeRoleTitle(role), static_cast<int>(role));
    for (InviteeStatus status : allInviteeStatuses())
        m_status->addItem(inviteeStatusTitle(status), static_cast<int>(status));
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(InviteeRole::Supporter)));
    m_name->setAccessibleName(tr("Name"));
    m_role->setAccessibleName(tr("Role"));
    m_status->setAccessibleName(tr("Status"));
    m_organisation->setAccessibleName(tr("Organisation"));
    m_email->setAccessibleName(tr("Email"));
    m_phone->setAccessibleName(tr("Phone"));
    m_phone->setPlaceholderText(tr("07700 900123 or +44 ..."));
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("S&tatus:"), m_status);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AdHocInviteeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    DiscardGuard::watch(this);
}

Invitee AdHocInviteeDialog::invitee() const
{
    Invitee result;
    result.displayName = m_name->text().trimmed();
    result.role = static_cast<InviteeRole>(m_role->currentData().toInt());
    result.status = static_cast<InviteeStatus>(m_status->currentData().toInt());
    result.organisation = m_organisation->text().trimmed();
    result.email = m_email->text().trimmed();
    result.phone = m_phone->text().trimmed();
    return result;
}

void AdHocInviteeDialog::showProblem(const QString& text)
{
    // Words and a sign, not colour alone.
    m_problem->setText(tr("Cannot add: %1").arg(text));
    m_problem->setVisible(!text.isEmpty());
}

QString AdHocInviteeDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void AdHocInviteeDialog::accept()
{
    if (m_name->text().trimmed().isEmpty()) {
        showProblem(tr("Give the invitee's name."));
        m_name->setFocus();
        return;
    }
    if (m_save) {
        if (const QString problem = m_save(invitee()); !problem.isEmpty()) {
            showProblem(problem);
            return;
        }
    }
    QDialog::accept();
}

void AdHocInviteeDialog::reject()
{
    if (DiscardGuard::mayDiscard(this))
        QDialog::reject();
}
