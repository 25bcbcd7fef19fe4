#pragma once

#include "domain/CaseDetails.h"
#include "domain/TribunalAppeal.h"
#include "rules/StageMachine.h"

#include <QWidget>

class CaseCorrectionDialog;
class CaseDeadlinesModel;
class CaseDeadlinesPanel;
class CaseDetailsForm;
class CaseMergeDialog;
class CaseNextSteps;
class CaseSummaryBanner;
class CaseTimelinePanel;
class CertificateMismatchBanner;
class FamilyNotPursuedDialog;
class ThirtyDayStartDialog;
class FamilyWantsMediationDialog;
class LogActivityDialog;
class InviteesTab;
class QDialog;
class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class StageMoveDialog;
class CaseDocumentsPanel;
class CaseTasksPanel;
class TravelExpensesPanel;
class TribunalAppealDialog;
class WorkContext;

// One case: a header (reference, names, council, route, stage), its
// deadlines with their rules and start dates, the notes and activity
// timeline, the editable details (Ctrl+S saves, Revert puts them back), the
// stage moves the rules allow, the invitees (with the case's mediator and the
// rule checks), its meetings, certificates and the family's travel expenses.
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
    // The family said they want mediation (a mediation case at enquiry,
    // information given or not pursuing): the dialog (window-modal, returning
    // at once); its Record moves the case to "mediation requested" on the day
    // given. Null when the case is not waiting for that decision.
    FamilyWantsMediationDialog* beginFamilyWantsMediation();
    // The family had the information and did not pursue mediation (a
    // mediation case at information given, reg 34): the dialog (window-modal,
    // returning at once); its Record moves the case to "not pursuing
    // mediation" on the day given, making Part 1 due. Null otherwise.
    FamilyNotPursuedDialog* beginFamilyNotPursued();
    // Corrects what starts the statutory 30 days (a mediation case that has
    // asked for mediation): the dialog, window-modal, returning at once; its
    // Correct records the reason and recomputes the deadlines. Null otherwise.
    ThirtyDayStartDialog* beginThirtyDayStartCorrection();
    // Logs the call, email, letter or note that gave the family the mediation
    // information (a mediation case at enquiry): the case moves to
    // "information given" on its date. Null when the case is past enquiry.
    LogActivityDialog* beginInformationGiven();
    // Reopens a closed case (the store refuses an anonymised one); false and a message when refused.
    bool reopen(const QString& reason);
    CaseDetailsForm* detailsForm() const { return m_form; }
    CaseTimelinePanel* timeline() const { return m_timeline; }
    CaseDeadlinesModel* deadlinesModel() const;
    InviteesTab* invitees() const { return m_invitees; }
    // The family's travel expenses (the Travel expenses tab).
    TravelExpensesPanel* travelExpenses() const { return m_travelExpenses; }
    CaseDocumentsPanel* documents() const { return m_documents; }
    // The tasks on the case (the Tasks tab, Alt+8).
    CaseTasksPanel* tasks() const { return m_tasks; }
    // Brings a tab to the front: 0 deadlines, 1 details, 2 invitees.
    void showTab(int index);
    // Opens the correction of the intake facts (Ctrl+Shift+E; window-modal,
    // returning at once); a saved correction reloads the case. Unsaved details
    // are saved first (after asking); null when they are not.
    CaseCorrectionDialog* beginCorrection();
    // What the banner says about issued certificates that printed a fact
    // since corrected; empty (and the banner hidden) when there are none.
    QString certificateMismatchText() const;
    // Voids the first such certificate and issues its replacement, after the
    // void dialog (window-modal, returning at once); null when there is none.
    QDialog* beginVoidAndReplace();
    // Merges this case into another (supervisors; Ctrl+Shift+M): the dialog,
    // window-modal, returning at once. The kept case is then asked to open.
    CaseMergeDialog* beginMerge();
    // Records (or takes off) the family's appeal to the tribunal (issue 14):
    // the dialog, window-modal, returning at once; saving reloads the case.
    TribunalAppealDialog* beginAppeal();
    // The appeal shown in the header, if one is recorded.
    const std::optional<TribunalAppeal>& appeal() const { return m_appeal; }

signals:
    void titleChanged(const QString& title);
    void dirtyChanged(bool dirty);
    void openCaseRequested(qint64 caseId);

private:
    void showHeader();
    void buildStageMenu();
    void moveStage(const StageChange& change);
    bool saveFirst(const QString& before);

    WorkContext* m_context;
    qint64 m_caseId;
    CaseDetails m_details;
    CaseSummaryBanner* m_summary;
    QLabel* m_stage;
    QPushButton* m_moveButton;
    QPushButton* m_saveButton;
    QPushButton* m_revertButton;
    QPushButton* m_correctButton;
    QPushButton* m_mergeButton;
    CaseNextSteps* m_nextSteps;
    std::optional<TribunalAppeal> m_appeal;
    CertificateMismatchBanner* m_mismatchBanner;
    QTabWidget* m_tabs;
    QSplitter* m_splitter;
    CaseDeadlinesPanel* m_deadlines;
    CaseTimelinePanel* m_timeline;
    CaseDetailsForm* m_form;
    InviteesTab* m_invitees;
    TravelExpensesPanel* m_travelExpenses;
    CaseDocumentsPanel* m_documents;
    CaseTasksPanel* m_tasks;
};
