#include "store/cases/CaseStageMoves.h"

#include "domain/DateText.h"
#include "rules/InviteeRules.h"
#include "rules/MediationRequestRule.h"
#include "rules/StageMachine.h"
#include "store/access/AccessGuard.h"
#include "store/cases/ActivityRepository.h"
#include "store/directory/InviteeRepository.h"
#include "store/infrastructure/RowVersion.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StoreQuery.h"
#include "store/infrastructure/WriteTransaction.h"

#include <QSqlQuery>

namespace {
// The column a stage move dates, from a fixed list (never from input).
QString dateColumnFor(CaseStage stage)
{
    switch (stage) {
    case CaseStage::InformationGiven:
        return QStringLiteral("information_given_date");
    case CaseStage::NotPursuing:
        return QStringLiteral("not_pursuing_date");
    case CaseStage::MediationRequested:
        return QStringLiteral("mediation_requested_date");
    case CaseStage::MeetingHeld:
        return QStringLiteral("meeting_held_date");
    case CaseStage::NoMeetingInTime:
        return QStringLiteral("no_meeting_date");
    case CaseStage::Closed:
        return QStringLiteral("closed_date");
    default:
        return {};
    }
}
} // namespace

CaseStageMoves::CaseStageMoves(CaseRepository& cases, QSqlDatabase db) : m_cases(cases), m_db(std::move(db))
{}

StoreError CaseStageMoves::onCase(qint64 caseId, const std::function<StoreError(const CaseDetails&)>& move)
{
    return AccessGuard(m_db).write(Action::EditCases, [&]() -> StoreError {
        // Read inside the transaction: another desk's move cannot slip in between.
        CaseDetails details;
        if (StoreError error = m_cases.load(caseId, &details))
            return error;
        return move(details);
    });
}

StoreError CaseStageMoves::moveStage(qint64 caseId, const StageChange& change, const QDate& today,
                                     std::optional<qint64> authorId)
{
    return onCase(caseId, [&](const CaseDetails& details) -> StoreError {
        const QString refusal = StageMachine::refusal(details.referral.route, details.stage, change,
                                                      details.referral.enquiryDate, today);
        if (!refusal.isEmpty())
            return StoreError::invalid(refusal);
        // The invitee list must allow the move too (a mediation meeting is held
        // only with the council's decision-maker invited; a DR meeting is booked
        // only when every other party is willing).
        if (const auto step = InviteeRules::stepForMove(details.referral.route, change.to)) {
            InviteeRules::CaseInvitees input;
            if (StoreError error = InviteeRepository(m_db).caseInvitees(caseId, &input))
                return error;
            QStringList errors;
            for (const ValidationProblem& problem : InviteeRules::check(input, *step)) {
                if (problem.severity == ValidationProblem::Severity::Error)
                    errors << problem.message;
            }
            if (!errors.isEmpty())
                return StoreError::invalid(errors);
        }

        const QString dateColumn = dateColumnFor(change.to);
        QString sql = QStringLiteral("UPDATE cases SET changed_by = ?, changed_at = ?, stage = ?, updated_at "
                                     "= ?, row_version = row_version + 1");
        if (!dateColumn.isEmpty())
            sql += QStringLiteral(", %1 = ?").arg(dateColumn);
        if (change.to == CaseStage::Closed)
            sql += QStringLiteral(", closed_reason = ?, closed_from_stage = ?");
        StoreQuery query(m_db, sql + QStringLiteral(" WHERE id = ?"));
        if (StoreError error = RowVersion::bindStamp(m_db, query))
            return error;
        query.bind(caseStageToString(change.to), SqlValues::now());
        if (!dateColumn.isEmpty())
            query.bind(change.date);
        if (change.to == CaseStage::Closed) {
            query.bind(change.reason.trimmed(),
                       caseStageToString(details.stage)); // where reopen() returns it
        }
        query.bind(caseId);
        if (StoreError error = query.exec(QStringLiteral("Could not move the case on")))
            return error;

        // The timeline is read on screen: the short date style, never ISO.
        if (StoreError error = ActivityRepository(m_db).addNow(caseId, ActivityKind::StageChange, authorId,
                                                               QStringLiteral("%1 → %2 (on %3)")
                                                                   .arg(caseStageTitle(details.stage),
                                                                        caseStageTitle(change.to),
                                                                        DateText::shortDate(change.date)),
                                                               change.reason.trimmed()))
            return error;
        return m_cases.refreshNextDeadline(caseId);
    });
}

StoreError CaseStageMoves::recordInformationGiven(Activity* activity, const QDate& today)
{
    return onCase(activity->caseId, [&](const CaseDetails& details) -> StoreError {
        if (StoreError error = ActivityRepository(m_db).add(activity))
            return error;
        if (MediationRequestRule::informationMoves(details.referral.route, details.stage)) {
            const StageChange change{CaseStage::InformationGiven, activity->occurredAt.date(), {}};
            return moveStage(activity->caseId, change, today, activity->authorId);
        }
        return {};
    });
}

