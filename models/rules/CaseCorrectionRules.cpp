#include "rules/CaseCorrectionRules.h"

#include "rules/CaseDeadlines.h"
#include "rules/CertificateDrafter.h"
#include "rules/CertificateRules.h"
#include "rules/IsoDate.h"
#include "rules/ReferralFields.h"
#include "rules/ReferralValidator.h"
#include "rules/StageMachine.h"

#include <QCoreApplication>

namespace CaseCorrectionRules {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("CaseCorrectionRules", text);
}

QString dateText(const QDate& date)
{
    return date.isValid() ? IsoDate::describe(date) : tr("(none)");
}

QString textOrNone(const QString& text)
{
    return text.trimmed().isEmpty() ? tr("(none)") : text.trimmed();
}

QString routeText(Route route)
{
    return route == Route::Mediation ? tr("Mediation") : tr("Disagreement resolution");
}

QString referrerText(ReferrerKind kind)
{
    switch (kind) {
    case ReferrerKind::Parent:
        return tr("Parent or carer");
    case ReferrerKind::YoungPerson:
        return tr("Young person");
    case ReferrerKind::Professional:
        return tr("Professional");
    }
    return {};
}

QString decisionText(const Referral& referral)
{
    if (referral.route != Route::Mediation || !referral.decisionType)
        return tr("(none)");
    CaseDetails details;
    details.referral = referral;
    details.referral.sections = PlanSections(); // the sections are a change of their own
    return CertificateDrafter::decisionText(details);
}

QString sectionsText(const Referral& referral)
{
    const QStringList sections = referral.sections.toStrings();
    return sections.isEmpty() ? tr("(none)") : sections.join(QStringLiteral(", "));
}

// The person a certificate names as the one who brought the case
// (CertificateDrafter::content).
QString applicantName(const Referral& referral)
{
    return referral.referrerKind == ReferrerKind::YoungPerson || !referral.parent.hasName()
               ? referral.child.fullName()
               : referral.parent.fullName();
}
} // namespace

Referral apply(const Referral& current, const Referral& corrected)
{
    Referral out = current;
    out.child.givenName = corrected.child.givenName.trimmed();
    out.child.familyName = corrected.child.familyName.trimmed();
    out.child.dateOfBirth = corrected.child.dateOfBirth;
    out.parent.givenName = corrected.parent.givenName.trimmed();
    out.parent.familyName = corrected.parent.familyName.trimmed();
    out.parent.dateOfBirth = corrected.parent.dateOfBirth;
    out.referrerKind = corrected.referrerKind;
    const bool professional = corrected.referrerKind == ReferrerKind::Professional;
    out.professionalName = professional ? corrected.professionalName.trimmed() : QString();
    out.professionalOrganisation = professional ? corrected.professionalOrganisation.trimmed() : QString();
    out.parentPermissionDate = professional ? corrected.parentPermissionDate : QDate();
    out.councilId = corrected.councilId;
    out.route = corrected.route;
    const bool mediation = corrected.route == Route::Mediation;
    out.decisionType = mediation ? corrected.decisionType : std::nullopt;
    out.decisionNoticeDate = mediation ? corrected.decisionNoticeDate : QDate();
    out.sections = mediation && corrected.decisionType == DecisionType::PlanContent ? corrected.sections
                                                                                    : PlanSections();
    out.disagreementSubject = mediation ? QString() : corrected.disagreementSubject.trimmed();
    out.otherParties = mediation ? QString() : corrected.otherParties.trimmed();
    out.enquiryDate = corrected.enquiryDate;
    out.enquiryChannel = corrected.enquiryChannel;
    return out;
}

QList<FieldChange> changes(const Referral& before, const Referral& after, const QString& councilBefore,
                           const QString& councilAfter)
{
    QList<FieldChange> out;
    // Each fact in words, read from both sides, listed when the words differ.
    const auto add = [&](QLatin1String field, const QString& label, const auto& words) {
        const QString was = words(before);
        const QString is = words(after);
        if (was != is)
            out.append({field, label, was, is});
    };
    const auto text = [](QString Referral::*member) {
        return [member](const Referral& referral) {
            return textOrNone(referral.*member);
        };
    };
    const auto date = [](QDate Referral::*member) {
        return [member](const Referral& referral) {
            return dateText(referral.*member);
        };
    };
    add(ReferralFields::childName, tr("Child's or young person's name"),
        [](const Referral& referral) { return referral.child.fullName(); });
    add(ReferralFields::childDateOfBirth, tr("Child's date of birth"),
        [](const Referral& referral) { return dateText(referral.child.dateOfBirth); });
    add(ReferralFields::parentName, tr("Parent's or carer's name"),
        [](const Referral& referral) { return textOrNone(referral.parent.fullName()); });
    add(ReferralFields::parentDateOfBirth, tr("Parent's date of birth"),
        [](const Referral& referral) { return dateText(referral.parent.dateOfBirth); });
    add(ReferralFields::referrerKind, tr("Who referred"),
        [](const Referral& referral) { return referrerText(referral.referrerKind); });
    add(ReferralFields::professionalName, tr("Referring professional"), text(&Referral::professionalName));
    add(ReferralFields::professionalOrganisation, tr("Professional's organisation"),
        text(&Referral::professionalOrganisation));
    add(ReferralFields::parentPermissionDate, tr("Parent's permission given"),
        date(&Referral::parentPermissionDate));
    if (before.councilId != after.councilId)
        out.append({ReferralFields::councilId, tr("Council"), councilBefore, councilAfter});
    add(ReferralFields::route, tr("Route"),
        [](const Referral& referral) { return routeText(referral.route); });
    add(ReferralFields::decisionType, tr("Decision"), decisionText);
    add(ReferralFields::decisionNoticeDate, tr("Decision notice sent"), date(&Referral::decisionNoticeDate));
    add(ReferralFields::sections, tr("Plan sections in dispute"), sectionsText);
    add(ReferralFields::disagreementSubject, tr("What the disagreement is about"),
        text(&Referral::disagreementSubject));
    add(ReferralFields::otherParties, tr("Other parties"), text(&Referral::otherParties));
    add(ReferralFields::enquiryDate, tr("Date of enquiry"), date(&Referral::enquiryDate));
    add(ReferralFields::enquiryChannel, tr("How the enquiry came in"),
        [](const Referral& referral) { return enquiryChannelTitle(referral.enquiryChannel); });
    return out;
}

