#include "auth/UsersDialog.h"

#include "auth/AddUserDialog.h"
#include "common/ChangedElsewhere.h"
#include "common/ItemViews.h"
#include "common/Tone.h"
#include "domain/User.h"
#include "rules/Permissions.h"
#include "rules/QuietFamilyRule.h"
#include "shell/MessagePresenter.h"
#include "store/infrastructure/SqlDialect.h"
#include "store/settings/SettingsRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column
{
    NameColumn,
    UsernameColumn,
    RoleColumn,
    StateColumn,
    ColumnCount
};

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}
} // namespace

bool UsersDialog::allowedFor(const User& actor)
{
    return actor.id > 0 && actor.active && Permissions::allows(actor.role, Action::ManageUsers);
}

UsersDialog::UsersDialog(QSqlDatabase db, const User& actor, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_actor(actor), m_problem(new QLabel(this)),
      m_table(new QTableWidget(this)), m_add(new QPushButton(tr("&Add User..."), this)),
      m_role(new QPushButton(tr("Change &Role..."), this)),
      m_reset(new QPushButton(tr("Reset &Password..."), this)),
      m_active(new QPushButton(tr("&Deactivate"), this)), m_lockMinutes(new QSpinBox(this)),
      m_quietDays(new QSpinBox(this))
{
    setWindowTitle(tr("Users and Office Settings"));
    m_sqlite = SqlDialect::forDriver(m_db.driverName()).engine() == SqlDialect::Engine::Sqlite;
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(m_sqlite ? tr("Everyone who signs in to this database, and what their role lets "
                                           "them do (see the README's Roles table).")
                                      : tr("Everyone who works on this shared database. Each person signs in "
                                           "with their own PostgreSQL login, whose name is their username "
                                           "here."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_problem->setObjectName(QStringLiteral("usersProblem"));
    m_problem->setWordWrap(true);
    Tones::mark(m_problem, Tone::Problem);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Username"), tr("Role"), tr("Sign-in")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    ItemViews::label(m_table, tr("Users"), tr("One row a person who may sign in, with their role"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    auto* buttons = new QVBoxLayout;
    for (QPushButton* button : {m_add, m_role, m_reset, m_active})
        buttons->addWidget(button);
    m_reset->setVisible(m_sqlite);
    buttons->addStretch(1);
    row->addLayout(buttons);
    layout->addLayout(row, 1);

    auto* settings = new QFormLayout;
    m_lockMinutes->setObjectName(QStringLiteral("screenLockMinutes"));
    m_lockMinutes->setRange(1, 240);
    m_lockMinutes->setSuffix(tr(" minutes"));
    m_lockMinutes->setAccessibleName(tr("Lock the screen after this long without use"));
    settings->addRow(tr("Lock the screen after &inactivity of:"), m_lockMinutes);
    // The office's prompt for families gone quiet after the mediation information.
    m_quietDays->setObjectName(QStringLiteral("quietFamilyWorkingDays"));
    m_quietDays->setRange(0, QuietFamilyRule::kMaxWorkingDays);
    m_quietDays->setSpecialValueText(tr("Never"));
    m_quietDays->setSuffix(tr(" working days without contact"));
    m_quietDays->setAccessibleName(tr("Ask about a family gone quiet after this many working days"));
    m_quietDays->setToolTip(tr("The dashboard and the case ask the adviser whether a family that had the "
                               "mediation information pursues mediation, after this long with no call, "
                               "email, letter or meeting"));
    settings->addRow(tr("Ask about a &quiet family after:"), m_quietDays);
    layout->addLayout(settings);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    connect(m_add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_role, &QPushButton::clicked, this, &UsersDialog::changeRole);
    connect(m_reset, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    connect(m_active, &QPushButton::clicked, this, &UsersDialog::toggleActive);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersDialog::updateButtons);
    resize(760, 480);
    reload();
    loadSettings();
    connect(m_lockMinutes, &QSpinBox::editingFinished, this, &UsersDialog::saveScreenLock);
    connect(m_quietDays, &QSpinBox::editingFinished, this, &UsersDialog::saveQuietDays);
}

void UsersDialog::loadSettings()
{
    int minutes = SettingsRepository::kDefaultScreenLockMinutes;
    MessagePresenter::instance().showIfFailed(
        this, tr("Screen lock"), SettingsRepository(m_db).screenLockMinutes(&minutes, &m_lockVersion));
    m_lockMinutes->setValue(minutes);
    m_lockLoaded = minutes;
    int quietDays = QuietFamilyRule::kDefaultWorkingDays;
    MessagePresenter::instance().showIfFailed(
        this, tr("Quiet families"),
        SettingsRepository(m_db).quietFamilyWorkingDays(&quietDays, &m_quietVersion));
    m_quietDays->setValue(quietDays);
    m_quietLoaded = quietDays;
}

void UsersDialog::reload()
{
    const qint64 keep = selected() ? selected()->user.id : 0;
    m_table->setRowCount(0);
    const StoreError error = AccountRepository(m_db, m_hasher).list(m_actor.id, now(), &m_accounts);
    m_usable = error.ok();
    if (error) {
        m_accounts.clear();
        m_problem->setText(error.message());
        m_problem->show();
    } else {
        m_problem->hide();
    }
    m_table->setRowCount(static_cast<int>(m_accounts.size()));
    for (int row = 0; row < m_accounts.size(); ++row) {
        const Account& account = m_accounts.at(row);
        QString state;
        if (!account.user.active)
            state = tr("Deactivated");
        else if (account.lockedUntil.isValid())
            state =
                tr("Locked until %1 (wrong passwords)")
                    .arg(QLocale().toString(account.lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
        else if (m_sqlite && !account.hasPassword)
            state = tr("No password: cannot sign in");
        else
            state = tr("Can sign in");
        const QString cells[] = {account.user.displayName, account.user.username,
                                 userRoleTitle(account.user.role), state};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        if (account.user.id == keep)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    for (QWidget* widget : std::initializer_list<QWidget*>{m_add, m_lockMinutes, m_quietDays})
        widget->setEnabled(m_usable);
    updateButtons();
}

const Account* UsersDialog::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_accounts.size() || m_table->selectedItems().isEmpty())
        return nullptr;
    return &m_accounts.at(row);
}

void UsersDialog::updateButtons()
{
    const Account* account = selected();
    for (QPushButton* button : {m_role, m_reset, m_active})
        button->setEnabled(m_usable && account);
    m_active->setText(account && !account->user.active ? tr("Re&activate") : tr("&Deactivate"));
}

bool UsersDialog::report(const StoreError& error)
{
    if (error.ok())
        return false;
    MessagePresenter::instance().showError(this, tr("Users"), error.message());
    return true;
}

void UsersDialog::addUser()
{
    AddUserDialog dialog(m_sqlite, this);
    while (dialog.exec() == QDialog::Accepted) {
        User user = dialog.user();
        const StoreError error =
            AccountRepository(m_db, m_hasher).addUser(m_actor.id, &user, dialog.password(), now());
        if (error.ok()) {
            reload();
            return;
        }
        dialog.showProblem(error.message());
    }
}

void UsersDialog::changeRole()
{
    const Account* account = selected();
    if (!account)
        return;
    QStringList names;
    const QList<UserRole> roles = {UserRole::Caseworker, UserRole::Mediator, UserRole::Supervisor,
                                   UserRole::Administrator};
    for (UserRole role : roles)
        names << userRoleTitle(role);
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Change Role"), tr("Role of %1:").arg(account->user.displayName),
                              names, static_cast<int>(roles.indexOf(account->user.role)), false, &ok);
    if (!ok)
        return;
    const UserRole role = roles.value(names.indexOf(chosen));
    if (!report(AccountRepository(m_db, m_hasher).setRole(m_actor.id, account->user.id, role)))
        reload();
}

void UsersDialog::resetPassword()
{
    const Account* account = selected();
    if (!account)
        return;
    const qint64 userId = account->user.id;
    const QString name = account->user.displayName;
    bool ok = false;
    const QString password = QInputDialog::getText(
        this, tr("Reset Password"),
        tr("New password for %1 (at least 10 characters; it also lifts any lock):").arg(name),
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    if (!report(AccountRepository(m_db, m_hasher).resetPassword(m_actor.id, userId, password, now())))
        reload();
}

void UsersDialog::toggleActive()
{
    const Account* account = selected();
    if (!account)
        return;
    const bool activate = !account->user.active;
    if (!activate && !MessagePresenter::instance().confirm(
                         this, tr("Deactivate User"),
                         tr("%1 will no longer be able to sign in. Their cases and records "
                            "stay as they are. Deactivate?")
                             .arg(account->user.displayName)))
        return;
    if (!report(AccountRepository(m_db, m_hasher).setActive(m_actor.id, account->user.id, activate)))
        reload();
}

void UsersDialog::saveScreenLock()
{
    // Leaving the field as it was read saves nothing (and so is never refused).
    if (m_lockMinutes->value() == m_lockLoaded)
        return;
    const StoreError error =
        SettingsRepository(m_db).setScreenLockMinutes(m_actor.id, m_lockMinutes->value(), m_lockVersion);
    if (!ChangedElsewhere::offer(this, tr("Users"), error, [this] { loadSettings(); }) && !report(error))
        loadSettings();
}

void UsersDialog::saveQuietDays()
{
    if (m_quietDays->value() == m_quietLoaded)
        return;
    const StoreError error =
        SettingsRepository(m_db).setQuietFamilyWorkingDays(m_quietDays->value(), m_quietVersion);
    if (!ChangedElsewhere::offer(this, tr("Users"), error, [this] { loadSettings(); }) && !report(error))
        loadSettings();
}
