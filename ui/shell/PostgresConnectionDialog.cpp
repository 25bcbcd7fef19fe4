#include "shell/PostgresConnectionDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

PostgresConnectionDialog::PostgresConnectionDialog(const ConnectionSettings& initial, QWidget* parent)
    : QDialog(parent), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)), m_user(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to a Shared Database"));
    const bool postgres = initial.engine() == ConnectionSettings::Engine::Postgres;
    m_host->setText(postgres ? initial.host() : QStringLiteral("localhost"));
    m_host->setPlaceholderText(tr("server name, or a socket folder such as /run/postgresql"));
    m_port->setRange(1, 65535);
    m_port->setValue(postgres ? initial.port() : 5432);
    m_database->setText(postgres ? initial.databaseName() : QStringLiteral("commonground"));
    m_user->setText(postgres ? initial.user() : qEnvironmentVariable("USER"));
    m_host->setAccessibleName(tr("Server"));
    m_port->setAccessibleName(tr("Port"));
    m_database->setAccessibleName(tr("Database name"));
    m_user->setAccessibleName(tr("User name"));

    auto* note = new QLabel(tr("The password is not stored here. Common Ground uses your PostgreSQL password "
                               "file (~/.pgpass) or asks when the server needs it."),
                            this);
    note->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(note);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_database, &QLineEdit::textChanged, this, &PostgresConnectionDialog::updateOkButton);
    updateOkButton();
}

ConnectionSettings PostgresConnectionDialog::settings() const
{
    return ConnectionSettings::postgres(m_host->text().trimmed(), m_port->value(),
                                        m_database->text().trimmed(), m_user->text().trimmed());
}

void PostgresConnectionDialog::updateOkButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_database->text().trimmed().isEmpty());
}
