#pragma once

#include "cases/ReferralChoices.h"
#include "domain/CaseDetails.h"
#include "domain/Certificate.h"
#include "domain/Council.h"
#include "rules/CaseCorrectionRules.h"

#include <QDialog>

class DateLineEdit;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTableWidget;
class WorkContext;

// Corrects the facts taken at intake (issue 12): the child's and parent's
// names and dates of birth, who referred, the council, the route, the
// decision, its notice date and the plan sections, and the date and channel
// of enquiry. Shows each changed fact with its old and new value as it is
// typed, asks why, and says at once what the rules refuse
// (CaseCorrectionRules, the same rules the store applies). Saving is one
// transaction in the store (CaseCorrectionRepository); a refusal there is
// shown in the dialog and nothing typed is lost.
class CaseCorrectionDialog : public QDialog
{
    Q_OBJECT

public:
    CaseCorrectionDialog(WorkContext* context, const CaseDetails& details,
                         const QList<Certificate>& certificates, QWidget* parent = nullptr);

    // The referral with the facts as the form holds them.
    Referral corrected() const;
    QString reason() const;
    // The facts changed so far, old and new.
    QList<CaseCorrectionRules::FieldChange> changes() const;
    // What stops saving now, one reason a line; empty when nothing.
    QString problemText() const;
    QLineEdit* reasonEdit() const { return m_reason; }
    QTableWidget* changesTable() const { return m_changes; }

    void accept() override;

private:
    // The child's or the parent's name and date of birth, as the form holds them.
    struct PersonRows
    {
        QLineEdit* given = nullptr;
        QLineEdit* family = nullptr;
        DateLineEdit* birth = nullptr;

        void show(const PersonDetails& person) const;
        void readInto(PersonDetails* person) const;
    };

    void addPeopleRows(QFormLayout* form);
    // `who` starts the fields' object names ("child": childGivenName, childFamilyName,
    // childDateOfBirth); `labels` and `accessible` name the three in that order.
    PersonRows addPerson(QFormLayout* form, const QString& who, const QStringList& labels,
                         const QStringList& accessible);
    void addCaseRows(QFormLayout* form);
    QLineEdit* addLine(QFormLayout* form, const QString& label, const QString& name,
                       const QString& accessible);
    DateLineEdit* addDate(QFormLayout* form, const QString& label, const QString& name,
                          const QString& accessible);
    // Rechecks the correction as it is typed.
    template <class Edit> Edit* watched(Edit* edit);
    void fill();
    void refresh();
    QString councilName(qint64 id) const;

    WorkContext* m_context;
    CaseDetails m_details;
    QList<Certificate> m_certificates;
    QList<Council> m_councils;
    PersonRows m_child;
    PersonRows m_parent;
    ReferralChoices::Form m_choices;
    QLineEdit* m_professionalName = nullptr;
    QLineEdit* m_professionalOrganisation = nullptr;
    DateLineEdit* m_permissionDate = nullptr;
    QComboBox* m_council = nullptr;
    DateLineEdit* m_decisionNoticeDate = nullptr;
    QLineEdit* m_subject = nullptr;
    QLineEdit* m_otherParties = nullptr;
    DateLineEdit* m_enquiryDate = nullptr;
    // Made with the dialog; the fields above are made as the form is built.
    QTableWidget* m_changes;
    QLineEdit* m_reason;
    QLabel* m_problems;
    QDialogButtonBox* m_buttons;
    bool m_reasonTouched = false;
    QString m_storeRefusal;
};