QStringList refusals(const CaseDetails& current, const Referral& corrected, const QString& reason,
                     const QList<Certificate>& certificates, const DeadlineCalculator& calculator,
                     const QDate& today)
{
    QStringList out;
    if (reason.trimmed().isEmpty())
        out << tr("Say why the case is corrected: the reason is kept on the timeline and in the audit "
                  "trail.");
    if (changes(current.referral, corrected, QString(), QString()).isEmpty() &&
        current.referral.councilId == corrected.councilId) {
        out << tr("Nothing was changed: correct a fact first.");
        return out;
    }
    // The corrected referral must be one that intake would have accepted. Contact
    // details are not corrected here, so their problems are not this correction's.
    for (const ValidationProblem& problem : ReferralValidator(calculator).check(corrected, today)) {
        if (problem.severity != ValidationProblem::Severity::Error ||
            problem.field == ReferralFields::parentEmail || problem.field == ReferralFields::parentPhone)
            continue;
        out << problem.message;
    }

    if (corrected.route != current.referral.route) {
        // A certificate exists only on the mediation route, and the register is never edited.
        bool refusedForCertificate = false;
        for (const Certificate& certificate : certificates) {
            if (certificate.status != CertificateStatus::Issued)
                continue;
            out << tr("The route cannot change: the %1 certificate %2 was issued on the mediation route. "
                      "Void it first (Certificates), or close this case and take a new referral.")
                       .arg(certificatePartName(certificate.part), certificate.number);
            refusedForCertificate = true;
            break;
        }
        const CaseStage first = StageMachine::initialStage(current.referral.route);
        if (!refusedForCertificate && current.stage != first)
            out << tr("The route can be corrected only while the case is at its first stage (%1); it is at "
                      "\"%2\". Close this case and take a new referral on the right route.")
                       .arg(caseStageTitle(first), caseStageTitle(current.stage));
    }

    // Every later date the case records follows the enquiry.
    if (corrected.enquiryDate.isValid()) {
        const QList<std::pair<QDate, QString>> later = {
            {current.informationGivenDate, tr("the information was given")},
            {current.mediationRequestedDate, tr("mediation was requested")},
            {current.notPursuingDate, tr("the family said they would not pursue mediation")},
            {current.meetingHeldDate, tr("the meeting was held")},
            {current.noMeetingDate, tr("the meeting could not be held in time")},
            {current.closedDate, tr("the case was closed")},
        };
        for (const auto& [date, what] : later) {
            if (date.isValid() && date < corrected.enquiryDate) {
                out << tr("The date of enquiry cannot be after the day %1 (%2).").arg(what, dateText(date));
                break;
            }
        }
    }
    return out;
}

QList<CertificateMismatch> certificateMismatches(const CaseDetails& now,
                                                 const QList<Certificate>& certificates)
{
    QList<CertificateMismatch> out;
    const Referral& r = now.referral;
    const bool needed = CertificateRules::certificateNeededBeforeAppeal(CaseDeadlines::timelineOf(now).facts);
    for (const Certificate& certificate : certificates) {
        if (certificate.status != CertificateStatus::Issued)
            continue;
        const CertificateContent& printed = certificate.content;
        CertificateMismatch mismatch;
        mismatch.certificateId = certificate.id;
        mismatch.number = certificate.number;
        mismatch.part = certificate.part;
        const auto differs =
            [&mismatch](const QString& label, const QString& was, const QString& is) {
                if (was.trimmed() != is.trimmed())
                    mismatch.differences
                        << tr("%1: printed %2, now %3").arg(label, textOrNone(was), textOrNone(is));
            };
        differs(tr("Child's or young person's name"), printed.childName, r.child.fullName());
        if (printed.childDateOfBirth != r.child.dateOfBirth)
            differs(tr("Child's date of birth"), dateText(printed.childDateOfBirth),
                    dateText(r.child.dateOfBirth));
        differs(tr("Parent's or applicant's name"), printed.parentName, applicantName(r));
        if (!now.council.name.isEmpty())
            differs(tr("Council"), printed.councilName, now.council.name);
        if (printed.decisionNoticeDate != r.decisionNoticeDate)
            differs(tr("Decision notice sent"), dateText(printed.decisionNoticeDate),
                    dateText(r.decisionNoticeDate));
        differs(tr("Decision"), printed.decision, CertificateDrafter::decisionText(now));
        if (!needed)
            mismatch.differences << tr("Part: with the corrected facts no certificate is needed before an "
                                       "appeal, so the %1 should not stand")
                                        .arg(certificatePartName(certificate.part));
        if (!mismatch.differences.isEmpty())
            out << mismatch;
    }
    return out;
}

} // namespace CaseCorrectionRules
