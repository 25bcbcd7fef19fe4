#include "rules/CaseDeadlines.h"

#include "rules/CertificateRules.h"

#include <QCoreApplication>

QList<CaseDeadline> CaseDeadlines::all(const CaseTimeline& t) const
{
    using S = CaseStage;
    using K = CaseDeadline::Kind;
    QList<CaseDeadline> result;
    const bool mediation = t.route == Route::Mediation;

    if (t.enquiryDate.isValid()) {
        const bool firstStage = t.stage == S::Enquiry || t.stage == S::Referral;
        result.append({K::ReferralAction,
                       m_calculator.referralActionBy(t.enquiryDate, t.referralActionWorkingDays),
                       firstStage,
                       {}});
    }
    if (!mediation)
        return result;

    const QDate& decision = t.facts.decisionNoticeDate;
    if (decision.isValid()) {
        const bool undecided = t.stage == S::Enquiry || t.stage == S::InformationGiven;
        result.append({K::ContactBy, m_calculator.contactBy(decision), undecided, {}});
    }

    // Section 3, "The 30 days by route": the statutory deadline is the one the
    // case waits on and Part 3 follows; the contract target stands beside it
    // for information and is never pending, so it never makes anything due.
    const bool waitingForMeeting = t.stage == S::MediationRequested || t.stage == S::MeetingArranged;
    const QDate statutory = statutoryStart(t);
    // Health-only with the day the ICB was told not recorded: shown as a
    // deadline that cannot be worked out, never guessed.
    if (t.mediationRequestedDate.isValid())
        result.append({K::MeetingBy,
                       m_calculator.meetingBy(statutory, t.thirtyDayStart.route()),
                       waitingForMeeting,
                       {}});
    const QDate contractStart =
        t.meetingClockStart == MeetingClockStart::Enquiry ? t.enquiryDate : t.mediationRequestedDate;
    if (contractStart.isValid() && t.mediationRequestedDate.isValid())
        result.append({K::ContractMeetingBy,
                       m_calculator.contractMeetingBy(contractStart, t.meetingClockStart),
                       false,
                       {}});

    const CertificateRules::CertificateDue due = CertificateRules::certificateDue(t.facts);
    if (due.part && due.trigger.isValid()) {
        const bool certificateStage =
            t.stage == S::NotPursuing || t.stage == S::MeetingHeld || t.stage == S::NoMeetingInTime;
        const bool issued = t.issuedCertificates.contains(*due.part);
        result.append({K::Certificate, m_calculator.certificateDueBy(*due.part, due.trigger),
                       certificateStage && !issued, due.part});
    }

    if (decision.isValid())
        result.append({K::Appeal, m_calculator.appealDeadline(decision, t.certificateIssuedOn), false, {}});
    return result;
}

QDate CaseDeadlines::statutoryStart(const CaseTimeline& t)
{
    if (!t.mediationRequestedDate.isValid())
        return {};
    if (t.thirtyDayStart.healthOnlyIcb)
        return t.thirtyDayStart.icbTold;
    return t.thirtyDayStart.councilTold.isValid() ? t.thirtyDayStart.councilTold : t.mediationRequestedDate;
}

std::optional<CaseDeadline> CaseDeadlines::next(const CaseTimeline& timeline) const
{
    std::optional<CaseDeadline> earliest;
    for (const CaseDeadline& deadline : all(timeline)) {
        if (!deadline.pending || !deadline.deadline.isValid())
            continue;
        if (!earliest || deadline.deadline.date() < earliest->deadline.date())
            earliest = deadline;
    }
    return earliest;
}

QString CaseDeadline::key() const
{
    switch (kind) {
    case Kind::ReferralAction:
        return QStringLiteral("referral_action");
    case Kind::ContactBy:
        return QStringLiteral("contact_by");
    case Kind::MeetingBy:
        return QStringLiteral("meeting_by");
    case Kind::ContractMeetingBy:
        return QStringLiteral("contract_meeting_by");
    case Kind::Certificate:
        return QStringLiteral("certificate_part%1").arg(part ? static_cast<int>(*part) : 0);
    case Kind::Appeal:
        return QStringLiteral("appeal");
    }
    return {};
}

QString CaseDeadline::title() const
{
    switch (kind) {
    case Kind::ReferralAction:
        return QCoreApplication::translate("CaseDeadline", "Referral actioned by");
    case Kind::ContactBy:
        return QCoreApplication::translate("CaseDeadline", "Family to contact the adviser by");
    case Kind::MeetingBy:
        return QCoreApplication::translate("CaseDeadline", "Meeting held by (statutory 30 days)");
    case Kind::ContractMeetingBy:
        return QCoreApplication::translate("CaseDeadline", "Contract target: meeting by (not statutory)");
    case Kind::Certificate:
        return QCoreApplication::translate("CaseDeadline", "Part %1 certificate due by")
            .arg(part ? static_cast<int>(*part) : 0);
    case Kind::Appeal:
        return QCoreApplication::translate("CaseDeadline", "Appeal to the tribunal by");
    }
    return {};
}

QString CaseDeadline::whatIsDue() const
{
    switch (kind) {
    case Kind::ReferralAction:
        return QCoreApplication::translate("CaseDeadline", "Referral must be actioned");
    case Kind::ContactBy:
        return QCoreApplication::translate("CaseDeadline", "Family to contact the adviser");
    case Kind::MeetingBy:
        return QCoreApplication::translate("CaseDeadline", "Meeting must take place");
    case Kind::ContractMeetingBy:
        return QCoreApplication::translate("CaseDeadline", "Contract target for the meeting");
    case Kind::Certificate:
        return QCoreApplication::translate("CaseDeadline", "Part %1 certificate")
            .arg(part ? static_cast<int>(*part) : 0);
    case Kind::Appeal:
        return QCoreApplication::translate("CaseDeadline", "Appeal to the tribunal");
    }
    return {};
}

CaseTimeline CaseDeadlines::timelineOf(const CaseDetails& d)
{
    CaseTimeline t;
    t.route = d.referral.route;
    t.stage = d.stage;
    t.facts.decisionType = d.referral.decisionType;
    t.facts.sections = d.referral.sections;
    t.facts.decisionNoticeDate = d.referral.decisionNoticeDate;
    t.facts.notPursuingDate = d.notPursuingDate;
    t.facts.mediationEndedDate = d.meetingHeldDate;
    t.facts.cannotMeetInTimeDate = d.noMeetingDate;
    t.enquiryDate = d.referral.enquiryDate;
    t.informationGivenDate = d.informationGivenDate;
    t.mediationRequestedDate = d.mediationRequestedDate;
    t.thirtyDayStart = d.thirtyDayStart;
    t.meetingClockStart = d.council.meetingClockStart;
    t.referralActionWorkingDays = d.council.referralActionWorkingDays;
    t.issuedCertificates = d.issuedCertificates;
    t.certificateIssuedOn = d.certificateIssuedOn;
    return t;
}
