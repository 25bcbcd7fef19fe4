#pragma once

#include "domain/CaseStage.h"
#include "domain/CertificatePart.h"
#include "domain/Council.h"
#include "domain/MeetingRoute.h"
#include "domain/Referral.h"

#include <QDate>
#include <QString>

// One case as the workspace shows it: the referral it came from, where it
// stands, and the dates its deadlines run from.
struct CaseDetails
{
    qint64 id = 0;
    QString reference;
    CaseStage stage = CaseStage::Enquiry;
    Council council;
    qint64 childId = 0;
    std::optional<qint64> parentId;
    Referral referral; // as taken, kept up to date by edits
    QDate informationGivenDate;
    QDate mediationRequestedDate;
    // What starts the statutory 30 days (rules/README.md section 3).
    ThirtyDayStart thirtyDayStart;
    QDate notPursuingDate;
    QDate meetingHeldDate;
    QDate noMeetingDate;
    QString caseworkerName;
    std::optional<qint64> mediatorId;
    QString mediatorName;
    QDate closedDate;
    QString closedReason;
    qint64 rowVersion = 0; // for noticing another desk's edit
    // The Parts issued on the case and not voided: a certificate issued is no longer due.
    QList<CertificatePart> issuedCertificates;
    QDate certificateIssuedOn; // the latest issue date of those
};
