#include "AppealDeadlineCommand.h"

#include "CliContext.h"
#include "DateCommandSupport.h"
#include "rules/DeadlineCalculator.h"

#include <QCommandLineParser>

int AppealDeadlineCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption decisionSent(QStringLiteral("decision-sent"),
                                          QStringLiteral("the date the decision notice was sent"),
                                          QStringLiteral("DATE"));
    const QCommandLineOption certificateIssued(
        QStringLiteral("certificate-issued"), QStringLiteral("the date the mediation certificate was issued"),
        QStringLiteral("DATE"));
    const QCommandLineOption explain(QStringLiteral("explain"), QStringLiteral("show the working"));
    parser.addOptions({decisionSent, certificateIssued, explain});
    if (!parser.parse(context.arguments()))
        return context.usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(decisionSent))
        return context.usageError(QStringLiteral("--decision-sent DATE is required"));

    const QDate decision =
        DateCommandSupport::parseDate(context, QStringLiteral("--decision-sent"), parser.value(decisionSent));
    if (!decision.isValid())
        return ExitUsage;
    QDate certificate;
    if (parser.isSet(certificateIssued)) {
        certificate = DateCommandSupport::parseDate(context, QStringLiteral("--certificate-issued"),
                                                    parser.value(certificateIssued));
        if (!certificate.isValid())
            return ExitUsage;
        // A certificate follows the decision; the other order is a typing slip.
        if (certificate < decision)
            return context.usageError(QStringLiteral("--certificate-issued is before --decision-sent"));
    }

    return DateCommandSupport::countAndPrint(context, parser.isSet(explain),
                                             [&](const DeadlineCalculator& calculator) {
                                                 return calculator.appealDeadline(decision, certificate);
                                             });
}
