#pragma once

#include <QDate>
#include <QDialog>

class DateLineEdit;
class QLabel;
class QLineEdit;

// Records that the family, given the mediation information, did not pursue
// mediation (reg 34): the day the adviser recorded it (today unless changed;
// never before the enquiry or the information, nor in the future,
// rules/MediationRequestRule) and an optional note. Saved, the case moves to
// "not pursuing mediation" on that day and Part 1 is due within 3 working
// days (CaseRepository::recordNotPursued); no manual stage move is needed.
class FamilyNotPursuedDialog : public QDialog
{
    Q_OBJECT

public:
    FamilyNotPursuedDialog(const QString& reference, const QDate& enquiryDate, const QDate& informationGiven,
                           const QDate& today, QWidget* parent = nullptr);

    QDate recordedDate() const;
    QString note() const;
    void setRecordedDate(const QDate& date);
    // What must be fixed before it can be saved; empty when nothing.
    QString problem() const;
    // The problem as shown under the fields after Save was tried; empty when none is shown.
    QString shownProblem() const;

    void accept() override;
    // Asks before discarding what was typed (common/DiscardGuard).
    void reject() override;

private:
    void update();

    QDate m_enquiryDate;
    QDate m_informationGiven;
    QDate m_today;
    DateLineEdit* m_date;
    QLineEdit* m_note;
    QLabel* m_problem;
    bool m_triedToSave = false;
};
