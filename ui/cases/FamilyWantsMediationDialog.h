#pragma once

#include "cases/RecordedDayDialog.h"
#include "domain/MeetingRoute.h"

class ThirtyDayStartFields;

// Records that the family said they want mediation: the day they said so
// (today unless changed; never before the enquiry nor in the future,
// rules/MediationRequestRule) and an optional note. Saved, the case moves to
// "mediation requested" on that day (CaseRepository::recordMediationRequested);
// no manual stage move is needed. It also records what starts the statutory
// 30 days (rules/README.md section 3, "The 30 days by route"): the day the
// council was told the family wishes to mediate (the asked date unless
// changed) and, for health-only mediation arranged by the integrated care
// board, the day the council told the board the issues.
class FamilyWantsMediationDialog : public RecordedDayDialog
{
    Q_OBJECT

public:
    // `fromEnquiry`: the case is still at enquiry, so the information is
    // recorded as given the same day; the dialog says so.
    FamilyWantsMediationDialog(const QString& reference, const QDate& enquiryDate, const QDate& today,
                               bool fromEnquiry, QWidget* parent = nullptr);

    QDate requestedDate() const;
    void setRequestedDate(const QDate& date);
    // What starts the statutory 30 days, as entered.
    ThirtyDayStart thirtyDayStart() const;
    void setCouncilToldDate(const QDate& date);
    void setHealthOnlyIcb(bool healthOnly, const QDate& icbTold);
    QString problem() const override;

private:
    void followAskedDate();

    ThirtyDayStartFields* m_start;
    bool m_councilToldEdited = false; // until edited it follows the asked date
};
