#pragma once

#include "domain/User.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class FieldMessage;

// The details of a new user for the Users screen: name, username, role and a
// first password (which the person should change). Checking is the store's.
class AddUserDialog : public QDialog
{
    Q_OBJECT

public:
    // passwordNeeded: false on PostgreSQL, where people sign in with their database login.
    explicit AddUserDialog(bool passwordNeeded, QWidget* parent = nullptr);

    User user() const;
    QString password() const;
    // Shows the store's refusal and keeps the dialog open.
    void showProblem(const QString& text);

    // Asks before discarding what was typed (common/DiscardGuard).
    void reject() override;

private:
    QLineEdit* m_displayName;
    QLineEdit* m_username;
    QComboBox* m_role;
    QLineEdit* m_password;
    FieldMessage* m_message;
};
