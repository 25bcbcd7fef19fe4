#pragma once

#include <QWidget>
#include <optional>

class DashboardCaseList;
class QComboBox;
class QLabel;
class QListWidget;
class WorkContext;

// The caseworker's day at a glance: my cases; what is overdue and due this
// week across all cases; certificates due; meetings this week. Each line
// opens its case. "My" is the user whose username is the system login, or
// whoever is chosen in "Show cases of:" (remembered).
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(WorkContext* context, QWidget* parent = nullptr);

    void refresh();
    DashboardCaseList* overdueList() const { return m_overdue; }
    DashboardCaseList* dueThisWeekList() const { return m_dueThisWeek; }
    DashboardCaseList* myCasesList() const { return m_myCases; }
    DashboardCaseList* certificatesList() const { return m_certificates; }
    QListWidget* meetingsList() const { return m_meetings; }
    QLabel* countsLabel() const { return m_counts; }

signals:
    void openCaseRequested(qint64 caseId);

private:
    void loadUsers();
    std::optional<qint64> shownUser() const;
    void loadCaseList(DashboardCaseList* list, bool overdue);
    void loadMeetings();
    void reportError(const QString& what, const QString& message);

    WorkContext* m_context;
    QComboBox* m_user;
    QLabel* m_counts;
    DashboardCaseList* m_overdue;
    DashboardCaseList* m_dueThisWeek;
    DashboardCaseList* m_myCases;
    DashboardCaseList* m_certificates;
    QListWidget* m_meetings;
    QLabel* m_noMeetings;
    QStringList m_errors;
};
