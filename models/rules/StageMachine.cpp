#include "rules/StageMachine.h"

#include "domain/DateText.h"

#include <QCoreApplication>
#include <QStringList>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("StageMachine", text);
}

// Why a move that is not in the graph is wrong, where a plain "cannot" would
// not tell the caseworker what to do.
QString specificRefusal(Route route, CaseStage from, CaseStage to)
{
    if (to == CaseStage::MeetingHeld && from != CaseStage::MeetingArranged)
        return tr("Arrange the meeting before recording it as held.");
    if (to == CaseStage::NotPursuing || to == CaseStage::MediationRequested) {
        if (from == CaseStage::Enquiry)
            return tr("Give the family the mediation information first (move to \"Information given\").");
    }
    if (route == Route::DisagreementResolution && to == CaseStage::MeetingBooked)
        return tr("Every other party must agree to take part before a meeting is booked.");
    if (route == Route::DisagreementResolution && to == CaseStage::OutcomeRecorded)
        return tr("Record the outcome after the meeting has been booked and held.");
    if (from == CaseStage::Closed)
        return tr("The case is closed.");
    return {};
}
} // namespace

namespace StageMachine {

CaseStage initialStage(Route route)
{
    return route == Route::Mediation ? CaseStage::Enquiry : CaseStage::Referral;
}

QList<CaseStage> movesFrom(Route route, CaseStage from)
{
    using S = CaseStage;
    if (route == Route::Mediation) {
        switch (from) {
        case S::Enquiry:
            return {S::InformationGiven, S::Closed};
        case S::InformationGiven:
            return {S::NotPursuing, S::MediationRequested, S::Closed};
        case S::NotPursuing:
            // The family may change its mind and mediate after a Part 1.
            return {S::MediationRequested, S::Closed};
        case S::MediationRequested:
            return {S::MeetingArranged, S::NoMeetingInTime, S::Closed};
        case S::MeetingArranged:
            return {S::MeetingHeld, S::NoMeetingInTime, S::Closed};
        case S::NoMeetingInTime:
            // Mediation may still go ahead after a Part 3.
            return {S::MeetingArranged, S::Closed};
        case S::MeetingHeld:
            return {S::Closed};
        default:
            return {};
        }
    }
    switch (from) {
    case S::Referral:
        return {S::PartiesContacted, S::Closed};
    case S::PartiesContacted:
        return {S::AllWilling, S::PartyDeclined, S::Closed};
    case S::AllWilling:
        return {S::MeetingBooked, S::Closed};
    case S::PartyDeclined:
        return {S::Closed};
    case S::MeetingBooked:
        return {S::OutcomeRecorded, S::Closed};
    case S::OutcomeRecorded:
        return {S::Closed};
    default:
        return {};
    }
}

QString refusal(Route route, CaseStage from, const StageChange& change, const QDate& enquiryDate,
                const QDate& today)
{
    if (change.to == from)
        return tr("The case is already at \"%1\".").arg(caseStageTitle(from));
    if (!caseStagesOf(route).contains(change.to))
        return tr("\"%1\" is not a stage of this route.").arg(caseStageTitle(change.to));
    const QList<CaseStage> allowed = movesFrom(route, from);
    if (!allowed.contains(change.to)) {
        const QString specific = specificRefusal(route, from, change.to);
        if (!specific.isEmpty())
            return specific;
        QStringList names;
        for (CaseStage stage : allowed)
            names << caseStageTitle(stage);
        return tr("A case at \"%1\" cannot move to \"%2\". It can move to: %3.")
            .arg(caseStageTitle(from), caseStageTitle(change.to), names.join(QStringLiteral(", ")));
    }
    if (!change.date.isValid())
        return tr("Give the date this happened.");
    if (change.date > today)
        return tr("The date cannot be in the future.");
    if (enquiryDate.isValid() && change.date < enquiryDate)
        return tr("The date cannot be before the enquiry (%1).").arg(DateText::shortDate(enquiryDate));
    if (change.to == CaseStage::Closed && change.reason.trimmed().isEmpty())
        return tr("Say why the case is being closed.");
    return {};
}

} // namespace StageMachine
