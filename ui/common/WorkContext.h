#pragma once

#include "domain/User.h"
#include "rules/BankHolidayCalendar.h"
#include "rules/Permissions.h"

#include <QDate>
#include <QObject>
#include <QSqlDatabase>
#include <optional>

class DatabaseSession;
class QAction;
class QWidget;

// What every screen needs besides its own widgets: the open database, the
// office's bank holiday calendar, today, and who is at the desk. Reloads when
// the session opens another database, then says so (reloaded()); a screen
// that changes a case says so too (caseChanged()), so the others refresh.
class WorkContext : public QObject
{
    Q_OBJECT

public:
    explicit WorkContext(DatabaseSession* session, QObject* parent = nullptr);

    bool isOpen() const;
    QSqlDatabase database() const;
    const BankHolidayCalendar& calendar() const { return m_calendar; }
    // The system date, read at the GUI's edge; tests may fix it.
    QDate today() const;
    void setToday(const QDate& today) { m_today = today; }
    // The signed-in user; without a sign-in (tests, tools), the user whose
    // username is the operating system login, if there is one.
    std::optional<qint64> currentUserId() const { return m_currentUserId; }
    // Set by the sign-in; announced with reloaded() so screens refresh.
    void setSignedInUser(const std::optional<User>& user);
    const std::optional<User>& signedInUser() const { return m_signedInUser; }
    // Whether the signed-in user's role allows `action` (Permissions). With
    // nobody signed in (a database open for setup, tests) the store decides.
    bool allows(Action action) const;
    // Enables `widget` (or the action) when `otherwiseEnabled` and the role
    // allows `action`; when the role does not, the tooltip says who may.
    void gate(QWidget* widget, Action action, bool otherwiseEnabled = true) const;
    void gate(QAction* qaction, Action action, bool otherwiseEnabled = true) const;
    // Announces an edit, new case or stage move to every screen.
    void notifyCaseChanged(qint64 caseId) { emit caseChanged(caseId); }
    // Reads the office's bank holidays again (after an import) and has every
    // screen read again where the person is (changedElsewhere()).
    void reloadCalendar();
    // Announces a council added or changed, so lists of councils refresh.
    void notifyCouncilsChanged() { emit councilsChanged(); }

signals:
    void reloaded();
    void caseChanged(qint64 caseId);
    void councilsChanged();
    // Another desk committed a change to the open database (ChangeNotifier);
    // screens read again where the person is, keeping the selection.
    void changedElsewhere();

private:
    void reload();
    // The open database has users and nobody acts on this connection yet.
    bool asksWhoActs() const;

    DatabaseSession* m_session;
    BankHolidayCalendar m_calendar;
    QDate m_today;
    std::optional<qint64> m_currentUserId;
    std::optional<User> m_signedInUser;
};
