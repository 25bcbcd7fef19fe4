#include "rules/CaseImportRules.h"

#include "rules/StageMachine.h"

namespace {
// Every stage a case on this route can reach from its first.
QList<CaseStage> stagesOf(Route route)
{
    QList<CaseStage> seen{StageMachine::initialStage(route)};
    QList<CaseStage> queue{StageMachine::initialStage(route)};
    while (!queue.isEmpty()) {
        const CaseStage from = queue.takeFirst();
        for (CaseStage to : StageMachine::movesFrom(route, from)) {
            if (!seen.contains(to)) {
                seen.append(to);
                queue.append(to);
            }
        }
    }
    return seen;
}

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}
} // namespace

namespace CaseImportRules {

CaseStage closedFrom(const ImportedCaseStage& c)
{
    if (c.route != Route::Mediation)
        return StageMachine::initialStage(c.route);
    if (c.meetingHeldDate.isValid())
        return CaseStage::MeetingHeld;
    if (c.noMeetingDate.isValid())
        return CaseStage::NoMeetingInTime;
    if (c.notPursuingDate.isValid())
        return CaseStage::NotPursuing;
    if (c.mediationRequestedDate.isValid())
        return CaseStage::MediationRequested;
    if (c.informationGivenDate.isValid())
        return CaseStage::InformationGiven;
    return CaseStage::Enquiry;
}

// rules/README.md section 8, "Cases imported".
QList<ImportProblem> check(const ImportedCaseStage& c, const QDate& today)
{
    QList<ImportProblem> problems;
    const QString stageKey = caseStageToString(c.stage);
    if (!stagesOf(c.route).contains(c.stage)) {
        problems.append(
            {QStringLiteral("stage"),
             QStringLiteral("'%1' is not a stage of the %2 route").arg(stageKey, routeToString(c.route))});
        return problems;
    }
    struct Dated
    {
        const char* column;
        QDate date;
    };
    const QList<Dated> mediationDates{{"information_given_on", c.informationGivenDate},
                                      {"mediation_requested_on", c.mediationRequestedDate},
                                      {"not_pursuing_on", c.notPursuingDate},
                                      {"meeting_held_on", c.meetingHeldDate},
                                      {"no_meeting_on", c.noMeetingDate}};
    if (c.route != Route::Mediation) {
        for (const Dated& dated : mediationDates) {
            if (dated.date.isValid())
                problems.append(
                    {QString::fromLatin1(dated.column),
                     QStringLiteral("a disagreement resolution case has no such date; leave it empty")});
        }
    }
    // The dates the stage rests on (a closed case: those of the stage it closed from).
    const CaseStage standing = c.stage == CaseStage::Closed ? closedFrom(c) : c.stage;
    auto need = [&](const char* column, const QDate& date) {
        if (!date.isValid())
            problems.append({QString::fromLatin1(column),
                             QStringLiteral("give the date: the stage '%1' needs it").arg(stageKey)});
    };
    switch (standing) {
    case CaseStage::InformationGiven:
        need("information_given_on", c.informationGivenDate);
        break;
    case CaseStage::NotPursuing:
        need("information_given_on", c.informationGivenDate);
        need("not_pursuing_on", c.notPursuingDate);
        break;
    case CaseStage::MediationRequested:
    case CaseStage::MeetingArranged:
        need("mediation_requested_on", c.mediationRequestedDate);
        break;
    case CaseStage::MeetingHeld:
        need("mediation_requested_on", c.mediationRequestedDate);
        need("meeting_held_on", c.meetingHeldDate);
        break;
    case CaseStage::NoMeetingInTime:
        need("mediation_requested_on", c.mediationRequestedDate);
        need("no_meeting_on", c.noMeetingDate);
        break;
    default:
        break;
    }
    // A date of a stage the case has not reached says the stage is wrong.
    if (c.stage != CaseStage::Closed && c.route == Route::Mediation) {
        auto notYet = [&](const char* column, const QDate& date, bool reached) {
            if (date.isValid() && !reached)
                problems.append(
                    {QString::fromLatin1(column),
                     QStringLiteral("the stage '%1' comes before this date's; correct the stage or "
                                    "leave the date empty")
                         .arg(stageKey)});
        };
        const CaseStage s = c.stage;
        const bool requested = s == CaseStage::MediationRequested || s == CaseStage::MeetingArranged ||
                               s == CaseStage::MeetingHeld || s == CaseStage::NoMeetingInTime;
        notYet("information_given_on", c.informationGivenDate, s != CaseStage::Enquiry);
        notYet("mediation_requested_on", c.mediationRequestedDate, requested);
        notYet("not_pursuing_on", c.notPursuingDate, s == CaseStage::NotPursuing);
        notYet("meeting_held_on", c.meetingHeldDate, s == CaseStage::MeetingHeld);
        notYet("no_meeting_on", c.noMeetingDate, s == CaseStage::NoMeetingInTime);
    }
    if (c.notPursuingDate.isValid() && c.mediationRequestedDate.isValid())
        problems.append({QStringLiteral("not_pursuing_on"),
                         QStringLiteral("a family that asked for mediation did not decline it; give only one "
                                        "of not_pursuing_on and mediation_requested_on")});
    if (c.meetingHeldDate.isValid() && c.noMeetingDate.isValid())
        problems.append({QStringLiteral("no_meeting_on"),
                         QStringLiteral("a meeting was held; leave no_meeting_on empty")});
    if (c.stage == CaseStage::Closed) {
        need("closed_on", c.closedDate);
        if (c.closedReason.trimmed().isEmpty())
            problems.append({QStringLiteral("closed_reason"), QStringLiteral("say why the case closed")});
    } else if (c.closedDate.isValid() || !c.closedReason.trimmed().isEmpty()) {
        problems.append(
            {c.closedDate.isValid() ? QStringLiteral("closed_on") : QStringLiteral("closed_reason"),
             QStringLiteral("only a closed case has one; set the stage to 'closed' or leave it "
                            "empty")});
    }
    // In order: the enquiry first, each stage after the one it follows, the
    // close last, and nothing after today.
    auto order = [&](const char* column, const QDate& date, const char* earlierColumn, const QDate& earlier) {
        if (date.isValid() && earlier.isValid() && date < earlier)
            problems.append({QString::fromLatin1(column),
                             QStringLiteral("%1 is before %2 (%3)")
                                 .arg(iso(date), QString::fromLatin1(earlierColumn), iso(earlier))});
    };
    for (const Dated& dated : mediationDates)
        order(dated.column, dated.date, "enquiry_date", c.enquiryDate);
    order("not_pursuing_on", c.notPursuingDate, "information_given_on", c.informationGivenDate);
    order("mediation_requested_on", c.mediationRequestedDate, "information_given_on", c.informationGivenDate);
    order("meeting_held_on", c.meetingHeldDate, "mediation_requested_on", c.mediationRequestedDate);
    order("no_meeting_on", c.noMeetingDate, "mediation_requested_on", c.mediationRequestedDate);
    order("closed_on", c.closedDate, "enquiry_date", c.enquiryDate);
    for (const Dated& dated : mediationDates)
        order("closed_on", c.closedDate, dated.column, dated.date);
    for (const Dated& dated : mediationDates + QList<Dated>{{"closed_on", c.closedDate}}) {
        if (dated.date.isValid() && dated.date > today)
            problems.append({QString::fromLatin1(dated.column),
                             QStringLiteral("%1 is after today; an import records what has happened")
                                 .arg(iso(dated.date))});
    }
    return problems;
}

} // namespace CaseImportRules
