#pragma once

#include "domain/CaseStage.h"
#include "domain/CertificatePart.h"
#include "domain/Referral.h"
#include "domain/Route.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

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

// A certificate issued outside the program before the import, as a row
// gives it (`certificate_part`, `certificate_number`, `certificate_issued_on`).
struct ImportedCertificate
{
    CertificatePart part = CertificatePart::Part1;
    QString number;
    QDate issued;
    QDate trigger; // the event the Part follows, from the case's dates
};

// The checks a case brought in from another system meets before it is
// stored at its stage (rules/README.md section 8): the stage belongs to the
// route, each stage has the dates it rests on, the dates run in order from
// the enquiry and none is after today.
namespace CaseImportRules {

QList<ImportProblem> check(const ImportedCaseStage& imported, const QDate& today);
// The route and the referrer a row gives (the `route` and `referrer`
// columns). Both must be given: an empty cell is refused, never read as
// mediation or a parent, because a wrong guess starts the wrong statutory
// clock (and a young person's case would wait on a parent). Sets *route or
// *kind when the text is a key (any case); otherwise the problem to show.
std::optional<ImportProblem> readRoute(const QString& text, Route* route);
std::optional<ImportProblem> readReferrer(const QString& text, ReferrerKind* kind);
// A date as a spreadsheet gives it: ISO (2026-11-23) or the UK's day first
// (23/11/2026), years 1900 to 2199. True with a null date for an empty cell;
// false for anything else that is not a date.
bool parseDate(const QString& text, QDate* date);
// The certificates a row says were issued before the import: the three
// columns hold one each, or several separated by ';' in the same order. Each
// Part follows its event, which the case's dates must show (Part 1 the day
// the family did not pursue mediation, Part 2 the meeting held, Part 3 the
// day it could not be held in time), on the mediation route only, and is
// dated on or after it and not after today (CertificateRules); a Part comes
// once. Sets *certificates when there is no problem.
QList<ImportProblem> readCertificates(const QString& parts, const QString& numbers, const QString& dates,
                                      const ImportedCaseStage& imported, const QDate& today,
                                      QList<ImportedCertificate>* certificates);
// A row that updates a case already stored (`action` update): `current` is
// the case's stage and dates, `row` the row's, `stageGiven` whether the row
// names a stage (an empty cell keeps the case's). The row's dates fill in
// those the case does not have; a date the case has is not changed (it is
// on the timeline: correct it in the program); the stage moves only forward,
// to one the stage machine reaches from the case's (a closed case is
// reopened in the program); then the whole meets check(). *merged is the
// case as it will be (set even when there are problems).
QList<ImportProblem> checkUpdate(const ImportedCaseStage& current, const ImportedCaseStage& row,
                                 bool stageGiven, const QDate& today, ImportedCaseStage* merged);
// The stage a closed case was in before it closed: the latest stage its
// dates show (what reopening it goes back to).
CaseStage closedFrom(const ImportedCaseStage& imported);

} // namespace CaseImportRules
