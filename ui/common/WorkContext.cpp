#include "common/WorkContext.h"

#include "domain/User.h"
#include "shell/DatabaseSession.h"
#include "store/BankHolidayRepository.h"
#include "store/UserRepository.h"

WorkContext::WorkContext(DatabaseSession* session, QObject* parent)
    : QObject(parent), m_session(session), m_calendar(BankHolidayCalendar::shipped())
{
    connect(m_session, &DatabaseSession::databaseChanged, this, &WorkContext::reload);
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
    m_signedInUser = user;
    if (user)
        m_currentUserId = user->id;
    else
        m_currentUserId.reset();
    // Another database: whoever signed in to the last one has not signed in here.
    m_signedInUser.reset();
    if (m_currentUserId != before)
        emit reloaded();
}

void WorkContext::reload()
{
    m_calendar = BankHolidayCalendar::shipped();
    m_currentUserId.reset();
    if (m_session->isOpen()) {
        BankHolidayCalendar stored;
        if (!BankHolidayRepository(database()).load(&stored))
            m_calendar = stored;
        const QString login = qEnvironmentVariable("USER");
        User user;
        if (!login.isEmpty() && !UserRepository(database()).findByUsername(login, &user) && user.id > 0)
            m_currentUserId = user.id;
    }
    emit reloaded();
}
