#pragma once

#include "domain/MeetingRoute.h"

#include <QDate>
#include <QDialog>

class DateLineEdit;
class QCheckBox;
class QLabel;
class QLineEdit;

// Records that the family said they want mediation: the day they said so
// (today unless changed; never before the enquiry nor in the future,
// rules/MediationRequestRule) and an optional note. Saved, the case moves to
// "mediation requested" on that day (CaseRepository::recordMediationRequested);
// no manual stage move is needed. It also records what starts the statutory
// 30 days (rules/README.md section 3, "The 30 days by route"): the day the
// council was told the family wishes to mediate (the asked date unless
// changed) and, for health-only mediation arranged by the integrated care
// board, the day the council told the board the issues.
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
    // What starts the statutory 30 days, as entered.
    ThirtyDayStart thirtyDayStart() const;
    void setCouncilToldDate(const QDate& date);
    void setHealthOnlyIcb(bool healthOnly, const QDate& icbTold);
    // What must be fixed before it can be saved; empty when nothing.
    QString problem() const;
    // The problem as shown under the fields after Save was tried; empty when none is shown.
    QString shownProblem() const;

    void accept() override;
    // Asks before discarding what was typed (common/DiscardGuard).
    void reject() override;

private:
    void update();
    void followAskedDate();

    QDate m_enquiryDate;
    QDate m_today;
    DateLineEdit* m_date;
    DateLineEdit* m_councilTold;
    QCheckBox* m_healthOnly;
    DateLineEdit* m_icbTold;
    bool m_councilToldEdited = false; // until edited it follows the asked date
    bool m_following = false;         // the program, not the person, is setting it
    QLineEdit* m_note;
    QLabel* m_problem;
    bool m_triedToSave = false;
};
