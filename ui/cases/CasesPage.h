#pragma once

#include <QWidget>

class CaseListPanel;
class CaseWorkspace;
class NewReferralDialog;
class QAction;
class QMenu;
class QuickOpenDialog;
class RecentCases;
class QTabWidget;
class WorkContext;

// The Cases screen: the case list in the first tab, and each open case in a
// tab of its own. Ctrl+F searches, F5 refreshes, Ctrl+W closes a case tab
// (asking first about unsaved edits). Ctrl+K opens a case by reference or
// name from any screen, and the Case menu lists the cases opened last.
class CasesPage : public QWidget
{
    Q_OBJECT

public:
    explicit CasesPage(WorkContext* context, QWidget* parent = nullptr);

    CaseListPanel* list() const { return m_list; }
    // Opens the case in its tab (or shows it when already open); null when it cannot be read.
    CaseWorkspace* openCase(qint64 caseId);
    CaseWorkspace* currentWorkspace() const;
    QList<CaseWorkspace*> workspaces() const;
    // Opens the dialog (window-modal, returning at once); a saved referral opens as a case.
    NewReferralDialog* newReferral();
    // Ctrl+N, for the window's menu: works from any screen.
    QAction* newReferralAction() const { return m_newReferralAction; }
    // Opens the quick-open dialog (window-modal, returning at once); the case chosen opens.
    QuickOpenDialog* quickOpen();
    // Ctrl+K, for the window's menu: works from any screen.
    QAction* quickOpenAction() const { return m_quickOpenAction; }
    // Case > Recent Cases: filled each time it opens.
    QMenu* recentMenu() const { return m_recentMenu; }
    RecentCases* recentCases() const { return m_recent; }
    // Asks about every case with unsaved edits; true when it is fine to leave.
    Q_INVOKABLE bool confirmLeave();
    bool closeWorkspace(int tabIndex);
    void refresh();

signals:
    // A case chosen with Ctrl+K or from Recent Cases was opened: the window shows this screen.
    void caseOpenedFromMenu();

private:
    void reload();
    void onCaseChanged(qint64 caseId);
    // Another desk changed something: the list and the open cases read again.
    void onChangedElsewhere();

    WorkContext* m_context;
    QTabWidget* m_tabs;
    CaseListPanel* m_list;
    QAction* m_newReferralAction;
    QAction* m_quickOpenAction;
    RecentCases* m_recent;
    QMenu* m_recentMenu;
};
