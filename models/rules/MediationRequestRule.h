#pragma once

#include "domain/CaseStage.h"
#include "domain/MeetingRoute.h"

#include <QDate>
#include <QList>
#include <QString>

// What the caseworker's own records do to a mediation case (rules reference
// section 3, "Moving on from a referral"): the mediation information given to
// the family moves an enquiry to "information given" on the day it was given;
// the family saying it wants mediation moves the case to "mediation
// requested" on the day they said so, which is never before the enquiry nor
// in the future. No manual stage move is needed for either.
namespace MediationRequestRule {

// Whether logging that the mediation information was given moves this case
// (a mediation case still at enquiry).
bool informationMoves(Route route, CaseStage current);
// Whether the family may be recorded as wanting mediation at this stage: a
// mediation case at enquiry, information given, or not pursuing (the family
// changed its mind after a Part 1).
bool mayRequest(Route route, CaseStage current);
// The stages the case passes, in order, when the family asks on `current`:
// from an enquiry the information is given first (the adviser explains
// mediation when the family asks for it), then mediation requested. Empty
// when mayRequest() is false.
QList<CaseStage> requestPath(Route route, CaseStage current);
// Empty when `requested` may be recorded as the day the family asked;
// otherwise what to fix.
QString dateProblem(const QDate& requested, const QDate& enquiryDate, const QDate& today);

// The dates the statutory 30 days run from (rules reference section 3, "The
// 30 days by route"). Empty when they may be recorded; otherwise what to fix.
// The day the council was told may be left empty (it is then the day the
// family asked); for health-only mediation arranged by the ICB the day the
// council told the ICB the issues is needed. No date is in the future or
// before the enquiry.
QString thirtyDayStartProblem(const ThirtyDayStart& start, const QDate& enquiryDate, const QDate& today);

// Reg 34's second trigger (rules reference section 3): the family had the
// mediation information and did not pursue mediation. The adviser records the
// day they noted it; the case moves to "not pursuing mediation" on that day
// and Part 1 is due within 3 working days of it, as when the family says it
// does not want mediation. Only a mediation case at "information given" is
// waiting for that (from an enquiry, the information comes first).
bool mayRecordNotPursued(Route route, CaseStage current);
// Empty when `recorded` may be the day the adviser recorded that the family
// did not pursue mediation: never before the enquiry, never before the
// information was given (they cannot fail to pursue what they were not
// told about) and never in the future; otherwise what to fix.
QString notPursuedDateProblem(const QDate& recorded, const QDate& enquiryDate, const QDate& informationGiven,
                              const QDate& today);

} // namespace MediationRequestRule
