#pragma once

#include "common/CheckedDialog.h"
#include "domain/MeetingRoute.h"

#include <QDate>

class QLineEdit;
class ThirtyDayStartFields;

// Corrects what starts the statutory 30 days of a case that has asked for
// mediation (rules/README.md section 3, "The 30 days by route"): the day the
// council was told the family wishes to mediate or, for health-only mediation
// arranged by the integrated care board, the day the council told the board
// the issues. A reason is asked, as for every correction; the store records
// it on the timeline and recomputes the deadlines
// (CaseRepository::correctThirtyDayStart).
class ThirtyDayStartDialog : public CheckedDialog
{
    Q_OBJECT

public:
    ThirtyDayStartDialog(const QString& reference, const ThirtyDayStart& current, const QDate& enquiryDate,
                         const QDate& today, QWidget* parent = nullptr);

    ThirtyDayStart thirtyDayStart() const;
    void setCouncilToldDate(const QDate& date);
    void setHealthOnlyIcb(bool healthOnly, const QDate& icbTold);
    QString reason() const;
    void setReason(const QString& reason);
    QString problem() const override;

private:
    ThirtyDayStart m_current;
    QDate m_enquiryDate;
    QDate m_today;
    ThirtyDayStartFields* m_start;
    QLineEdit* m_reason;
};
