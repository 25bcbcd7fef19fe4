#pragma once

#include "store/infrastructure/ConnectionSettings.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;

// Where an office's shared PostgreSQL database is. Asks for no password: that
// comes from the user's pgpass file, or a prompt when the server wants one.
class PostgresConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PostgresConnectionDialog(const ConnectionSettings& initial, QWidget* parent = nullptr);

    ConnectionSettings settings() const;

private:
    void updateOkButton();

    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    class QDialogButtonBox* m_buttons;
};
