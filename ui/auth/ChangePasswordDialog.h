#pragma once

#include "platform/PasswordHasher.h"

#include <QDateTime>
#include <QDialog>
#include <QSqlDatabase>

class FieldMessage;
class QLineEdit;

// The signed-in user changes their own password (SQLite accounts): the
// current one, then the new one twice. The store checks both.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ChangePasswordDialog(QSqlDatabase db, qint64 userId, QWidget* parent = nullptr);

    void setHasher(const PasswordHasher& hasher) { m_hasher = hasher; }
    QString message() const;

    void accept() override;

private:
    QSqlDatabase m_db;
    qint64 m_userId;
    PasswordHasher m_hasher;
    QLineEdit* m_current;
    QLineEdit* m_replacement;
    QLineEdit* m_repeat;
    FieldMessage* m_message;
};