StoreError CaseStageMoves::recordMediationRequested(qint64 caseId, const QDate& requested,
                                                    const QString& note, const QDate& today,
                                                    std::optional<qint64> authorId,
                                                    const ThirtyDayStart& start)
{
    return onCase(caseId, [&](const CaseDetails& details) -> StoreError {
        const QList<CaseStage> path =
            MediationRequestRule::requestPath(details.referral.route, details.stage);
        if (path.isEmpty())
            return StoreError::invalid(
                details.referral.route == Route::Mediation
                    ? QStringLiteral(
                          "%1 is at \"%2\": it is not waiting for the family to decide on mediation.")
                          .arg(details.reference, caseStageTitle(details.stage))
                    : QStringLiteral("%1 is a disagreement resolution case: it follows its own stages.")
                          .arg(details.reference));
        QString problem = MediationRequestRule::dateProblem(requested, details.referral.enquiryDate, today);
        if (problem.isEmpty())
            problem = MediationRequestRule::thirtyDayStartProblem(start, details.referral.enquiryDate, today);
        if (!problem.isEmpty())
            return StoreError::invalid(problem);
        ThirtyDayStart recorded = start;
        if (!recorded.councilTold.isValid())
            recorded.councilTold = requested; // the default: the day the family asked the provider
        if (StoreError error = writeThirtyDayStart(caseId, recorded))
            return error;
        for (CaseStage stage : path) {
            const QString why =
                stage == CaseStage::MediationRequested
                    ? note.trimmed()
                    : QStringLiteral("The family had the mediation information when they asked "
                                     "for mediation.");
            if (StoreError error = moveStage(caseId, StageChange{stage, requested, why}, today, authorId))
                return error;
        }
        return {};
    });
}

StoreError CaseStageMoves::writeThirtyDayStart(qint64 caseId, const ThirtyDayStart& start)
{
    StoreQuery query(m_db, QStringLiteral("UPDATE cases SET changed_by = ?, changed_at = ?, "
                                          "council_told_date = ?, health_only_icb = ?, icb_told_date = ?, "
                                          "updated_at = ?, row_version = row_version + 1 WHERE id = ?"));
    if (StoreError error = RowVersion::bindStamp(m_db, query))
        return error;
    query.bind(SqlValues::date(start.councilTold), start.healthOnlyIcb ? 1 : 0,
               SqlValues::date(start.healthOnlyIcb ? start.icbTold : QDate()), SqlValues::now(), caseId);
    if (StoreError error = query.exec(QStringLiteral("Could not save what starts the 30 days")))
        return error;
    return {};
}

StoreError CaseStageMoves::correctThirtyDayStart(qint64 caseId, const ThirtyDayStart& start,
                                                 const QString& reason, const QDate& today,
                                                 std::optional<qint64> authorId)
{
    if (StoreError error = AccessGuard(m_db).require(Action::EditCases))
        return error;
    if (reason.trimmed().isEmpty())
        return StoreError::invalid(QStringLiteral("Give a reason for the correction."));
    return WriteTransaction::run(m_db, [&]() -> StoreError {
        CaseDetails details;
        if (StoreError error = m_cases.load(caseId, &details))
            return error;
        if (!details.mediationRequestedDate.isValid())
            return StoreError::invalid(
                QStringLiteral("%1 has not asked for mediation: there are no 30 days to correct.")
                    .arg(details.reference));
        const QString problem =
            MediationRequestRule::thirtyDayStartProblem(start, details.referral.enquiryDate, today);
        if (!problem.isEmpty())
            return StoreError::invalid(problem);
        ThirtyDayStart corrected = start;
        if (!corrected.councilTold.isValid())
            corrected.councilTold = details.mediationRequestedDate;
        if (!corrected.healthOnlyIcb)
            corrected.icbTold = {};
        if (StoreError error = writeThirtyDayStart(caseId, corrected))
            return error;
        if (StoreError error = ActivityRepository(m_db).addNow(
                caseId, ActivityKind::Note, authorId,
                corrected.healthOnlyIcb
                    ? QStringLiteral(
                          "Corrected the start of the 30 days: health-only mediation arranged by the ICB, "
                          "the council told the ICB the issues on %1 (%2)")
                          .arg(corrected.icbTold.toString(Qt::ISODate), reason.trimmed())
                    : QStringLiteral(
                          "Corrected the start of the 30 days: the council was told the family wishes to "
                          "mediate on %1 (%2)")
                          .arg(corrected.councilTold.toString(Qt::ISODate), reason.trimmed())))
            return error;
        return m_cases.refreshNextDeadline(caseId);
    });
}

