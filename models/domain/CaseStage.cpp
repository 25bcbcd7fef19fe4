#include "domain/CaseStage.h"

#include "domain/EnumTable.h"

namespace {
constexpr auto kStages = enumTable<CaseStage>(
    "CaseStage",
    {
        {CaseStage::Enquiry, "enquiry", QT_TRANSLATE_NOOP("CaseStage", "Enquiry")},
        {CaseStage::InformationGiven, "information_given",
         QT_TRANSLATE_NOOP("CaseStage", "Information given")},
        {CaseStage::NotPursuing, "not_pursuing", QT_TRANSLATE_NOOP("CaseStage", "Not pursuing mediation")},
        {CaseStage::MediationRequested, "mediation_requested",
         QT_TRANSLATE_NOOP("CaseStage", "Mediation requested")},
        {CaseStage::MeetingArranged, "meeting_arranged", QT_TRANSLATE_NOOP("CaseStage", "Meeting arranged")},
        {CaseStage::MeetingHeld, "meeting_held", QT_TRANSLATE_NOOP("CaseStage", "Meeting held")},
        {CaseStage::NoMeetingInTime, "no_meeting_in_time",
         QT_TRANSLATE_NOOP("CaseStage", "No meeting within 30 days")},
        {CaseStage::Referral, "referral", QT_TRANSLATE_NOOP("CaseStage", "Referral")},
        {CaseStage::PartiesContacted, "parties_contacted",
         QT_TRANSLATE_NOOP("CaseStage", "Other parties contacted")},
        {CaseStage::AllWilling, "all_willing", QT_TRANSLATE_NOOP("CaseStage", "All parties willing")},
        {CaseStage::PartyDeclined, "party_declined", QT_TRANSLATE_NOOP("CaseStage", "A party declined")},
        {CaseStage::MeetingBooked, "meeting_booked", QT_TRANSLATE_NOOP("CaseStage", "Meeting booked")},
        {CaseStage::OutcomeRecorded, "outcome_recorded", QT_TRANSLATE_NOOP("CaseStage", "Outcome recorded")},
        {CaseStage::Closed, "closed", QT_TRANSLATE_NOOP("CaseStage", "Closed")},
    });
} // namespace

QString caseStageToString(CaseStage stage)
{
    return kStages.key(stage);
}

std::optional<CaseStage> caseStageFromString(const QString& text)
{
    return kStages.fromKey(text);
}

QString caseStageTitle(CaseStage stage)
{
    return kStages.title(stage);
}

QList<CaseStage> caseStagesOf(Route route)
{
    if (route == Route::Mediation)
        return {CaseStage::Enquiry,         CaseStage::InformationGiven,
                CaseStage::NotPursuing,     CaseStage::MediationRequested,
                CaseStage::MeetingArranged, CaseStage::MeetingHeld,
                CaseStage::NoMeetingInTime, CaseStage::Closed};
    return {CaseStage::Referral,      CaseStage::PartiesContacted, CaseStage::AllWilling,
            CaseStage::PartyDeclined, CaseStage::MeetingBooked,    CaseStage::OutcomeRecorded,
            CaseStage::Closed};
}
