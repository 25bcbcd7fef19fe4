#include "rules/CertificateDrafter.h"

#include "domain/Certificate.h"
#include "rules/CertificateRules.h"

namespace CertificateDrafter {

QString decisionText(const CaseDetails& details)
{
    const Referral& r = details.referral;
    if (!r.decisionType)
        return {};
    switch (*r.decisionType) {
    case DecisionType::RefusalToAssess:
        return QStringLiteral("Refusal to carry out an EHC needs assessment");
    case DecisionType::RefusalToReassess:
        return QStringLiteral("Refusal to carry out a re-assessment of EHC needs");
    case DecisionType::RefusalToIssue:
        return QStringLiteral("Refusal to issue an EHC plan");
    case DecisionType::RefusalToAmend:
        return QStringLiteral("Refusal to amend the EHC plan after a review");
    case DecisionType::RefusalToReplace:
        return QStringLiteral("Refusal to replace the EHC plan after a review or re-assessment");
    case DecisionType::CeaseToMaintain:
        return QStringLiteral("Decision to cease to maintain the EHC plan");
    case DecisionType::PlanContent: {
        const QStringList sections = r.sections.toStrings();
        if (sections.isEmpty())
            return QStringLiteral("The content of the EHC plan");
        return QStringLiteral("The content of the EHC plan: section%1 %2")
            .arg(sections.size() == 1 ? QString() : QStringLiteral("s"), sections.join(QStringLiteral(", ")));
    }
    }
    return {};
}

CertificateContent content(const CaseDetails& d, const Issue& issue, const ProviderDetails& provider,
                           const DeadlineCalculator& calculator)
{
    CertificateContent c;
    c.number = issue.number;
    c.part = issue.part;
    c.issueDate = issue.issueDate;
    c.caseReference = d.reference;
    // The person who brought the case: the parent, or the young person themself.
    const PersonDetails& applicant =
        d.referral.referrerKind == ReferrerKind::YoungPerson || !d.referral.parent.hasName()
            ? d.referral.child
            : d.referral.parent;
    c.parentName = applicant.fullName();
    QStringList address;
    for (const QString& line : applicant.address.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            address << line.trimmed();
    }
    if (!applicant.postcode.trimmed().isEmpty())
        address << applicant.postcode.trimmed();
    c.parentAddress = address.join(QLatin1Char('\n'));
    c.childName = d.referral.child.fullName();
    c.childDateOfBirth = d.referral.child.dateOfBirth;
    c.councilName = d.council.name;
    c.decisionNoticeDate = d.referral.decisionNoticeDate;
    c.decision = decisionText(d);
    c.triggerDate = issue.triggerDate;
    c.issuerName = issue.issuerName.trimmed();
    c.issuerRole = certificateIssuerRoleText(issue.issuerRole); // their real role: "Supervisor"
    c.issuedAs = issuingCapacityText(CertificateRules::issuingCapacity(issue.part, issue.part2IssuedAs));
    c.providerName = provider.name.trimmed();
    c.providerContact = provider.contactText();
    const Deadline appeal = calculator.appealDeadline(d.referral.decisionNoticeDate, issue.issueDate);
    c.appealDeadline = appeal.date();
    c.appealRule = appeal.rule();
    c.appealWorking = appeal.steps();
    c.replacesNumber = issue.replacesNumber;
    c.replacesReason = issue.replacesReason.trimmed();
    return c;
}

} // namespace CertificateDrafter
