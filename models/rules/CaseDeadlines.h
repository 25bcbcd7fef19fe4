#pragma once

#include "domain/CaseDetails.h"
#include "domain/CaseFacts.h"
#include "domain/CaseStage.h"
#include "domain/MeetingClockStart.h"
#include "rules/Deadline.h"
#include "rules/DeadlineCalculator.h"

#include <QList>
#include <optional>

// The dated facts of one case that its deadlines run from.
struct CaseTimeline
{
    Route route = Route::Mediation;
    CaseStage stage = CaseStage::Enquiry;
    CaseFacts facts; // decision, sections, and the certificate triggers
    QDate enquiryDate;
    QDate informationGivenDate;
    QDate mediationRequestedDate;
    // What starts the statutory 30 days (section 3, "The 30 days by route").
    ThirtyDayStart thirtyDayStart;
    // The council's contract: what starts its 30-day target, and the referral service level.
    MeetingClockStart meetingClockStart = MeetingClockStart::MediationRequested;
    int referralActionWorkingDays = 5;
    // Parts issued and not voided: the certificate deadline no longer waits.
    QList<CertificatePart> issuedCertificates;
    // The latest of their issue dates: the appeal period runs a month from it
    // when that ends later than two months from the decision (rule 20).
    QDate certificateIssuedOn;
};

// One deadline of a case, and whether the case is waiting on it now.
struct CaseDeadline
{
    enum class Kind
    {
        ReferralAction,    // the provider's service level
        ContactBy,         // the family's 2 months to contact the adviser
        MeetingBy,         // the statutory 30-day meeting duty (Part 3 follows it)
        ContractMeetingBy, // the council's contract target: a service level, never statutory
        Certificate,       // Part 1, 2 or 3 within 3 working days
        Appeal,            // the family's appeal deadline (for information)
    };
    Kind kind;
    Deadline deadline;
    bool pending = false; // the current stage waits on it
    std::optional<CertificatePart> part;

    // A stable key for the store and the list: "meeting_by", "certificate_part2".
    QString key() const;
    // For people: "Meeting by (30-day duty)".
    QString title() const;
    // What must happen, for a line of a list: "Part 2 certificate",
    // "Meeting must take place".
    QString whatIsDue() const;
};

// Every deadline that applies to a case at its stage, from the rules engine,
// and the next one it waits on (what the case list sorts by).
class CaseDeadlines
{
public:
    explicit CaseDeadlines(const DeadlineCalculator& calculator) : m_calculator(calculator) {}

    // The dated facts of a case as the rules need them.
    static CaseTimeline timelineOf(const CaseDetails& details);

    QList<CaseDeadline> all(const CaseTimeline& timeline) const;
    // The date the statutory 30 days run from (section 3): for health-only
    // mediation the day the council told the ICB the issues; otherwise the day
    // the council was told the family wishes to mediate, which defaults to the
    // mediation-requested date. Null when not known yet.
    static QDate statutoryStart(const CaseTimeline& timeline);

    // The earliest pending deadline; none when the case waits on nothing.
    std::optional<CaseDeadline> next(const CaseTimeline& timeline) const;

private:
    const DeadlineCalculator& m_calculator;
};
