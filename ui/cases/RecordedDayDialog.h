#pragma once

#include "common/CheckedDialog.h"

#include <QDate>

class DateLineEdit;
class QFormLayout;
class QLineEdit;

// A short dialog that records the day something happened on a case (the
// family asked for mediation, or did not pursue it) with an optional note:
// the day is today unless changed, and each subclass checks it against the
// case's enquiry and today by its own rule (rules/MediationRequestRule).
class RecordedDayDialog : public CheckedDialog
{
    Q_OBJECT

public:
    QString note() const;

protected:
    // Makes the date field, set to `today`; the note is made by addNoteRow,
    // so that it comes after any fields a subclass makes in between.
    RecordedDayDialog(const QDate& enquiryDate, const QDate& today, const QString& dateName, QWidget* parent);
    // The date's row; the label's & shortcut takes the date.
    void addDateRow(QFormLayout* form, const QString& label);
    // The optional note's row, with an example of what to write.
    void addNoteRow(QFormLayout* form, const QString& placeholder);
    // What to fix when the date typed is not a real date; empty when it is one.
    QString typedDateProblem() const;

    QDate m_enquiryDate;
    QDate m_today;
    DateLineEdit* m_date;
    QLineEdit* m_note = nullptr;
};
