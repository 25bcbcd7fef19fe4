#include "AgreementDeadlinesCommand.h"

#include "CliContext.h"
#include "DateCommandSupport.h"
#include "rules/AgreementDeadlines.h"
#include "rules/IsoDate.h"

#include <QCommandLineParser>
#include <QRegularExpression>

int AgreementDeadlinesCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption agreed(QStringLiteral("agreed"), QStringLiteral("the date of the agreement"),
                                    QStringLiteral("DATE"));
    const QCommandLineOption action(QStringLiteral("action"),
                                    QStringLiteral("assess, make-plan, appealable or not-appealable"),
                                    QStringLiteral("KIND"));
    const QCommandLineOption period(QStringLiteral("agreed-period-days"),
                                    QStringLiteral("a period the parties agreed in writing, in days"),
                                    QStringLiteral("N"));
    const QCommandLineOption notParty(QStringLiteral("council-not-party"),
                                      QStringLiteral("the council was not a party (health-only mediation)"));
    parser.addOptions({agreed, action, period, notParty});
    if (!parser.parse(context.arguments()))
        return context.usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(agreed))
        return context.usageError(QStringLiteral("--agreed DATE is required"));
    if (!parser.isSet(action))
        return context.usageError(
            QStringLiteral("--action assess|make-plan|appealable|not-appealable is required"));
    const QDate day =
        DateCommandSupport::parseDate(context, QStringLiteral("--agreed"), parser.value(agreed));
    if (!day.isValid())
        return ExitUsage;
    const std::optional<AgreedActionKind> kind = agreedActionKindFromString(parser.value(action));
    if (!kind)
        return context.usageError(
            QStringLiteral("--action: '%1' is not assess, make-plan, appealable or not-appealable")
                .arg(parser.value(action)));
    std::optional<int> days;
    if (parser.isSet(period)) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,4}$"));
        const QString text = parser.value(period);
        const int value = digits.match(text).hasMatch() ? text.toInt() : 0;
        if (value < 1 || value > AgreementDeadlines::kMaxAgreedPeriodDays)
            return context.usageError(
                QStringLiteral("--agreed-period-days: '%1' is not a whole number of days "
                               "from 1 to %2")
                    .arg(text)
                    .arg(AgreementDeadlines::kMaxAgreedPeriodDays));
        days = value;
    }
    const QList<AgreementDeadlines::Item> items =
        AgreementDeadlines::compute(day, *kind, days, parser.isSet(notParty));
    for (const AgreementDeadlines::Item& item : items) {
        if (!item.checkReg44() && !IsoDate::isSupported(item.deadline.date()))
            return context.usageError(
                QStringLiteral("the result falls outside the dates Common Ground works with (%1)")
                    .arg(IsoDate::supportedRange()));
    }
    for (const AgreementDeadlines::Item& item : items)
        context.out() << item.dateText() << '\t' << item.what << " (" << item.regulation << ")" << Qt::endl;
    return ExitOk;
}
