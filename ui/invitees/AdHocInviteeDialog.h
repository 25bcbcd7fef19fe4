#pragma once

#include "domain/Invitee.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

// Someone invited who is not in the directory (a grandparent supporting the
// family, an interpreter booked for this meeting): name and role needed,
// organisation, email and phone optional. OK is refused, with what to fix,
// until the name is given; the store checks email and phone.
class AdHocInviteeDialog : public QDialog
{
    Q_OBJECT

public:
    // `save` adds the invitee and returns what is wrong (empty when saved);
    // the dialog stays open with the problem shown until it is saved.
    explicit AdHocInviteeDialog(std::function<QString(const Invitee&)> save, QWidget* parent = nullptr);

    // The invitee as typed (no case id yet).
    Invitee invitee() const;
    // Shows a problem the store found, keeping what was typed.
    void showProblem(const QString& text);
    QString problem() const;

    void accept() override;
    // Asks before discarding what was typed (common/DiscardGuard).
    void reject() override;

private:
    std::function<QString(const Invitee&)> m_save;
    QLineEdit* m_name;
    QComboBox* m_role;
    QComboBox* m_status;
    QLineEdit* m_organisation;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QLabel* m_problem;
};
