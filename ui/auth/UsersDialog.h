#pragma once

#include "domain/User.h"
#include "platform/PasswordHasher.h"
#include "store/access/AccountRepository.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

// The administrator's Users screen: every user with role and sign-in state;
// add a user, change a role, reset a password, deactivate or reactivate; and
// the office's screen lock. The store refuses all of it to anybody but an
// administrator; this dialog only says so.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    UsersDialog(QSqlDatabase db, const User& actor, QWidget* parent = nullptr);

    // Whether the actor may open it (the menu greys it out otherwise).
    static bool allowedFor(const User& actor);
    // False when the store refused the list (the dialog then says why).
    bool isUsable() const { return m_usable; }
    void setHasher(const PasswordHasher& hasher) { m_hasher = hasher; }

    QTableWidget* table() const { return m_table; }
    void reload();

private:
    void addUser();
    void changeRole();
    void resetPassword();
    void toggleActive();
    void saveScreenLock();
    void saveQuietDays();
    // The two office settings as stored, with their versions (so a save over
    // another desk's newer one is refused and offered to reload).
    void loadSettings();
    const Account* selected() const;
    void updateButtons();
    // Shows a refusal or failure from the store; true when there was one.
    bool report(const StoreError& error);

    QSqlDatabase m_db;
    User m_actor;
    PasswordHasher m_hasher;
    QList<Account> m_accounts;
    bool m_usable = false;
    bool m_sqlite = true;
    QLabel* m_problem;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_role;
    QPushButton* m_reset;
    QPushButton* m_active;
    QSpinBox* m_lockMinutes;
    QSpinBox* m_quietDays;
    int m_lockLoaded = 0;
    int m_quietLoaded = 0;
    qint64 m_lockVersion = 0;
    qint64 m_quietVersion = 0;
};
