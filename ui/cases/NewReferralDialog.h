#pragma once

#include "cases/ReferralChoices.h"
#include "domain/Referral.h"
#include "rules/ReferralValidator.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QSet>

class DateLineEdit;
class DuplicateReferralDialog;
class FieldMessage;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class WorkContext;

// Takes a new referral down: who referred, the child or young person, the
// parent or carer, the council and the route, when and how it came in, and
// the family's needs. Says next to each field what to fix (the rules are
// ReferralValidator's); refuses to save while anything must be fixed, and
// shows warnings without stopping. Saving is one transaction in the store:
// nothing is half-saved.
class NewReferralDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewReferralDialog(WorkContext* context, QWidget* parent = nullptr);

    // What the form holds now (dates that are not real dates are null).
    Referral referral() const;
    // The case made on saving; 0 until then.
    qint64 createdCaseId() const { return m_caseId; }
    const QString& createdReference() const { return m_reference; }
    // Every message shown now, errors first.
    QStringList shownMessages() const;

    void accept() override;
    // Asks before discarding what was typed (common/DiscardGuard).
    void reject() override;
    // The cases that look like this referral, asked about before saving; null when not shown.
    DuplicateReferralDialog* duplicatePrompt() const { return m_duplicatePrompt; }

signals:
    // "Open that case" at the duplicate prompt: the referral was not saved.
    void openExistingCase(qint64 caseId);

private:
    // True when cases that look like this referral were found and asked about
    // (the prompt answers later); false when saving may go on.
    bool askAboutDuplicates();

    void addReferrerRows(QFormLayout* form);
    void addChildRows(QFormLayout* form);
    void addParentRows(QFormLayout* form);
    void addRouteRows(QFormLayout* form);
    void addEnquiryRows(QFormLayout* form);
    QLineEdit* addLine(QFormLayout* form, const QString& label, const QString& key,
                       const QString& accessible);
    DateLineEdit* addDate(QFormLayout* form, const QString& label, const QString& key,
                          const QString& accessible);
    FieldMessage* addMessage(QFormLayout* form, const QString& key);
    // Marks the field touched and revalidates as it is typed; `key` is the validator's.
    template <class Edit> Edit* watched(Edit* edit, const QString& key);
    void updateVisibility();
    // Shows the problems of the fields touched so far (all after a first attempt to save).
    void validate();
    QList<ValidationProblem> problems() const;

    WorkContext* m_context;
    ReferralChoices::Form m_choices;
    QLineEdit* m_professionalName;
    QLineEdit* m_professionalOrganisation;
    DateLineEdit* m_permissionDate;
    QLineEdit* m_childGiven;
    QLineEdit* m_childFamily;
    DateLineEdit* m_childBirth;
    QLineEdit* m_school;
    QLabel* m_parentNote;
    QLineEdit* m_parentGiven;
    QLineEdit* m_parentFamily;
    QLineEdit* m_parentPhone;
    QLineEdit* m_parentEmail;
    QLineEdit* m_parentAddress;
    QLineEdit* m_parentPostcode;
    QComboBox* m_council;
    DateLineEdit* m_decisionNoticeDate;
    // The route advice: which disputed items could be appealed, which only mediated.
    QLabel* m_appealability = nullptr;
    QLineEdit* m_subject;
    QLineEdit* m_otherParties;
    DateLineEdit* m_enquiryDate;
    QComboBox* m_caseworker;
    QPlainTextEdit* m_adjustments;
    QLineEdit* m_interpreter;
    QLabel* m_summary;
    QDialogButtonBox* m_buttons;

    QHash<QString, FieldMessage*> m_messages;
    QHash<QString, QWidget*> m_fields;
    QSet<QString> m_touched;
    bool m_triedToSave = false;
    qint64 m_caseId = 0;
    QString m_reference;
    // The likely duplicates a person has said this referral is not.
    QSet<qint64> m_notDuplicates;
    DuplicateReferralDialog* m_duplicatePrompt = nullptr;
};
