#pragma once

#include "domain/User.h"
#include "platform/PasswordHasher.h"

#include <QDateTime>
#include <QDialog>
#include <QSqlDatabase>
#include <functional>

class FieldMessage;
class QLabel;
class QLineEdit;
class QPushButton;

// Asks for a username and password on an SQLite database and checks them in
// the store (AccountRepository), which applies the lockout. Problems show
// inside the dialog, never in a separate box, so the person can retype.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(QSqlDatabase db, QWidget* parent = nullptr);

    // The demo database states its published sign-in and fills it in.
    void setDemoSignIn(const QString& username, const QString& password);
    // Tests move the clock and use a quicker hash cost.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setHasher(const PasswordHasher& hasher) { m_hasher = hasher; }

    // Who signed in, once accepted.
    const User& user() const { return m_user; }
    QString message() const;

    void accept() override;

private:
    QSqlDatabase m_db;
    PasswordHasher m_hasher;
    std::function<QDateTime()> m_clock;
    User m_user;
    QLabel* m_hint;
    QLineEdit* m_username;
    QLineEdit* m_password;
    FieldMessage* m_message;
    QPushButton* m_signIn;
};
