#include "WorkingDaysCommand.h"

#include "CliContext.h"
#include "DateCommandSupport.h"
#include "rules/DeadlineCalculator.h"

#include <QCommandLineParser>
#include <QRegularExpression>

int WorkingDaysCommand::run(CliContext& context)
{
    // QCommandLineParser would take "-3" for an unknown option "3"; name a
    // negative count for what it is.
    static const QRegularExpression negative(QStringLiteral("^-\\d+$"));
    for (qsizetype i = 1; i < context.arguments().size(); ++i) {
        if (negative.match(context.arguments().at(i)).hasMatch())
            return context.usageError(
                QStringLiteral("N: '%1' is negative; give a whole number of working days, 0 or more")
                    .arg(context.arguments().at(i)));
    }
    QCommandLineParser parser;
    const QCommandLineOption explain(QStringLiteral("explain"), QStringLiteral("show the working"));
    parser.addOption(explain);
    if (!parser.parse(context.arguments()))
        return context.usageError(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3 || positional.at(0) != QLatin1String("add"))
        return context.usageError(QStringLiteral("usage: working-days add DATE N"));

    const QDate from = DateCommandSupport::parseDate(context, QStringLiteral("DATE"), positional.at(1));
    if (!from.isValid())
        return ExitUsage;
    // toInt() reads 2147483648 as 0; an overflow must be refused, not counted as nothing.
    static const QRegularExpression whole(QStringLiteral("^\\d+$"));
    bool inRange = false;
    const int n = positional.at(2).toInt(&inRange);
    if (!whole.match(positional.at(2)).hasMatch() || !inRange || n > kMaximumDays)
        return context.usageError(QStringLiteral("N: '%1' is not a whole number of working days from 0 to %2")
                                      .arg(positional.at(2))
                                      .arg(kMaximumDays));

    return DateCommandSupport::countAndPrint(
        context, parser.isSet(explain),
        [&](const DeadlineCalculator& calculator) { return calculator.workingDaysAfter(from, n); });
}
