#pragma once

#include "cases/RecordedDayDialog.h"

// Records that the family, given the mediation information, did not pursue
// mediation (reg 34): the day the adviser recorded it (today unless changed;
// never before the enquiry or the information, nor in the future,
// rules/MediationRequestRule) and an optional note. Saved, the case moves to
// "not pursuing mediation" on that day and Part 1 is due within 3 working
// days (CaseRepository::recordNotPursued); no manual stage move is needed.
class FamilyNotPursuedDialog : public RecordedDayDialog
{
    Q_OBJECT

public:
    FamilyNotPursuedDialog(const QString& reference, const QDate& enquiryDate, const QDate& informationGiven,
                           const QDate& today, QWidget* parent = nullptr);

    QDate recordedDate() const;
    void setRecordedDate(const QDate& date);
    QString problem() const override;

private:
    QDate m_informationGiven;
};
