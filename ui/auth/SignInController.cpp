#include "auth/SignInController.h"

#include "audit/AuditTrailDialog.h"
#include "auth/ChangePasswordDialog.h"
#include "auth/FirstAdministratorDialog.h"
#include "auth/ScreenLock.h"
#include "auth/SignInDialog.h"
#include "auth/UsersDialog.h"
#include "common/WorkContext.h"
#include "domain/User.h"
#include "shell/DatabaseSession.h"
#include "shell/MenuTitles.h"
#include "shell/MessagePresenter.h"
#include "store/access/AccountRepository.h"
#include "store/access/SessionActor.h"
#include "store/settings/SettingsRepository.h"

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

SignInController::SignInController(QMainWindow* window, DatabaseSession* session, WorkContext* context)
    : QObject(window), m_window(window), m_session(session), m_context(context),
      m_lock(new ScreenLock(window)), m_status(new QLabel(window)),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_status->setObjectName(QStringLiteral("signedInUser"));
    m_status->setAccessibleName(tr("Signed in as"));
    window->statusBar()->addPermanentWidget(m_status);

    QMenu* office = new QMenu(MenuTitles::office(), window);
    office->setObjectName(QStringLiteral("officeMenu"));
    m_usersAction =
        office->addAction(tr("&Users and Office Settings..."), this, &SignInController::showUsers);
    m_auditAction = office->addAction(tr("Audit &Trail..."), this, &SignInController::showAuditTrail);
    m_auditAction->setObjectName(QStringLiteral("auditTrailAction"));
    m_changePasswordAction =
        office->addAction(tr("Change My &Password..."), this, &SignInController::changePassword);
    m_lockAction = office->addAction(tr("&Lock Screen"), m_lock, &ScreenLock::lock);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L));
    office->addSeparator();
    m_signOutAction = office->addAction(tr("Sign &Out"), this, &SignInController::signOut);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_signOutAction->setToolTip(tr("Leave without quitting, so that someone else can sign in"));
    // Before Help, the last menu.
    QList<QAction*> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), office);

    m_lock->setVerifier(
        [this](const QString& password, QString* problem) { return verifyForUnlock(password, problem); });
    connect(m_session, &DatabaseSession::databaseChanged, this, &SignInController::databaseChanged);
    applyUser();
}

void SignInController::setDemo(const QString& username, const QString& password)
{
    m_demoUsername = username;
    m_demoPassword = password;
}

void SignInController::databaseChanged()
{
    if (m_asking)
        return;
    m_user.reset();
    if (!m_session->isOpen()) {
        applyUser();
        m_lock->unlock();
        return;
    }
    // Nothing of the new database shows until somebody has signed in.
    m_lock->coverForSignIn();
    m_asking = true;
    const bool sqlite = m_session->database()->settings().engine() == ConnectionSettings::Engine::Sqlite;
    m_user = sqlite ? askSqlite() : findPostgresLogin();
    m_asking = false;
    if (!m_user) {
        applyUser();
        m_session->close();
        emit signInAbandoned();
        return;
    }
    applyUser();
    m_lock->unlock();
}

std::optional<User> SignInController::askSqlite()
{
    QSqlDatabase db = m_session->database()->connection();
    bool first = false;
    if (StoreError error = AccountRepository(db, m_hasher).needsFirstAdministrator(&first)) {
        MessagePresenter::instance().showError(m_window, tr("Sign In"), error.message());
        return std::nullopt;
    }
    if (first) {
        FirstAdministratorDialog dialog(db, m_window);
        dialog.setHasher(m_hasher);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.administrator();
    }
    SignInDialog dialog(db, m_window);
    dialog.setHasher(m_hasher);
    dialog.setClock(m_clock);
    const bool demo = !m_demoUsername.isEmpty() &&
                      m_session->database()->settings().sqlitePath() == ConnectionSettings::demoSqlitePath();
    if (demo)
        dialog.setDemoSignIn(m_demoUsername, m_demoPassword);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.user();
}

std::optional<User> SignInController::findPostgresLogin()
{
    QSqlDatabase db = m_session->database()->connection();
    AccountRepository accounts(db, m_hasher);
    User user;
    if (StoreError error = accounts.databaseLogin(&user)) {
        MessagePresenter::instance().showError(m_window, tr("Sign In"), error.message());
        return std::nullopt;
    }
    if (user.id > 0)
        return user;
    // libpq takes the operating system login when the settings name none.
    QString login = m_session->database()->settings().user();
    if (login.isEmpty())
        login = qEnvironmentVariable("USER");
    // A new shared database: whoever created it becomes its first administrator.
    if (StoreError error = accounts.adoptLoginAsFirstAdministrator(QDateTime::currentDateTimeUtc(), &user)) {
        MessagePresenter::instance().showError(
            m_window, tr("Sign In"),
            error.kind() == StoreError::Kind::Forbidden
                ? tr("The database login \"%1\" is not a user of Common Ground. Ask an administrator to add "
                     "a user with the username %1 on the Users screen.")
                      .arg(login)
                : error.message());
        return std::nullopt;
    }
    MessagePresenter::instance().showWarning(
        m_window, tr("Sign In"),
        tr("This shared database had no administrator, so your login \"%1\" has become its administrator. "
           "Add everybody else on Office > Users.")
            .arg(user.username));
    return user;
}

