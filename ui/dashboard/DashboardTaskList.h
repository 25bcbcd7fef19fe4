#pragma once

#include "domain/CaseTask.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QListWidget;

// One list of tasks on the dashboard ("My tasks", "Overdue tasks"): a title
// with how many, and a line a task (due day, case reference, what, and for
// whom unless the list is one person's). Enter or a double click opens the
// task's case.
class DashboardTaskList : public QWidget
{
    Q_OBJECT

public:
    DashboardTaskList(const QString& title, const QString& emptyText, QWidget* parent = nullptr);

    void setTasks(const QList<CaseTask>& tasks, const QDate& today);
    void clear();
    void setTitle(const QString& title);
    void setEmptyText(const QString& text);
    // Whether each line names whom the task is for (not in a list of one person's tasks).
    void setShowsWhoFor(bool shows) { m_showsWhoFor = shows; }
    QListWidget* list() const { return m_list; }
    // The case of the line at `row` (0 when there is none).
    qint64 caseIdAt(int row) const;

signals:
    void caseActivated(qint64 caseId);

private:
    void showCount();

    QString m_title;
    QLabel* m_heading;
    QListWidget* m_list;
    QLabel* m_empty;
    bool m_showsWhoFor = true;
};
