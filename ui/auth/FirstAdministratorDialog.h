#pragma once

#include "domain/User.h"
#include "platform/PasswordHasher.h"

#include <QDateTime>
#include <QDialog>
#include <QSqlDatabase>

class FieldMessage;
class QLineEdit;

// The first start of a database with no accounts: makes its first
// administrator, who then adds everybody else on the Users screen.
class FirstAdministratorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstAdministratorDialog(QSqlDatabase db, QWidget* parent = nullptr);

    void setHasher(const PasswordHasher& hasher) { m_hasher = hasher; }
    const User& administrator() const { return m_administrator; }
    QString message() const;

    void accept() override;

private:
    QSqlDatabase m_db;
    PasswordHasher m_hasher;
    User m_administrator;
    QLineEdit* m_displayName;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    FieldMessage* m_message;
};
