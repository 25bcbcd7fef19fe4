#pragma once

#include "domain/CaseDetails.h"
#include "domain/Invitee.h"
#include "rules/ReferralValidator.h"

#include <QWidget>
#include <optional>

class AdHocInviteeDialog;
class ContactPickerDialog;
class InviteeDetailsPanel;
class InviteeLetters;
class InviteeListModel;
class QComboBox;
class QListWidget;
class QPushButton;
class QTableView;
class WorkContext;

// A case's Invitees tab: who is invited (from the directory or ad hoc; the
// parent or young person from intake is there from the start), in what role
// and how far along (status, in a box beside the list and in the table, and
// for disagreement resolution willingness, edited in the table), their consents and the mediator's
// contact with each; the case's mediator; the rule checks on the list
// (InviteeRules) and the mediator's independence, each as an icon and words;
// and each invitee's invitation or meeting confirmation (InviteeLetters).
class InviteesTab : public QWidget
{
    Q_OBJECT

public:
    explicit InviteesTab(WorkContext* context, QWidget* parent = nullptr);

    // Shows this case (called whenever the workspace loads it).
    void setCase(const CaseDetails& details);
    bool reload();

    // Opens the directory picker (window-modal, returning at once); its OK adds.
    ContactPickerDialog* beginAddFromDirectory();
    // Opens the ad hoc form (window-modal, returning at once); its OK adds.
    AdHocInviteeDialog* beginAddAdHoc();
    // Removes the selected invitee after asking; false when nothing was removed.
    bool removeSelected();
    // The selected invitee's letter: saved, copied or emailed.
    InviteeLetters* letters() const { return m_letters; }
    // Assigns the chosen mediator (none clears) and warns about recorded links.
    bool assignMediator(std::optional<qint64> mediatorId);
    void selectInvitee(qint64 inviteeId);
    std::optional<Invitee> selectedInvitee() const;

    InviteeListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    InviteeDetailsPanel* detailsPanel() const { return m_details; }
    QComboBox* mediatorChoice() const { return m_mediator; }
    // The selected invitee's status, as a visible control beside the list.
    QComboBox* statusChoice() const { return m_status; }
    // The checks as shown, each "Warning: ..." or "Needed first: ..."; "No
    // problems found..." when there are none.
    QStringList shownChecks() const;
    // The stable keys of the problems shown ("invitees.council_decision_maker").
    QStringList shownCheckFields() const;

signals:
    // The case itself changed (its mediator): the workspace reloads it.
    void caseChanged();

private:
    void refreshChecks();
    void fitChecks();
    void updateButtons();
    void saveEdit(const Invitee& invitee, const Invitee& before);
    void setSelectedStatus(int index);
    void showSelected();

    WorkContext* m_context;
    CaseDetails m_case;
    QComboBox* m_mediator;
    QPushButton* m_assign;
    QListWidget* m_checks;
    QPushButton* m_addDirectory;
    QPushButton* m_addAdHoc;
    QPushButton* m_remove;
    QComboBox* m_status;
    // On the status row, where there is room: on the buttons' row they
    // squeezed the selected invitee's details at 1366 pixels.
    InviteeLetters* m_letters;
    InviteeListModel* m_model;
    QTableView* m_view;
    InviteeDetailsPanel* m_details;
};
