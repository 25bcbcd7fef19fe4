#include "CouncilsCommand.h"

#include "CliContext.h"
#include "RecordCommandSupport.h"
#include "rules/CouncilRules.h"
#include "store/settings/CouncilRepository.h"

#include <QCommandLineParser>

int CouncilsCommand::run(CliContext& context)
{
    const QStringList arguments = context.arguments();
    const QString action = arguments.value(1);
    if (action == QLatin1String("list")) {
        if (arguments.size() > 2)
            return context.usageError(QStringLiteral("councils list takes no arguments"));
        return list(context);
    }
    if (action == QLatin1String("add"))
        return add(context, QStringList{arguments.first()} + arguments.mid(2));
    return context.usageError(action.isEmpty() ? QStringLiteral("say 'councils list' or 'councils add'")
                                               : QStringLiteral("unknown action '%1'").arg(action));
}

int CouncilsCommand::list(CliContext& context)
{
    Database* database = RecordCommandSupport::openExisting(context);
    if (!database)
        return ExitFailure;
    QList<Council> councils;
    if (StoreError error = CouncilRepository(database->connection()).list(&councils))
        return context.fail(error);
    // Tab-separated, one council a line: id, code, contract target start (not
    // the statutory 30 days), referral days, retention years, name.
    for (const Council& council : councils) {
        context.out() << council.id << '\t' << council.code << '\t'
                      << meetingClockStartToString(council.meetingClockStart) << '\t'
                      << council.referralActionWorkingDays << '\t' << council.retentionYears << '\t'
                      << council.name << Qt::endl;
    }
    return ExitOk;
}

int CouncilsCommand::add(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption nameOption(QStringLiteral("name"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption codeOption(QStringLiteral("code"), QString(), QStringLiteral("CODE"));
    // The contract target's start (rules/README.md section 3); --clock-start
    // is its name from before schema 19, still accepted.
    const QCommandLineOption clockOption(
        QStringList{QStringLiteral("contract-start"), QStringLiteral("clock-start")}, QString(),
        QStringLiteral("EVENT"));
    const QCommandLineOption daysOption(QStringLiteral("referral-days"), QString(), QStringLiteral("N"));
    const QCommandLineOption retentionOption(QStringLiteral("retention-years"), QString(),
                                             QStringLiteral("N"));
    parser.addOptions({nameOption, codeOption, clockOption, daysOption, retentionOption});
    if (!parser.parse(arguments))
        return context.usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("councils add takes options only"));
    Council council;
    council.name = parser.value(nameOption).trimmed();
    council.code = parser.value(codeOption).trimmed().toUpper();
    if (council.name.isEmpty() || council.code.isEmpty())
        return context.usageError(QStringLiteral("give the council's --name and a short --code"));
    if (parser.isSet(clockOption)) {
        const auto clock = meetingClockStartFromString(parser.value(clockOption));
        if (!clock)
            return context.usageError(
                QStringLiteral("--contract-start must be 'enquiry' or 'mediation_requested'"));
        council.meetingClockStart = *clock;
    }
    auto number = [&](const QCommandLineOption& option, int low, int high, int* into) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < low || value > high)
            return false;
        *into = value;
        return true;
    };
    if (!number(daysOption, 0, CouncilRules::kMaxReferralDays, &council.referralActionWorkingDays))
        return context.usageError(QStringLiteral("--referral-days must be a whole number from 0 to %1")
                                      .arg(CouncilRules::kMaxReferralDays));
    if (!number(retentionOption, CouncilRules::kMinRetentionYears, CouncilRules::kMaxRetentionYears,
                &council.retentionYears))
        return context.usageError(QStringLiteral("--retention-years must be a whole number from %1 to %2")
                                      .arg(CouncilRules::kMinRetentionYears)
                                      .arg(CouncilRules::kMaxRetentionYears));
    if (const QList<ValidationProblem> problems = CouncilRules::check(council); !problems.isEmpty())
        return context.usageError(problems.first().message);

    Database* database = context.openDatabase();
    if (!database)
        return ExitFailure;
    if (StoreError error = CouncilRepository(database->connection()).add(&council)) {
        if (error.kind() == StoreError::Kind::Constraint)
            return context.fail(QStringLiteral("a council with that name or code exists already"));
        return context.fail(error);
    }
    context.out() << council.id << Qt::endl;
    return ExitOk;
}
