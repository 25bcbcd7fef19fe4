#pragma once

#include "domain/CaseStage.h"

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

} // namespace MediationRequestRule
