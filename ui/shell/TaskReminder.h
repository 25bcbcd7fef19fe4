#pragma once

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <functional>

class QStatusBar;
class QSystemTrayIcon;
class QTimer;
class WorkContext;

// Tells the signed-in person what of theirs is due (issue 17 point 4): at
// sign-in, and each morning at the first check after 07:00 while the program
// runs, when they have open tasks due today or overdue. Where the desktop
// has a system tray, as a tray notification; elsewhere as a note in the
// main window's status bar, which never takes the focus. The note gives the
// counts only: a notification may show on a locked screen, and a task's
// title may name a family. The clock is injectable so that a test can drive
// the morning.
class TaskReminder : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    static constexpr int kMorningHour = 7;

    TaskReminder(WorkContext* context, QStatusBar* statusBar, QObject* parent = nullptr);

    // Tests: the time now (local), and whether a tray is there to use.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setTrayAvailable(bool available) { m_trayAvailable = available; }
    // What the minute's timer does: the morning's reminder, once a day, from 07:00.
    void tick();
    // The reminder now (at sign-in); nothing is shown when nothing is due.
    void remind();
    // The last reminder shown (empty when none yet).
    QString lastMessage() const { return m_lastMessage; }
    QSystemTrayIcon* trayIcon() const { return m_tray; }
    QTimer* timer() const { return m_timer; }

signals:
    void reminded(const QString& message);

private:
    WorkContext* m_context;
    QStatusBar* m_statusBar;
    QSystemTrayIcon* m_tray = nullptr;
    QTimer* m_timer;
    Clock m_clock;
    bool m_trayAvailable;
    // The day the morning's reminder was last given (or a sign-in after 07:00 gave it).
    QDate m_remindedOn;
    QString m_lastMessage;
};
