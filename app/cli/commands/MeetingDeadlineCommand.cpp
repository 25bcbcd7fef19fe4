#include "MeetingDeadlineCommand.h"

#include "CliContext.h"
#include "DateCommandSupport.h"
#include "domain/MeetingClockStart.h"
#include "rules/DeadlineCalculator.h"

#include <QCommandLineParser>

int MeetingDeadlineCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("the date the 30 days start"),
                                  QStringLiteral("DATE"));
    // The statutory 30 days (rules/README.md section 3, "The 30 days by
    // route"): --from is the day the council was told the family wishes to
    // mediate, or, with --route icb, the day the council told the ICB the issues.
    const QCommandLineOption route(QStringLiteral("route"),
                                   QStringLiteral("who arranges the mediation: council or icb (health-only)"),
                                   QStringLiteral("ROUTE"), QStringLiteral("council"));
    // The council's contract target instead: a service level, never statutory.
    const QCommandLineOption contractStart(
        QStringLiteral("contract-start"),
        QStringLiteral("the contract target instead: --from is the enquiry or mediation_requested date"),
        QStringLiteral("EVENT"));
    const QCommandLineOption explain(QStringLiteral("explain"), QStringLiteral("show the working"));
    parser.addOptions({from, route, contractStart, explain});
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
    const QString routeText = parser.value(route);
    if (routeText != QLatin1String("council") && routeText != QLatin1String("icb"))
        return context.usageError(QStringLiteral("--route: '%1' is not council or icb").arg(routeText));
    if (parser.isSet(contractStart) && parser.isSet(route))
        return context.usageError(
            QStringLiteral("--route and --contract-start cannot be used together: the contract target has "
                           "no route"));
    std::optional<MeetingClockStart> event;
    if (parser.isSet(contractStart)) {
        event = meetingClockStartFromString(parser.value(contractStart));
        if (!event)
            return context.usageError(
                QStringLiteral("--contract-start: '%1' is not enquiry or mediation_requested")
                    .arg(parser.value(contractStart)));
    }

    return DateCommandSupport::countAndPrint(
        context, parser.isSet(explain), [&](const DeadlineCalculator& calculator) {
            return event ? calculator.contractMeetingBy(start, *event)
                         : calculator.meetingBy(start, routeText == QLatin1String("icb")
                                                           ? MeetingRoute::HealthOnlyIcb
                                                           : MeetingRoute::CouncilArranged);
        });
}
