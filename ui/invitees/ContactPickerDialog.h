#pragma once

#include "domain/Contact.h"
#include "domain/InviteeRole.h"

#include <QDialog>
#include <QSqlDatabase>
#include <optional>

class ContactChoiceModel;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableView;

// Finds a person in the directory to invite: type part of a name,
// organisation, job title or email; pick one (Enter or double-click); choose
// the role they take at this meeting, or keep their usual one.
class ContactPickerDialog : public QDialog
{
    Q_OBJECT

public:
    ContactPickerDialog(QSqlDatabase db, QWidget* parent = nullptr);

    // Runs the search now (typing runs it after a short pause).
    void search(const QString& text);
    ContactChoiceModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    // The chosen contact; none before one is picked.
    std::optional<qint64> contactId() const;
    // The role chosen for this meeting; none keeps the contact's usual role.
    std::optional<InviteeRole> role() const;
    void setRole(std::optional<InviteeRole> role);
    // The role the invitee will have: the one chosen, else the contact's usual one.
    std::optional<InviteeRole> effectiveRole() const;
    // Why Invite did nothing (no role chosen for a contact without a usual one); empty otherwise.
    QString shownProblem() const;
    // Stays open, saying why, when "their usual role" is chosen for someone
    // the directory gives none: the role is chosen here, not after it closes.
    void accept() override;

private:
    void runSearch();
    void updateOk();
    const Contact* selectedContact() const;

    QSqlDatabase m_db;
    QLineEdit* m_search;
    QTableView* m_view;
    ContactChoiceModel* m_model;
    QComboBox* m_role;
    QLabel* m_status;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    class QTimer* m_timer;
};
