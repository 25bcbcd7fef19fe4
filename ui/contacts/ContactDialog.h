#pragma once

#include "domain/Contact.h"

#include <QDialog>

class FieldMessage;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;
class WorkContext;

// Adds or edits a person of the directory. Name, phone and email are checked
// as they are typed (the phone through libphonenumber), with what to fix
// under the field; nothing is saved while anything is wrong.
class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    // A contact with id 0 is added; otherwise it is edited.
    ContactDialog(WorkContext* context, const Contact& contact, QWidget* parent = nullptr);
    ~ContactDialog() override;

    // The contact as saved (with its id), once accepted.
    const Contact& contact() const { return m_contact; }
    // Checks every field; true when it can be saved.
    bool validate();

public slots:
    void accept() override;
    // Asks before discarding what was typed (common/DiscardGuard).
    void reject() override;

private:
    // Fills the fields from `contact`, which becomes the one saved over.
    void showContact(const Contact& contact);
    Contact contactFromFields() const;
    void validateTouched();

    WorkContext* m_context;
    Contact m_contact;
    QLineEdit* m_givenName = nullptr;
    QLineEdit* m_familyName = nullptr;
    QComboBox* m_organisation = nullptr;
    QLineEdit* m_jobTitle = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QCheckBox* m_decisionMaker = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    FieldMessage* m_nameMessage = nullptr;
    FieldMessage* m_phoneMessage = nullptr;
    FieldMessage* m_emailMessage = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_nameTouched = false;
    bool m_phoneTouched = false;
    bool m_emailTouched = false;
};
