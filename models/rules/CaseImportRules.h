#pragma once

#include "domain/CaseStage.h"
#include "domain/Route.h"

#include <QDate>
#include <QList>
#include <QString>

// Where an imported case stands: the stage a spreadsheet gives and the dates
// that stage rests on (rules/README.md section 8, "Cases imported").
struct ImportedCaseStage
{
    Route route = Route::Mediation;
    CaseStage stage = CaseStage::Enquiry;
    QDate enquiryDate;
    QDate informationGivenDate;
    QDate mediationRequestedDate;
    QDate notPursuingDate;
    QDate meetingHeldDate;
    QDate noMeetingDate;
    QDate closedDate;
    QString closedReason;
};

// One thing wrong with an imported case's stage: the import column to fix
// ("meeting_held_on") and what to do.
struct ImportProblem
{
    QString column;
    QString message;
};

// The checks a case brought in from another system meets before it is
// stored at its stage (rules/README.md section 8): the stage belongs to the
// route, each stage has the dates it rests on, the dates run in order from
// the enquiry and none is after today.
namespace CaseImportRules {

QList<ImportProblem> check(const ImportedCaseStage& imported, const QDate& today);
// The stage a closed case was in before it closed: the latest stage its
// dates show (what reopening it goes back to).
CaseStage closedFrom(const ImportedCaseStage& imported);

} // namespace CaseImportRules
