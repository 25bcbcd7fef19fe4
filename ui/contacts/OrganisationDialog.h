#pragma once

#include "domain/Organisation.h"

#include <QDialog>

class FieldMessage;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;
class WorkContext;

// Adds or edits an organisation of the directory: its kind, its council, and
// its address, postcode, phone and email, checked as they are typed with what
// to fix under the field; nothing is saved while anything is wrong.
class OrganisationDialog : public QDialog
{
    Q_OBJECT

public:
    // An organisation with id 0 is added; otherwise it is edited.
    OrganisationDialog(WorkContext* context, const Organisation& organisation, QWidget* parent = nullptr);
    ~OrganisationDialog() override;

    const Organisation& organisation() const { return m_organisation; }
    bool validate();

public slots:
    void accept() override;
    // Asks before discarding what was typed (common/DiscardGuard).
    void reject() override;

private:
    // Fills the fields from `organisation`, which becomes the one saved over.
    void showOrganisation(const Organisation& organisation);
    Organisation organisationFromFields() const;
    void validateFields(bool all);

    WorkContext* m_context;
    Organisation m_organisation;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_council = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_postcode = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    FieldMessage* m_nameMessage = nullptr;
    FieldMessage* m_postcodeMessage = nullptr;
    FieldMessage* m_phoneMessage = nullptr;
    FieldMessage* m_emailMessage = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QSet<QLineEdit*> m_touched;
};
