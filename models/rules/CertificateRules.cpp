#include "rules/CertificateRules.h"

#include "rules/RouteAdvisor.h"

namespace CertificateRules {
namespace {
bool isSectionIOnly(const CaseFacts& facts)
{
    return facts.decisionType == DecisionType::PlanContent && facts.sections.isSectionIOnly();
}
} // namespace

bool certificateNeededBeforeAppeal(const CaseFacts& facts)
{
    return RouteAdvisor::advise(facts) == Route::Mediation && !isSectionIOnly(facts);
}

CertificateDue certificateDue(const CaseFacts& facts)
{
    if (RouteAdvisor::advise(facts) != Route::Mediation)
        return {std::nullopt, {}, QStringLiteral("Disagreement resolution has no certificates.")};
    if (isSectionIOnly(facts))
        return {
            std::nullopt,
            {},
            QStringLiteral("The dispute is only about section I (placement): no certificate is needed before "
                           "an appeal, and none is issued, even after mediation.")};

    // In order of precedence when two triggers fall on the same day: the
    // meeting held outranks the meeting missed, which outranks the refusal.
    const struct
    {
        CertificatePart part;
        QDate trigger;
        const char* reason;
    } candidates[] = {
        {CertificatePart::Part2, facts.mediationEndedDate, "Mediation took place."},
        {CertificatePart::Part3, facts.cannotMeetInTimeDate,
         "Mediation could not take place within 30 days."},
        // Reg 34: does not want mediation, or did not pursue it (rules reference section 3).
        {CertificatePart::Part1, facts.notPursuingDate,
         "The family was given mediation information and does not "
         "want mediation, or did not pursue it."},
    };
    CertificateDue due{std::nullopt, {}, QStringLiteral("No certificate is due yet.")};
    for (const auto& candidate : candidates) {
        if (candidate.trigger.isValid() && (!due.trigger.isValid() || candidate.trigger > due.trigger))
            due = {candidate.part, candidate.trigger, QLatin1String(candidate.reason)};
    }
    return due;
}

QList<InviteeRole> requiredInvitees(const CaseFacts& facts)
{
    if (RouteAdvisor::advise(facts) != Route::Mediation)
        return {};
    QList<InviteeRole> roles{InviteeRole::CouncilDecisionMaker};
    if (facts.decisionType == DecisionType::PlanContent && facts.sections.includesHealth())
        roles << InviteeRole::HealthRepresentative;
    return roles;
}

QString issueDateProblem(CertificatePart part, const QDate& trigger, const QDate& issueDate,
                         const QDate& today)
{
    if (!issueDate.isValid())
        return QStringLiteral("Give the date of issue.");
    if (trigger.isValid() && issueDate < trigger)
        return QStringLiteral("A %1 certificate cannot be dated %2, before the event it records (%3).")
            .arg(certificatePartName(part), issueDate.toString(Qt::ISODate), trigger.toString(Qt::ISODate));
    if (today.isValid() && issueDate > today)
        return QStringLiteral("A certificate cannot be dated %1, after today (%2).")
            .arg(issueDate.toString(Qt::ISODate), today.toString(Qt::ISODate));
    return {};
}

IssuingCapacity issuingCapacity(CertificatePart part, IssuingCapacity part2IssuedAs)
{
    return part == CertificatePart::Part2 ? part2IssuedAs : IssuingCapacity::MediationAdviser;
}

} // namespace CertificateRules
