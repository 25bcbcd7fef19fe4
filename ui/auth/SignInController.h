#pragma once

#include "domain/User.h"
#include "platform/PasswordHasher.h"

#include <QDateTime>
#include <QObject>
#include <functional>
#include <optional>

class DatabaseSession;
class QAction;
class QLabel;
class QMainWindow;
class ScreenLock;
class WorkContext;

// Who is at the desk. Each time a database opens it asks: on SQLite the
// sign-in dialog (or, on a database without accounts, the dialog that makes
// the first administrator); on PostgreSQL the server's login is the sign-in
// and only the matching users row is looked up. Shows the signed-in user in
// the status bar, offers the Users screen to administrators, and locks the
// screen after the office's inactivity setting. Office > Sign Out lets the
// person at the desk leave without quitting: the next one signs in and
// starts from their own filters, searches and screen.
class SignInController : public QObject
{
    Q_OBJECT

public:
    SignInController(QMainWindow* window, DatabaseSession* session, WorkContext* context);

    // The demo database states its published sign-in on the dialog.
    void setDemo(const QString& username, const QString& password);
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setHasher(const PasswordHasher& hasher) { m_hasher = hasher; }

    const std::optional<User>& user() const { return m_user; }
    ScreenLock* screenLock() const { return m_lock; }
    QAction* usersAction() const { return m_usersAction; }
    QAction* auditAction() const { return m_auditAction; }
    QAction* lockAction() const { return m_lockAction; }
    QAction* changePasswordAction() const { return m_changePasswordAction; }
    QAction* signOutAction() const { return m_signOutAction; }
    // Asked before signing out: whether the screens may be left (unsaved edits).
    void setLeaveCheck(std::function<bool()> mayLeave) { m_mayLeave = std::move(mayLeave); }

    void showUsers();
    void showAuditTrail();
    void changePassword();
    // Signs the user out after asking about unsaved edits; every screen
    // drops what it showed. On SQLite the sign-in is asked for at once; on
    // PostgreSQL, whose login is the sign-in, the database is closed for the
    // next person to connect with their own. False when the person stayed.
    bool signOut();

signals:
    // Nobody signed in to the database just opened; it has been closed.
    void signInAbandoned();
    // `username` has signed out; the screens are about to be asked to forget them.
    void signedOut(const QString& username);

private:
    void databaseChanged();
    std::optional<User> askSqlite();
    std::optional<User> findPostgresLogin();
    bool verifyForUnlock(const QString& password, QString* problem);
    void applyUser();

    QMainWindow* m_window;
    DatabaseSession* m_session;
    WorkContext* m_context;
    ScreenLock* m_lock;
    QLabel* m_status;
    QAction* m_usersAction;
    QAction* m_auditAction;
    QAction* m_lockAction;
    QAction* m_changePasswordAction;
    QAction* m_signOutAction;
    std::function<bool()> m_mayLeave;
    std::function<QDateTime()> m_clock;
    PasswordHasher m_hasher;
    std::optional<User> m_user;
    QString m_demoUsername;
    QString m_demoPassword;
    bool m_asking = false;
};
