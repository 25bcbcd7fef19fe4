#include "MeetingNoticeCommand.h"

#include "CliContext.h"
#include "DateCommandSupport.h"
#include "rules/DeadlineCalculator.h"

#include <QCommandLineParser>

int MeetingNoticeCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption meeting(QStringLiteral("meeting"), QStringLiteral("the day of the meeting"),
                                     QStringLiteral("DATE"));
    const QCommandLineOption explain(QStringLiteral("explain"), QStringLiteral("show the working"));
    parser.addOptions({meeting, explain});
    if (!parser.parse(context.arguments()))
        return context.usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(meeting))
        return context.usageError(QStringLiteral("--meeting DATE is required"));
    const QDate day =
        DateCommandSupport::parseDate(context, QStringLiteral("--meeting"), parser.value(meeting));
    if (!day.isValid())
        return ExitUsage;

    return DateCommandSupport::countAndPrint(
        context, parser.isSet(explain),
        [&](const DeadlineCalculator& calculator) { return calculator.meetingNoticeBy(day); });
}
