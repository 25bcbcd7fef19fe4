#include "store/meetings/MeetingCaseProgress.h"

#include "rules/CaseDeadlines.h"
#include "store/cases/CaseRepository.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StoreQuery.h"

#include <QSqlQuery>

MeetingCaseProgress::MeetingCaseProgress(QSqlDatabase db, BankHolidayCalendar calendar)
    : m_db(std::move(db)), m_calendar(std::move(calendar))
{}

StoreError MeetingCaseProgress::addTimeline(qint64 caseId, const QString& summary,
                                            std::optional<qint64> authorId)
{
    StoreQuery query(m_db,
                     QStringLiteral("INSERT INTO activities (case_id, occurred_at, kind, author_id, summary, "
                                    "confidential, created_at) VALUES (?, ?, 'meeting', ?, ?, 0, ?)"));
    query.bind(caseId, SqlValues::now(), SqlValues::id(authorId), summary, SqlValues::now());
    if (StoreError error = query.exec(QStringLiteral("Could not add the meeting to the case's timeline")))
        return error;
    return {};
}

StoreError MeetingCaseProgress::moveAfter(const Meeting& meeting, MeetingStageRules::MeetingEvent event,
                                          const QDate& date, const QDate& today,
                                          std::optional<qint64> authorId)
{
    CaseRepository cases(m_db, m_calendar);
    CaseDetails details;
    if (StoreError error = cases.load(meeting.caseId, &details))
        return error;
    StoreQuery others(
        m_db, QStringLiteral("SELECT COUNT(*) FROM meetings WHERE case_id = ? AND kind = ? AND id <> ? "
                             "AND status IN ('scheduled', 'held')"));
    others.bind(meeting.caseId, meetingKindToString(meeting.kind), meeting.id);
    if (StoreError error = others.execOne(QStringLiteral("Could not read the case's meetings")))
        return error;
    const bool otherMeetings = others.value(0).toInt() > 0;
    others.finish();
    // The Part 3 duty stands once it was recorded, or once the 30 days ran
    // out with no meeting held (rules reference section 3, step 6).
    bool part3DutyStands = details.noMeetingDate.isValid();
    if (!part3DutyStands && details.referral.route == Route::Mediation) {
        const DeadlineCalculator calculator(m_calendar);
        for (const CaseDeadline& deadline :
             CaseDeadlines(calculator).all(CaseDeadlines::timelineOf(details))) {
            if (deadline.kind == CaseDeadline::Kind::MeetingBy && deadline.deadline.isValid() &&
                deadline.deadline.date() < today)
                part3DutyStands = true;
        }
    }
    const std::optional<CaseStage> to = MeetingStageRules::stageAfter(
        meeting.kind, event, details.referral.route, details.stage, otherMeetings, part3DutyStands);
    if (!to)
        return {};
    // Back to "no meeting within 30 days" keeps the day that was first learnt.
    const QDate moveDate =
        *to == CaseStage::NoMeetingInTime && details.noMeetingDate.isValid() ? details.noMeetingDate : date;
    // Forward moves go through the stage machine and the invitee rules
    // (CaseRepository::moveStage); a refusal there undoes the meeting too.
    const bool forward = MeetingStageRules::isForward(event, *to);
    if (!forward)
        return cases.stepBack(meeting.caseId, *to,
                              QStringLiteral("%1 cancelled").arg(meetingKindTitle(meeting.kind).toLower()),
                              authorId);
    return cases.moveStage(meeting.caseId, StageChange{*to, moveDate, {}}, today, authorId);
}

StoreError MeetingCaseProgress::adoptMediator(const Meeting& meeting, std::optional<qint64> authorId)
{
    if (meeting.mediators.isEmpty())
        return {};
    // A case without a mediator takes the one who runs its meeting, so the
    // meeting is on their calendar and dashboard (a mediator sees their cases).
    StoreQuery query(m_db, QStringLiteral("SELECT mediator_id FROM cases WHERE id = ?"));
    query.bind(meeting.caseId);
    if (StoreError error = query.execOne(QStringLiteral("Could not read the case's mediator")))
        return error;
    if (!query.value(0).isNull())
        return {};
    query.finish();
    return CaseRepository(m_db, m_calendar)
        .assignMediator(meeting.caseId, meeting.mediators.constFirst().userId, authorId);
}
