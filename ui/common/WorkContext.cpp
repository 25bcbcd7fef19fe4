#include "common/WorkContext.h"

#include "domain/User.h"
#include "rules/Permissions.h"
#include "shell/DatabaseSession.h"
#include "shell/MessagePresenter.h"
#include "store/access/AccessGuard.h"
#include "store/access/SessionActor.h"
#include "store/access/UserRepository.h"
#include "store/settings/BankHolidayRepository.h"

#include <QAction>
#include <QWidget>

WorkContext::WorkContext(DatabaseSession* session, QObject* parent)
    : QObject(parent), m_session(session), m_calendar(BankHolidayCalendar::shipped())
{
    connect(m_session, &DatabaseSession::databaseChanged, this, &WorkContext::reload);
    connect(m_session, &DatabaseSession::changedElsewhere, this, &WorkContext::changedElsewhere);
    reload();
}

bool WorkContext::isOpen() const
{
    return m_session->isOpen();
}

QSqlDatabase WorkContext::database() const
{
    return m_session->isOpen() ? m_session->database()->connection() : QSqlDatabase();
}

QDate WorkContext::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void WorkContext::setSignedInUser(const std::optional<User>& user)
{
    const std::optional<qint64> before = m_currentUserId;
    const bool hadUser = m_signedInUser.has_value();
    const UserRole roleBefore = hadUser ? m_signedInUser->role : UserRole::Caseworker;
    m_signedInUser = user;
    if (user)
        m_currentUserId = user->id;
    else
        m_currentUserId.reset();
    // Screens enable what the role allows, so a new role refreshes them too.
    const bool roleChanged = hadUser != user.has_value() || (user && user->role != roleBefore);
    // Signed out of a database that asks who acts: the screens wait, covered,
    // for the next sign-in (each would meet the store's "Sign in first").
    if (!user && asksWhoActs())
        return;
    if (m_currentUserId != before || roleChanged)
        emit reloaded();
}

bool WorkContext::allows(Action action) const
{
    return !m_signedInUser || Permissions::allows(m_signedInUser->role, action);
}

void WorkContext::gate(QWidget* widget, Action action, bool otherwiseEnabled) const
{
    const bool allowed = allows(action);
    widget->setEnabled(otherwiseEnabled && allowed);
    // The widget's own tooltip comes back when the role allows it again.
    const char* const own = "commongroundOwnToolTip";
    if (!widget->property(own).isValid())
        widget->setProperty(own, widget->toolTip());
    widget->setToolTip(allowed ? widget->property(own).toString() : Permissions::refusal(action));
}

void WorkContext::gate(QAction* qaction, Action action, bool otherwiseEnabled) const
{
    const bool allowed = allows(action);
    qaction->setEnabled(otherwiseEnabled && allowed);
    qaction->setToolTip(allowed ? QString() : Permissions::refusal(action)); // empty: the action's text
}

void WorkContext::reload()
{
    m_calendar = BankHolidayCalendar::shipped();
    m_currentUserId.reset();
    // Another database: whoever signed in to the last one has not signed in here.
    m_signedInUser.reset();
    if (m_session->isOpen()) {
        BankHolidayCalendar stored;
        // Unreadable, the office's own holidays would be missed by every
        // deadline: the shipped calendar stands and the person is told.
        if (StoreError error = BankHolidayRepository(database()).load(&stored))
            MessagePresenter::instance().showWarning(
                nullptr, tr("Bank holidays"),
                tr("The office's bank holidays could not be read, so deadlines count on the built-in "
                   "calendar until the database is opened again. %1")
                    .arg(error.message()));
        else
            m_calendar = stored;
        const QString login = qEnvironmentVariable("USER");
        User user;
        if (!login.isEmpty() && UserRepository(database()).findByUsername(login, &user).ok() && user.id > 0)
            m_currentUserId = user.id;
        // A database that asks who acts shows nothing until somebody has
        // signed in: the screens reload on setSignedInUser() instead, rather
        // than each meet the store's "Sign in first".
        if (asksWhoActs())
            return;
    }
    emit reloaded();
}

void WorkContext::reloadCalendar()
{
    BankHolidayCalendar stored;
    if (m_session->isOpen() && BankHolidayRepository(database()).load(&stored).ok())
        m_calendar = stored;
    emit changedElsewhere();
}

bool WorkContext::asksWhoActs() const
{
    if (!m_session->isOpen())
        return false;
    bool openForSetup = true;
    qint64 actor = 0;
    return AccessGuard(database()).isOpenForSetup(&openForSetup).ok() && !openForSetup &&
           SessionActor::current(database(), &actor).ok() && actor == 0;
}