bool SignInController::verifyForUnlock(const QString& password, QString* problem)
{
    if (!m_user || !m_session->isOpen())
        return false;
    const ConnectionSettings& settings = m_session->database()->settings();
    if (settings.engine() == ConnectionSettings::Engine::Sqlite) {
        SignInResult result;
        if (StoreError error = AccountRepository(m_session->database()->connection(), m_hasher)
                                   .signIn(m_user->username, password, m_clock(), &result)) {
            *problem = error.message();
            return false;
        }
        if (result.outcome == SignInResult::Outcome::SignedIn)
            return true;
        *problem = result.outcome == SignInResult::Outcome::Locked
                       ? tr("Too many wrong passwords: the account is locked for five minutes.")
                       : tr("That password is not right.");
        return false;
    }
    // PostgreSQL: the password is the database login's, checked by connecting again.
    ConnectionSettings check = settings;
    check.setPassword(password);
    Database probe(check);
    if (StoreError error = probe.open({.create = false, .migrate = false})) {
        *problem = tr("That password is not right.");
        return false;
    }
    return true;
}

void SignInController::applyUser()
{
    // The store checks permissions and names the actor in the audit trail
    // from the connection, not from what the GUI believes.
    if (Database* database = m_session->database(); database && database->isOpen()) {
        const QSqlDatabase db = database->connection();
        if (StoreError error = m_user ? SessionActor::set(db, m_user->id) : SessionActor::clear(db)) {
            m_user.reset();
            // Already failing: the person is signed out whether or not this works.
            static_cast<void>(SessionActor::clear(db));
        }
    }
    m_context->setSignedInUser(m_user);
    if (m_user) {
        m_status->setText(tr("Signed in: %1 (%2)").arg(m_user->displayName, userRoleTitle(m_user->role)));
        m_lock->setSignedInName(m_user->displayName);
        int minutes = SettingsRepository::kDefaultScreenLockMinutes;
        // Unreadable, the screen lock keeps its default (SettingsRepository).
        static_cast<void>(
            SettingsRepository(m_session->database()->connection()).screenLockMinutes(&minutes));
        m_lock->setTimeout(minutes * 60 * 1000);
    } else {
        m_status->setText(tr("Not signed in"));
        m_lock->setTimeout(0);
    }
    m_usersAction->setEnabled(m_user && UsersDialog::allowedFor(*m_user));
    m_auditAction->setEnabled(m_user && AuditTrailDialog::allowedFor(*m_user));
    m_lockAction->setEnabled(m_user.has_value());
    m_signOutAction->setEnabled(m_user.has_value());
    // On PostgreSQL the password is the database login's, changed on the server.
    m_changePasswordAction->setEnabled(m_user && m_session->isOpen() &&
                                       m_session->database()->settings().engine() ==
                                           ConnectionSettings::Engine::Sqlite);
}

bool SignInController::signOut()
{
    if (!m_user || !m_session->isOpen() || m_asking)
        return false;
    if (m_mayLeave && !m_mayLeave())
        return false;
    const QString username = m_user->username;
    const bool sqlite = m_session->database()->settings().engine() == ConnectionSettings::Engine::Sqlite;
    emit signedOut(username);
    // Covered first: nothing of the last person's work shows while nobody is
    // signed in; the screens read again for the next person (open cases close).
    m_lock->coverForSignIn();
    m_user.reset();
    applyUser();
    if (!sqlite) {
        m_session->close();
        MessagePresenter::instance().showInformation(
            m_window, tr("Sign Out"),
            tr("You are signed out. The next person connects with File > Connect to Shared Database, with "
               "their own database login."));
        return true;
    }
    m_asking = true;
    m_user = askSqlite();
    m_asking = false;
    if (!m_user) {
        applyUser();
        m_session->close();
        emit signInAbandoned();
        return true;
    }
    applyUser();
    m_lock->unlock();
    return true;
}

void SignInController::changePassword()
{
    if (!m_user || !m_session->isOpen())
        return;
    ChangePasswordDialog dialog(m_session->database()->connection(), m_user->id, m_window);
    dialog.setHasher(m_hasher);
    dialog.exec();
}

void SignInController::showUsers()
{
    if (!m_user || !m_session->isOpen())
        return;
    if (!UsersDialog::allowedFor(*m_user)) {
        MessagePresenter::instance().showError(m_window, tr("Users"),
                                               tr("Only administrators can manage users."));
        return;
    }
    UsersDialog dialog(m_session->database()->connection(), *m_user, m_window);
    dialog.setHasher(m_hasher);
    dialog.exec();
    // The screen lock may have changed.
    applyUser();
}

void SignInController::showAuditTrail()
{
    if (!m_user || !m_session->isOpen() || !AuditTrailDialog::allowedFor(*m_user))
        return;
    AuditTrailDialog dialog(m_session->database()->connection(), m_window);
    dialog.exec();
}
