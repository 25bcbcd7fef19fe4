#include "rules/MeetingRules.h"

#include "domain/DateText.h"
#include "domain/OfficeTime.h"
#include "rules/AgreementDeadlines.h"
#include "rules/MeetingDateRule.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("MeetingRules", text);
}

QString dateText(const QDate& date)
{
    return DateText::shortDate(date);
}

QString timeText(const QDateTime& instant)
{
    return instant.toTimeZone(OfficeTime::zone()).toString(QStringLiteral("HH:mm"));
}

bool takesPart(const Meeting& meeting, qint64 userId)
{
    for (const MeetingMediator& mediator : meeting.mediators) {
        if (mediator.userId == userId)
            return true;
    }
    return false;
}
} // namespace

bool MeetingRules::overlaps(const Meeting& a, const Meeting& b)
{
    // Half-open intervals: a meeting ending at 13:00 does not clash with one starting at 13:00.
    return a.start < b.end && b.start < a.end;
}

QStringList MeetingRules::problems(const Meeting& meeting)
{
    QStringList out;
    if (!meeting.start.isValid())
        out << tr("Give the meeting's start date and time.");
    else if (!meeting.end.isValid() || meeting.end <= meeting.start)
        out << tr("The meeting must end after it starts.");
    else if (meeting.start.secsTo(meeting.end) > 12 * 3600)
        out << tr("A meeting cannot last more than 12 hours; check the end time.");
    if (meeting.mode == MeetingMode::InPerson && !meeting.venueId)
        out << tr("Choose a venue for a meeting in person.");
    if (meeting.mode == MeetingMode::Online && meeting.platform.trimmed().isEmpty())
        out << tr("Say which platform the online meeting uses (Teams, Zoom).");
    if (meeting.mode == MeetingMode::Online && !meeting.link.trimmed().isEmpty() &&
        !meeting.link.trimmed().startsWith(QLatin1String("https://")))
        out << tr("The meeting link must start with https://.");
    const bool isMeeting =
        meeting.kind == MeetingKind::Mediation || meeting.kind == MeetingKind::DisagreementResolution;
    if (isMeeting && meeting.mediators.isEmpty())
        out << tr("Choose the mediator for the meeting.");
    return out;
}

MeetingRules::BookingCheck MeetingRules::check(const Meeting& meeting, const BookingContext& context)
{
    BookingCheck result;
    result.refusals = problems(meeting);
    if (!meeting.start.isValid() || !meeting.end.isValid())
        return result;

    for (const Meeting& other : context.others) {
        if (other.id == meeting.id || other.status == MeetingStatus::Cancelled || !overlaps(meeting, other))
            continue;
        const QString span = QStringLiteral("%1-%2").arg(timeText(other.start), timeText(other.end));
        for (const MeetingMediator& mediator : meeting.mediators) {
            if (takesPart(other, mediator.userId))
                result.refusals << tr("%1 is already booked at that time for %2 (%3).")
                                       .arg(mediator.name, other.label(), span);
        }
        if (meeting.mode == MeetingMode::InPerson && other.mode == MeetingMode::InPerson && meeting.venueId &&
            other.venueId == meeting.venueId)
            result.refusals << tr("%1 is already booked at that time for %2 (%3).")
                                   .arg(meeting.venue.name.isEmpty() ? tr("The venue") : meeting.venue.name,
                                        other.label(), span);
    }

    const QDateTime localStart = meeting.start.toTimeZone(OfficeTime::zone());
    const QDateTime localEnd = meeting.end.toTimeZone(OfficeTime::zone());
    const MeetingDateRule::Result date =
        MeetingDateRule::checkBooking(localStart.date(), context.enquiryDate, context.today);
    if (!date.refusal.isEmpty())
        result.refusals << date.refusal;
    if (!date.warning.isEmpty())
        result.warnings << date.warning;
    const QString nonWorking = context.calendar.nonWorkingReason(localStart.date());
    if (!nonWorking.isEmpty())
        result.warnings << tr("%1 is not a working day (%2).").arg(dateText(localStart.date()), nonWorking);
    if (context.hours.isValid() &&
        (localStart.time() < context.hours.start || localEnd.date() != localStart.date() ||
         localEnd.time() > context.hours.end))
        result.warnings << tr("The meeting runs outside office hours (%1 to %2).")
                               .arg(context.hours.start.toString(QStringLiteral("HH:mm")),
                                    context.hours.end.toString(QStringLiteral("HH:mm")));

    // Notice of the meeting (rules/README.md section 3): a warning, never a
    // refusal, since the family may agree to shorter notice.
    if (meeting.kind == MeetingKind::Mediation && meeting.status == MeetingStatus::Scheduled) {
        result.notice = MeetingNotice::check(context.calendar, localStart.date(), context.today,
                                             meeting.noticeSent, meeting.shorterNoticeAgreed);
        // A meeting already past is being recorded, not booked: notice can no
        // longer be given, so only the summary is shown.
        if (!result.notice->warning.isEmpty() && localStart.date() >= context.today)
            result.warnings << result.notice->warning;
    }

    if (context.meetingBy && context.meetingBy->deadline.isValid()) {
        const Deadline& deadline = context.meetingBy->deadline;
        result.meetingBy = deadline;
        result.daysLeft = static_cast<int>(context.today.daysTo(deadline.date()));
        if (meeting.kind == MeetingKind::Mediation && localStart.date() > deadline.date()) {
            result.afterDeadline = true;
            result.warnings
                << tr("This is after the 30-day meeting deadline of %1: a Part 3 certificate is due "
                      "within 3 working days of learning that the meeting cannot be held in time.")
                       .arg(dateText(deadline.date()));
        }
    }
    return result;
}

QDate MeetingRules::defaultActionDue(ActionParty party, const QDate& meetingDate)
{
    Q_UNUSED(party)
    return meetingDate.isValid() ? meetingDate.addDays(kCouncilActionDays) : QDate();
}

QStringList MeetingRules::recordProblems(const MeetingRecord& record)
{
    QStringList out;
    if (!record.notesAgreed && !record.notes.trimmed().isEmpty())
        out << tr("Notes are kept only where everyone at the meeting agreed to notes being taken; record "
                  "the agreement or clear the notes.");
    for (int i = 0; i < record.actions.size(); ++i) {
        const MeetingAction& action = record.actions.at(i);
        if (action.what.trimmed().isEmpty() || action.who.trimmed().isEmpty() || !action.due.isValid())
            out << tr("Action %1 needs what, who and by when.").arg(i + 1);
    }
    if (record.agreedPeriodDays &&
        (*record.agreedPeriodDays < 1 || *record.agreedPeriodDays > AgreementDeadlines::kMaxAgreedPeriodDays))
        out << tr("A period agreed in writing is 1 to %1 days; correct it or untick it.")
                   .arg(AgreementDeadlines::kMaxAgreedPeriodDays);
    if (record.outcome && !record.heldDate.isValid())
        out << tr("Give the date the meeting was held.");
    return out;
}
