#pragma once

#include "domain/CaseDetails.h"
#include "domain/Certificate.h"
#include "rules/DeadlineCalculator.h"

#include <QList>
#include <QString>
#include <QStringList>

// Putting right a fact taken at intake (issue 12): what counts as an intake
// fact, what a correction changes, when a correction is refused, and which
// issued certificates printed a fact that is now different.
namespace CaseCorrectionRules {

// One corrected fact, in words, for the timeline and the dialog.
struct FieldChange
{
    QString field; // a stable key, e.g. "child.dateOfBirth"
    QString label; // "Child's date of birth"
    QString before;
    QString after;
};

// An issued certificate that printed something the case no longer says.
struct CertificateMismatch
{
    qint64 certificateId = 0;
    QString number;
    CertificatePart part = CertificatePart::Part1;
    QStringList differences; // "Child's name: printed Sam Tayler, now Sam Taylor"
};

// `current` with the intake facts of `corrected`: the child's and parent's
// names and dates of birth, who referred (and a professional's details), the
// council, the route, the decision and its notice date, the plan sections,
// the disagreement's subject and parties, the date and channel of enquiry.
// Everything else (contact details, school, caseworker) stays as it is.
Referral apply(const Referral& current, const Referral& corrected);

// The intake facts that differ. Council names are the caller's (the rules
// hold no table of councils).
QList<FieldChange> changes(const Referral& before, const Referral& after, const QString& councilBefore,
                           const QString& councilAfter);

// Why the correction may not be made, one reason a line; empty when it may.
// `current` is the case as stored, `corrected` the referral after apply(),
// `certificates` the case's register rows.
QStringList refusals(const CaseDetails& current, const Referral& corrected, const QString& reason,
                     const QList<Certificate>& certificates, const DeadlineCalculator& calculator,
                     const QDate& today);

// The case's issued certificates (not drafts, not voided ones) whose printed
// names, dates of birth, council, decision, decision date or Part the case
// `now` contradicts. Nothing issued is changed: each is offered for voiding
// and replacing.
QList<CertificateMismatch> certificateMismatches(const CaseDetails& now,
                                                 const QList<Certificate>& certificates);

} // namespace CaseCorrectionRules