StoreError CaseStageMoves::recordNotPursued(qint64 caseId, const QDate& recorded, const QString& note,
                                            const QDate& today, std::optional<qint64> authorId)
{
    return onCase(caseId, [&](const CaseDetails& details) -> StoreError {
        if (!MediationRequestRule::mayRecordNotPursued(details.referral.route, details.stage))
            return StoreError::invalid(
                details.referral.route != Route::Mediation
                    ? QStringLiteral("%1 is a disagreement resolution case: it follows its own stages.")
                          .arg(details.reference)
                : details.stage == CaseStage::Enquiry
                    ? QStringLiteral("%1 is at \"Enquiry\": log the mediation information given first.")
                          .arg(details.reference)
                    : QStringLiteral(
                          "%1 is at \"%2\": it is not waiting for the family to decide on mediation.")
                          .arg(details.reference, caseStageTitle(details.stage)));
        const QString problem = MediationRequestRule::notPursuedDateProblem(
            recorded, details.referral.enquiryDate, details.informationGivenDate, today);
        if (!problem.isEmpty())
            return StoreError::invalid(problem);
        QString why = QStringLiteral("The family did not pursue mediation (reg 34): Part 1 is due.");
        if (!note.trimmed().isEmpty())
            why += QLatin1Char(' ') + note.trimmed();
        return moveStage(caseId, StageChange{CaseStage::NotPursuing, recorded, why}, today, authorId);
    });
}

StoreError CaseStageMoves::stepBack(qint64 caseId, CaseStage to, const QString& why,
                                    std::optional<qint64> authorId)
{
    return onCase(caseId, [&](const CaseDetails& details) -> StoreError {
        StoreQuery query(m_db, QStringLiteral("UPDATE cases SET changed_by = ?, changed_at = ?, stage = ?, "
                                              "updated_at = ?, row_version = row_version + 1 WHERE id = ?"));
        if (StoreError error = RowVersion::bindStamp(m_db, query))
            return error;
        query.bind(caseStageToString(to), SqlValues::now(), caseId);
        if (StoreError error = query.exec(QStringLiteral("Could not move the case back")))
            return error;
        if (StoreError error = ActivityRepository(m_db).addNow(
                caseId, ActivityKind::StageChange, authorId,
                QStringLiteral("%1 → %2 (%3)").arg(caseStageTitle(details.stage), caseStageTitle(to), why)))
            return error;
        return m_cases.refreshNextDeadline(caseId);
    });
}

StoreError CaseStageMoves::reopen(qint64 caseId, const QString& reason, std::optional<qint64> authorId)
{
    if (StoreError error = AccessGuard(m_db).require(Action::EditCases))
        return error;
    if (reason.trimmed().isEmpty())
        return StoreError::invalid(QStringLiteral("Say why the case is reopened."));
    return WriteTransaction::run(m_db, [&]() -> StoreError {
        StoreQuery read(m_db, QStringLiteral("SELECT stage, route, closed_from_stage, anonymised_at, "
                                             "merged_into_id FROM cases WHERE id = ?"));
        read.bind(caseId);
        if (StoreError error = read.execOne(QStringLiteral("Could not read the case"),
                                            QStringLiteral("That case is no longer there.")))
            return error;
        // An anonymised case has lost the details a caseworker would need, and its
        // certificates' PDFs: it stays closed for good.
        if (!read.value(3).isNull())
            return StoreError::invalid(
                QStringLiteral("The case was anonymised after its retention period and cannot be reopened."));
        // A case merged into another lives on in that one (schema 14).
        if (!read.value(4).isNull())
            return StoreError::invalid(
                QStringLiteral("The case was merged into another case; work on that one instead."));
        const CaseStage stage = caseStageFromString(read.value(0).toString()).value_or(CaseStage::Closed);
        if (stage != CaseStage::Closed)
            return StoreError::invalid(QStringLiteral("The case is not closed."));
        const Route route = routeFromString(read.value(1).toString()).value_or(Route::Mediation);
        // Cases closed before schema 9 did not record where they were: they start again.
        const CaseStage to =
            caseStageFromString(read.value(2).toString()).value_or(StageMachine::initialStage(route));

        StoreQuery query(
            m_db, QStringLiteral("UPDATE cases SET changed_by = ?, changed_at = ?, stage = ?, closed_date = "
                                 "NULL, closed_reason = NULL, "
                                 "closed_from_stage = NULL, updated_at = ?, row_version = row_version + 1 "
                                 "WHERE id = ?"));
        if (StoreError error = RowVersion::bindStamp(m_db, query))
            return error;
        query.bind(caseStageToString(to), SqlValues::now(), caseId);
        if (StoreError error = query.exec(QStringLiteral("Could not reopen the case")))
            return error;

        if (StoreError error = ActivityRepository(m_db).addNow(
                caseId, ActivityKind::StageChange, authorId,
                QStringLiteral("%1 → %2 (reopened)")
                    .arg(caseStageTitle(CaseStage::Closed), caseStageTitle(to)),
                reason.trimmed()))
            return error;
        return m_cases.refreshNextDeadline(caseId);
    });
}
