#pragma once

#include "domain/CaseDetails.h"
#include "rules/StageMachine.h"

#include <QWidget>

class CaseDeadlinesModel;
class CaseDetailsForm;
class CaseTimelinePanel;
class InviteesTab;
class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class StageMoveDialog;
class WorkContext;

// One case: a header (reference, names, council, route, stage), its
// deadlines with their rules and start dates, the notes and activity
// timeline, the editable details (Ctrl+S saves, Revert puts them back), the
// stage moves the rules allow, the invitees (with the case's mediator and the
// rule checks), and tabs waiting for meetings and certificates.
class CaseWorkspace : public QWidget
{
    Q_OBJECT

public:
    CaseWorkspace(WorkContext* context, qint64 caseId, QWidget* parent = nullptr);
    ~CaseWorkspace() override;

    qint64 caseId() const { return m_caseId; }
    const CaseDetails& details() const { return m_details; }
    // "CG-2026-0012 Sam Taylor", for a tab.
    QString title() const;
    // Reads the case again; false (and a message) when it cannot.
    bool load();
    bool isDirty() const;
    // Saves the edited details; false (and a message) when they could not be saved.
    bool save();
    void revert();
    // Asks before unsaved edits are lost; true when it is fine to leave.
    bool confirmLeave();
    // Opens the move dialog (window-modal, returning at once); its OK makes the
    // move. Unsaved details are saved first (after asking); null when they are not.
    StageMoveDialog* beginStageMove(CaseStage to);
    // Reopens a closed case (the store refuses an anonymised one); false and a message when refused.
    bool reopen(const QString& reason);
    CaseDetailsForm* detailsForm() const { return m_form; }
    CaseTimelinePanel* timeline() const { return m_timeline; }
    CaseDeadlinesModel* deadlinesModel() const { return m_deadlines; }
    InviteesTab* invitees() const { return m_invitees; }
    // Brings a tab to the front: 0 deadlines, 1 details, 2 invitees.
    void showTab(int index);

signals:
    void titleChanged(const QString& title);
    void dirtyChanged(bool dirty);

private:
    void showHeader();
    void showDeadlines();
    void buildStageMenu();
    void moveStage(const StageChange& change);

    WorkContext* m_context;
    qint64 m_caseId;
    CaseDetails m_details;
    QLabel* m_reference;
    QLabel* m_names;
    QLabel* m_facts;
    QLabel* m_stage;
    QPushButton* m_moveButton;
    QPushButton* m_saveButton;
    QPushButton* m_revertButton;
    QTabWidget* m_tabs;
    QSplitter* m_splitter;
    CaseDeadlinesModel* m_deadlines;
    QTableView* m_deadlinesView;
    CaseTimelinePanel* m_timeline;
    CaseDetailsForm* m_form;
    InviteesTab* m_invitees;
};
