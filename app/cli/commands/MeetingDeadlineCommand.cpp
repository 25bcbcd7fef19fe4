#include "MeetingDeadlineCommand.h"

#include "CliContext.h"
#include "DateCommandSupport.h"
#include "domain/MeetingClockStart.h"
#include "rules/DeadlineCalculator.h"

#include <QCommandLineParser>

int MeetingDeadlineCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("the date the 30-day clock starts"),
                                  QStringLiteral("DATE"));
    // Only names the start event in the explanation: the council's contract
    // says which event starts the clock; the date is the same arithmetic.
    const QCommandLineOption clockStart(QStringLiteral("clock-start"),
                                        QStringLiteral("what the date is: enquiry or mediation_requested"),
                                        QStringLiteral("EVENT"), QStringLiteral("mediation_requested"));
    const QCommandLineOption explain(QStringLiteral("explain"), QStringLiteral("show the working"));
    parser.addOptions({from, clockStart, explain});
    if (!parser.parse(context.arguments()))
        return context.usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(from))
        return context.usageError(QStringLiteral("--from DATE is required"));
    const QDate start = DateCommandSupport::parseDate(context, QStringLiteral("--from"), parser.value(from));
    if (!start.isValid())
        return ExitUsage;
    const std::optional<MeetingClockStart> event = meetingClockStartFromString(parser.value(clockStart));
    if (!event)
        return context.usageError(QStringLiteral("--clock-start: '%1' is not enquiry or mediation_requested")
                                      .arg(parser.value(clockStart)));

    BankHolidayCalendar calendar;
    QString source;
    if (!DateCommandSupport::loadCalendar(context, &calendar, &source))
        return ExitFailure;
    const Deadline deadline = DeadlineCalculator(calendar).meetingBy(start, *event);
    return DateCommandSupport::printDeadline(context, deadline, parser.isSet(explain), source);
}
