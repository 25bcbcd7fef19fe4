#pragma once

#include "domain/Invitee.h"

#include <QWidget>

class DateLineEdit;
class QComboBox;
class InviteeContactNotesModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class WorkContext;

// One invitee's basis and consents to attend (reg 38: a party or the
// family's one supporter as of right; the child with the parent's and the
// mediator's consent; anyone else with all parties' consent or, failing
// that, the mediator's), a note about them, and the mediator's contact with them before
// the meeting (date, by whom, a short note).
class InviteeDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit InviteeDetailsPanel(WorkContext* context, QWidget* parent = nullptr);

    // Shows this invitee (none: the panel is empty and disabled), with the
    // basis they attend on (InviteeRules::basisOf: the one recorded, else
    // their role's), which saving records.
    void setInvitee(const std::optional<Invitee>& invitee,
                    AttendanceBasis shownBasis = AttendanceBasis::Party);
    // Saves the basis, consents and note; false (with the reason shown, such
    // as a second supporter refused) when not saved.
    bool saveConsents();
    // Adds a contact note dated and worded as typed; false when refused.
    bool addContactNote();
    InviteeContactNotesModel* notesModel() const { return m_notesModel; }
    QComboBox* basisChoice() const { return m_basis; }
    DateLineEdit* parentConsent() const { return m_parentConsent; }
    DateLineEdit* mediatorConsent() const { return m_mediatorConsent; }
    DateLineEdit* allPartiesConsent() const { return m_allPartiesConsent; }
    DateLineEdit* noteDate() const { return m_noteDate; }
    QLineEdit* noteText() const { return m_noteText; }

signals:
    // Consents or note saved: the checks may have changed.
    void inviteeSaved(qint64 inviteeId);

private:
    void loadNotes();
    void showBasisHelp();

    WorkContext* m_context;
    std::optional<Invitee> m_invitee;
    QLabel* m_title;
    QComboBox* m_basis;
    DateLineEdit* m_parentConsent;
    DateLineEdit* m_mediatorConsent;
    DateLineEdit* m_allPartiesConsent;
    QLineEdit* m_notes;
    QPushButton* m_saveConsents;
    QLabel* m_problem;
    QLabel* m_consentHelp;
    InviteeContactNotesModel* m_notesModel;
    QTableView* m_notesView;
    DateLineEdit* m_noteDate;
    QLineEdit* m_noteText;
    QPushButton* m_addNote;
};
