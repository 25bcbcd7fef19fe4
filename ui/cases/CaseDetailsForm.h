#pragma once

#include "domain/CaseDetails.h"
#include "domain/User.h"

#include <QList>
#include <QWidget>

class FieldMessage;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class WorkContext;

// The parts of a case that may change after intake: school, caseworker,
// contact details, reasonable adjustments, interpreter, and for disagreement
// resolution what it is about and who the other parties are. Knows whether
// it holds unsaved edits and can put the saved values back.
class CaseDetailsForm : public QWidget
{
    Q_OBJECT

public:
    explicit CaseDetailsForm(WorkContext* context, QWidget* parent = nullptr);

    void load(const CaseDetails& details, const QList<User>& caseworkers);
    // The loaded case with the edits applied.
    CaseDetails edited() const;
    bool isDirty() const { return m_dirty; }
    void revert();
    // What must be fixed before saving, shown next to the fields; empty when nothing.
    QStringList check();

signals:
    void dirtyChanged(bool dirty);

private:
    QLineEdit* addLine(class QFormLayout* form, const QString& label, const QString& accessible);
    void setDirty(bool dirty);
    void fill();

    WorkContext* m_context;
    CaseDetails m_saved;
    QList<User> m_caseworkers;
    QLineEdit* m_school;
    QComboBox* m_caseworker;
    QLineEdit* m_parentPhone;
    FieldMessage* m_phoneMessage;
    QLineEdit* m_parentEmail;
    FieldMessage* m_emailMessage;
    QLineEdit* m_parentAddress;
    QLineEdit* m_parentPostcode;
    QPlainTextEdit* m_adjustments;
    QLineEdit* m_interpreter;
    QWidget* m_disagreementBox;
    QLineEdit* m_subject;
    QLineEdit* m_otherParties;
    bool m_dirty = false;
    bool m_filling = false;
};
