#include "auth/AddUserDialog.h"

#include "common/DiscardGuard.h"
#include "common/FieldMessage.h"
#include "domain/User.h"
#include "rules/PasswordRules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AddUserDialog::AddUserDialog(bool passwordNeeded, QWidget* parent)
    : QDialog(parent), m_displayName(new QLineEdit(this)), m_username(new QLineEdit(this)),
      m_role(new QComboBox(this)), m_password(new QLineEdit(this)), m_message(new FieldMessage(this))
{
    setWindowTitle(tr("Add User"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_username->setObjectName(QStringLiteral("username"));
    m_role->setObjectName(QStringLiteral("role"));
    m_password->setObjectName(QStringLiteral("password"));
    for (UserRole role :
         {UserRole::Caseworker, UserRole::Mediator, UserRole::Supervisor, UserRole::Administrator})
        m_role->addItem(userRoleTitle(role), static_cast<int>(role));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Name:"), m_displayName);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Role:"), m_role);
    if (passwordNeeded) {
        form->addRow(tr("First &password:"), m_password);
        auto* note = new QLabel(
            tr("At least %1 characters. Give it to the person privately.").arg(PasswordRules::kMinimumLength),
            this);
        note->setWordWrap(true);
        form->addRow(QString(), note);
    } else {
        m_password->hide();
    }
    layout->addLayout(form);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add User"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    DiscardGuard::watch(this);
}

User AddUserDialog::user() const
{
    User user;
    user.displayName = m_displayName->text().trimmed();
    user.username = m_username->text().trimmed();
    user.role = static_cast<UserRole>(m_role->currentData().toInt());
    return user;
}

QString AddUserDialog::password() const
{
    return m_password->text();
}

void AddUserDialog::showProblem(const QString& text)
{
    m_message->showError(text);
}

void AddUserDialog::reject()
{
    if (DiscardGuard::mayDiscard(this))
        QDialog::reject();
}
