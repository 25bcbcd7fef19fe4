#include "auth/FirstAdministratorDialog.h"

#include "common/FieldMessage.h"
#include "rules/PasswordRules.h"
#include "store/access/AccountRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

FirstAdministratorDialog::FirstAdministratorDialog(QSqlDatabase db, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_displayName(new QLineEdit(this)),
      m_username(new QLineEdit(this)), m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this)),
      m_message(new FieldMessage(this))
{
    setWindowTitle(tr("Create the Administrator"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("This database has no accounts yet. Create the administrator's account: "
                                "the administrator then adds caseworkers, mediators and supervisors.\n"
                                "The password needs at least %1 characters; a few unrelated words are "
                                "easy to remember and hard to guess.")
                                 .arg(PasswordRules::kMinimumLength),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_username->setObjectName(QStringLiteral("username"));
    m_password->setObjectName(QStringLiteral("password"));
    m_repeat->setObjectName(QStringLiteral("repeat"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Name:"), m_displayName);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
    layout->addLayout(form);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create Administrator"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdministratorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstAdministratorDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString FirstAdministratorDialog::message() const
{
    return m_message->text();
}

void FirstAdministratorDialog::accept()
{
    m_message->clearMessage();
    if (m_password->text() != m_repeat->text()) {
        m_message->showError(tr("The two passwords differ; type the same password twice."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    User administrator;
    administrator.username = m_username->text().trimmed();
    administrator.displayName = m_displayName->text().trimmed();
    if (StoreError error = AccountRepository(m_db, m_hasher)
                               .createFirstAdministrator(&administrator, m_password->text(),
                                                         QDateTime::currentDateTimeUtc())) {
        m_message->showError(error.message());
        return;
    }
    m_administrator = administrator;
    m_password->clear();
    m_repeat->clear();
    QDialog::accept();
}
