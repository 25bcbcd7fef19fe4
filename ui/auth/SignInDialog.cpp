#include "auth/SignInDialog.h"

#include "common/FieldMessage.h"
#include "store/access/AccountRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

SignInDialog::SignInDialog(QSqlDatabase db, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_clock([] { return QDateTime::currentDateTimeUtc(); }),
      m_hint(new QLabel(this)), m_username(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_message(new FieldMessage(this))
{
    setWindowTitle(tr("Sign In to Common Ground"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("This database holds information about children and families. "
                                "Sign in with your own account."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->hide();
    layout->addWidget(m_hint);

    auto* form = new QFormLayout;
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setAccessibleName(tr("Username"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_signIn = buttons->button(QDialogButtonBox::Ok);
    m_signIn->setText(tr("&Sign In"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_username->setFocus();
}

void SignInDialog::setDemoSignIn(const QString& username, const QString& password)
{
    m_hint->setText(tr("This is the demo database of invented cases. Sign in as <b>%1</b> with the "
                       "password <b>%2</b> (every demo user has the same password).")
                        .arg(username.toHtmlEscaped(), password.toHtmlEscaped()));
    m_hint->show();
    m_username->setText(username);
    m_password->setText(password);
}

QString SignInDialog::message() const
{
    return m_message->text();
}

void SignInDialog::accept()
{
    m_message->clearMessage();
    if (m_username->text().trimmed().isEmpty()) {
        m_message->showError(tr("Enter your username."));
        m_username->setFocus();
        return;
    }
    SignInResult result;
    const QDateTime now = m_clock();
    if (StoreError error =
            AccountRepository(m_db, m_hasher).signIn(m_username->text(), m_password->text(), now, &result)) {
        m_message->showError(error.message());
        return;
    }
    switch (result.outcome) {
    case SignInResult::Outcome::SignedIn:
        m_user = result.user;
        m_password->clear();
        QDialog::accept();
        return;
    case SignInResult::Outcome::Locked: {
        const QString until =
            QLocale().toString(result.lockedUntil.toLocalTime().time(), QLocale::ShortFormat);
        m_message->showError(tr("Too many wrong passwords: this account is locked until %1. Try again then, "
                                "or ask an administrator to reset the password.")
                                 .arg(until));
        break;
    }
    case SignInResult::Outcome::Refused:
        if (result.attemptsLeft == 1)
            m_message->showError(
                tr("The username or password is not right. One more wrong password will lock "
                   "the account for five minutes."));
        else if (result.attemptsLeft > 1)
            m_message->showError(
                tr("The username or password is not right. %1 more wrong passwords will lock "
                   "the account for five minutes.")
                    .arg(result.attemptsLeft));
        else
            m_message->showError(tr("The username or password is not right."));
        break;
    }
    m_password->clear();
    m_password->setFocus();
}
