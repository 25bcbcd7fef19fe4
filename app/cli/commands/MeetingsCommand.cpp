#include "MeetingsCommand.h"

#include "CliContext.h"
#include "CommandActions.h"
#include "RecordCommandSupport.h"
#include "documents/MeetingCalendar.h"
#include "domain/OfficeTime.h"
#include "rules/MeetingRules.h"
#include "store/access/UserRepository.h"
#include "store/meetings/MeetingRepository.h"

#include <QCommandLineParser>

namespace {
// The meetings of every mediator, or of the one named (display name or
// username, any case), from the database as it stands; false after printing
// why, as when nobody has that name.
bool loadMeetings(CliContext& context, const QString& mediatorName, QList<Meeting>* meetings)
{
    Database* database = RecordCommandSupport::openExisting(context);
    if (!database)
        return false;
    QSqlDatabase db = database->connection();
    MeetingRepository::Filter filter;
    if (!mediatorName.isEmpty()) {
        QList<User> users;
        if (StoreError error = UserRepository(db).list(&users)) {
            context.fail(error.message());
            return false;
        }
        for (const User& user : users) {
            if (user.displayName.compare(mediatorName, Qt::CaseInsensitive) == 0 ||
                user.username.compare(mediatorName, Qt::CaseInsensitive) == 0)
                filter.mediatorId = user.id;
        }
        if (!filter.mediatorId) {
            context.fail(QStringLiteral("there is no user called '%1'; give a display name or username")
                             .arg(mediatorName));
            return false;
        }
    }
    if (StoreError error = MeetingRepository(db, BankHolidayCalendar()).list(filter, meetings)) {
        context.fail(error.message());
        return false;
    }
    return true;
}
} // namespace

int MeetingsCommand::run(CliContext& context)
{
    return CommandActions::run(
        this, context,
        {{"list", &MeetingsCommand::list},
         {"ics", &MeetingsCommand::ics},
         {"office-hours", &MeetingsCommand::officeHours}},
        QStringLiteral("say 'meetings list', 'meetings ics' or 'meetings office-hours'"));
}

int MeetingsCommand::list(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption mediatorOption(QStringLiteral("mediator"), QString(), QStringLiteral("NAME"));
    parser.addOption(mediatorOption);
    if (!CommandActions::parse(context, parser, arguments, 0,
                               QStringLiteral("meetings list takes --mediator NAME only")))
        return ExitUsage;
    QList<Meeting> meetings;
    if (!loadMeetings(context, parser.value(mediatorOption), &meetings))
        return ExitFailure;
    // Tab-separated, one meeting a line, by start: id, start and end in office
    // time (ISO), case reference, kind, status, mode, mediators (comma-separated).
    for (const Meeting& meeting : meetings) {
        QStringList mediators;
        for (const MeetingMediator& mediator : meeting.mediators)
            mediators << mediator.name;
        const QTimeZone zone = OfficeTime::zone();
        context.out() << meeting.id << '\t'
                      << meeting.start.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\t'
                      << meeting.end.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\t'
                      << meeting.caseReference << '\t' << meetingKindToString(meeting.kind) << '\t'
                      << meetingStatusToString(meeting.status) << '\t' << meetingModeToString(meeting.mode)
                      << '\t' << mediators.join(QStringLiteral(", ")) << Qt::endl;
    }
    return ExitOk;
}

int MeetingsCommand::ics(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption mediatorOption(QStringLiteral("mediator"), QString(), QStringLiteral("NAME"));
    parser.addOptions({outOption, mediatorOption});
    const QString howToCall =
        QStringLiteral("give the file to write: meetings ics --out FILE [--mediator NAME]");
    if (!CommandActions::parse(context, parser, arguments, 0, howToCall))
        return ExitUsage;
    if (!parser.isSet(outOption))
        return context.usageError(howToCall);
    QList<Meeting> meetings;
    if (!loadMeetings(context, parser.value(mediatorOption), &meetings))
        return ExitFailure;
    const QByteArray data = MeetingCalendar::calendar(meetings, QDateTime::currentDateTimeUtc());
    const QString path = parser.value(outOption);
    if (!RecordCommandSupport::writePrivateFile(context, path, data))
        return ExitFailure;
    context.out() << "meetings: " << meetings.size() << Qt::endl;
    return ExitOk;
}

int MeetingsCommand::officeHours(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption startOption(QStringLiteral("start"), QString(), QStringLiteral("HH:MM"));
    const QCommandLineOption endOption(QStringLiteral("end"), QString(), QStringLiteral("HH:MM"));
    parser.addOptions({startOption, endOption});
    if (!parser.parse(arguments))
        return context.usageError(parser.errorText());
    const bool setting = parser.isSet(startOption) || parser.isSet(endOption);
    if (!parser.positionalArguments().isEmpty() ||
        (setting && !(parser.isSet(startOption) && parser.isSet(endOption))))
        return context.usageError(
            QStringLiteral("give both times: meetings office-hours --start 09:00 --end 17:00"));
    OfficeHours hours;
    if (setting) {
        hours.start = QTime::fromString(parser.value(startOption), QStringLiteral("HH:mm"));
        hours.end = QTime::fromString(parser.value(endOption), QStringLiteral("HH:mm"));
        if (!hours.start.isValid() || !hours.end.isValid())
            return context.usageError(QStringLiteral("write the times as HH:MM, for example 09:00"));
    }
    Database* database = RecordCommandSupport::openExisting(context);
    if (!database)
        return ExitFailure;
    MeetingRepository meetings(database->connection(), BankHolidayCalendar());
    if (setting) {
        if (StoreError error = meetings.setOfficeHours(hours))
            return context.fail(error);
    } else if (StoreError error = meetings.officeHours(&hours)) {
        return context.fail(error);
    }
    context.out() << "office hours: " << hours.start.toString(QStringLiteral("HH:mm")) << " to "
                  << hours.end.toString(QStringLiteral("HH:mm")) << Qt::endl;
    return ExitOk;
}
