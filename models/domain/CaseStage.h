#pragma once

#include "domain/Route.h"

#include <QList>
#include <QString>
#include <optional>

// Where a case stands (rules/README.md sections 3 and 6). The strings are the
// values of cases.stage in the schema.
enum class CaseStage
{
    // Mediation
    Enquiry,
    InformationGiven,
    NotPursuing, // Part 1 due
    MediationRequested,
    MeetingArranged,
    MeetingHeld,     // Part 2 due (not after a section-I-only mediation)
    NoMeetingInTime, // Part 3 due
                     // Disagreement resolution
    Referral,
    PartiesContacted,
    AllWilling,
    PartyDeclined,
    MeetingBooked,
    OutcomeRecorded,
    // Both
    Closed,
};

QString caseStageToString(CaseStage stage);
std::optional<CaseStage> caseStageFromString(const QString& text);
// For people: "Mediation requested".
QString caseStageTitle(CaseStage stage);
// The stages of a route, in the order a case usually passes them.
QList<CaseStage> caseStagesOf(Route route);
