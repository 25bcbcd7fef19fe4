#include "shell/TaskReminder.h"

#include "common/WorkContext.h"
#include "rules/TaskRules.h"
#include "store/cases/CaseTaskRepository.h"

#include <QApplication>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

TaskReminder::TaskReminder(WorkContext* context, QStatusBar* statusBar, QObject* parent)
    : QObject(parent), m_context(context), m_statusBar(statusBar), m_timer(new QTimer(this)),
      m_clock([] { return QDateTime::currentDateTime(); }),
      m_trayAvailable(QSystemTrayIcon::isSystemTrayAvailable())
{
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &TaskReminder::tick);
    m_timer->start();
    // A sign-in, or another database opened, reloads every screen: remind then.
    connect(m_context, &WorkContext::reloaded, this, &TaskReminder::remind);
}

void TaskReminder::tick()
{
    const QDateTime now = m_clock();
    if (now.time().hour() < kMorningHour || m_remindedOn == now.date())
        return;
    remind();
}

void TaskReminder::remind()
{
    const QDateTime now = m_clock();
    // A sign-in after 07:00 is that morning's reminder; one before it is not.
    if (now.time().hour() >= kMorningHour)
        m_remindedOn = now.date();
    const std::optional<qint64> me = m_context->currentUserId();
    if (!m_context->isOpen() || !me)
        return;
    QList<CaseTask> tasks;
    if (CaseTaskRepository(m_context->database()).openTasksFor(*me, &tasks))
        return; // the dashboard says what could not be read
    const QDate today = now.date();
    int dueToday = 0;
    int overdue = 0;
    for (const CaseTask& task : std::as_const(tasks)) {
        dueToday += TaskRules::isDueToday(task, today) ? 1 : 0;
        overdue += TaskRules::isOverdue(task, today) ? 1 : 0;
    }
    if (dueToday == 0 && overdue == 0)
        return;
    QStringList parts;
    if (dueToday > 0)
        parts << (dueToday == 1 ? tr("1 task due today") : tr("%1 tasks due today").arg(dueToday));
    if (overdue > 0)
        parts << (overdue == 1 ? tr("1 task overdue") : tr("%1 tasks overdue").arg(overdue));
    m_lastMessage = tr("You have %1. They are under My tasks on the dashboard.").arg(parts.join(tr(" and ")));
    if (m_trayAvailable) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(qApp->windowIcon(), this);
            m_tray->setToolTip(tr("Common Ground"));
        }
        m_tray->show();
        m_tray->showMessage(tr("Tasks due"), m_lastMessage, QSystemTrayIcon::Information);
    } else if (m_statusBar) {
        m_statusBar->showMessage(m_lastMessage);
    }
    emit reminded(m_lastMessage);
}
