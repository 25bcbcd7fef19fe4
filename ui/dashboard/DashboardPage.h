#pragma once

#include <QWidget>
#include <optional>

class DashboardCaseList;
class DashboardTaskList;
class FirstRunChecklist;
class QGridLayout;
struct CaseListFilter;
class QComboBox;
class QLabel;
class QListWidget;
class WorkContext;

// The day at a glance: what is overdue and due this week (each line says
// what is due: "Part 2 certificate", "Meeting must take place"), the open
// cases, certificates due, meetings this week, families gone quiet, and the
// tasks: the person's open tasks ("My tasks") and those overdue. Each line
// opens its case.
// "Show cases of:" narrows everything to one person's cases (where they are
// caseworker or mediator, and the meetings they run) or shows everyone's; a
// caseworker or mediator starts with their own, a supervisor with everyone's.
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
    // Hidden while the office's quiet-family prompt is off (QuietFamilyRule).
    DashboardCaseList* quietFamiliesList() const { return m_quiet; }
    QLabel* countsLabel() const { return m_counts; }
    // The open tasks for the person shown (the signed-in user when everyone's
    // cases are shown), and the open tasks overdue (the shown person's, or
    // everyone's), on the cases the signed-in user sees.
    DashboardTaskList* myTasksList() const { return m_myTasks; }
    DashboardTaskList* overdueTasksList() const { return m_overdueTasks; }
    // An administrator's list of what a new office sets up, until it is done.
    FirstRunChecklist* checklist() const { return m_checklist; }

signals:
    void openCaseRequested(qint64 caseId);

private:
    void loadUsers();
    std::optional<qint64> shownUser() const;
    void loadCaseList(DashboardCaseList* list, const CaseListFilter& filter, const QString& what);
    void showQuietFamilies();
    void loadMeetings();
    void loadTasks();
    void reportError(const QString& what, const QString& message);

    WorkContext* m_context;
    QComboBox* m_user;
    QLabel* m_counts;
    FirstRunChecklist* m_checklist;
    DashboardCaseList* m_overdue;
    DashboardCaseList* m_dueThisWeek;
    DashboardCaseList* m_myCases;
    DashboardCaseList* m_certificates;
    DashboardCaseList* m_quiet;
    DashboardTaskList* m_myTasks;
    DashboardTaskList* m_overdueTasks;
    QGridLayout* m_grid;
    QWidget* m_meetingsBox;
    QListWidget* m_meetings;
    QLabel* m_noMeetings;
    QStringList m_errors;
};
