#pragma once

#include <QDate>
#include <QDialog>

class DateLineEdit;
class QLabel;
class QLineEdit;

// Records that the family said they want mediation: the day they said so
// (today unless changed; never before the enquiry nor in the future,
// rules/MediationRequestRule) and an optional note. Saved, the case moves to
// "mediation requested" on that day (CaseRepository::recordMediationRequested);
// no manual stage move is needed.
class FamilyWantsMediationDialog : public QDialog
{
    Q_OBJECT

public:
    // `fromEnquiry`: the case is still at enquiry, so the information is
    // recorded as given the same day; the dialog says so.
    FamilyWantsMediationDialog(const QString& reference, const QDate& enquiryDate, const QDate& today,
                               bool fromEnquiry, QWidget* parent = nullptr);

    QDate requestedDate() const;
    QString note() const;
    void setRequestedDate(const QDate& date);
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
    QDate m_today;
    DateLineEdit* m_date;
    QLineEdit* m_note;
    QLabel* m_problem;
    bool m_triedToSave = false;
};
