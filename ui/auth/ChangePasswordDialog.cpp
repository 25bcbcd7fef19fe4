#include "auth/ChangePasswordDialog.h"

#include "common/FieldMessage.h"
#include "rules/PasswordRules.h"
#include "store/access/AccountRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ChangePasswordDialog::ChangePasswordDialog(QSqlDatabase db, qint64 userId, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_userId(userId), m_current(new QLineEdit(this)),
      m_replacement(new QLineEdit(this)), m_repeat(new QLineEdit(this)), m_message(new FieldMessage(this))
{
    setWindowTitle(tr("Change My Password"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("The new password needs at least %1 characters.").arg(PasswordRules::kMinimumLength), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    for (auto [edit, name] : {std::pair{m_current, "current"}, std::pair{m_replacement, "replacement"},
                              std::pair{m_repeat, "repeat"}}) {
        edit->setObjectName(QLatin1String(name));
        edit->setEchoMode(QLineEdit::Password);
    }
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_replacement);
    form->addRow(tr("&Repeat new password:"), m_repeat);
    layout->addLayout(form);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Change &Password"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString ChangePasswordDialog::message() const
{
    return m_message->text();
}

void ChangePasswordDialog::accept()
{
    m_message->clearMessage();
    if (m_replacement->text() != m_repeat->text()) {
        m_message->showError(tr("The two new passwords differ; type the same password twice."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    if (StoreError error = AccountRepository(m_db, m_hasher)
                               .changeOwnPassword(m_userId, m_current->text(), m_replacement->text(),
                                                  QDateTime::currentDateTimeUtc())) {
        m_message->showError(error.message());
        m_current->clear();
        m_current->setFocus();
        return;
    }
    QDialog::accept();
}
