#include "RetentionCommand.h"

#include "CliContext.h"
#include "DateCommandSupport.h"
#include "RecordCommandSupport.h"
#include "store/cases/CaseRepository.h"
#include "store/retention/RetentionRepository.h"

#include <QCommandLineParser>

int RetentionCommand::run(CliContext& context)
{
    const QStringList arguments = context.arguments();
    const QString action = arguments.value(1);
    if (action != QLatin1String("list") && action != QLatin1String("anonymise"))
        return context.usageError(action.isEmpty()
                                      ? QStringLiteral("say 'retention list' or 'retention anonymise'")
                                      : QStringLiteral("unknown action '%1'").arg(action));
    QCommandLineParser parser;
    const QCommandLineOption todayOption(QStringLiteral("today"), QString(), QStringLiteral("DATE"));
    parser.addOption(todayOption);
    if (!parser.parse(QStringList{arguments.first()} + arguments.mid(2)))
        return context.usageError(parser.errorText());
    QDate today;
    if (!DateCommandSupport::optionDate(context, parser, todayOption, QDate::currentDate(), &today))
        return ExitUsage;
    const QStringList positional = parser.positionalArguments();
    if (action == QLatin1String("list") && !positional.isEmpty())
        return context.usageError(QStringLiteral("retention list takes no case reference"));
    if (action == QLatin1String("anonymise") && positional.size() != 1)
        return context.usageError(QStringLiteral("name one case: retention anonymise REFERENCE"));
    // Anonymising cannot be undone, so it counts from the real date only: a
    // date given by hand could destroy a case years before it is due.
    if (action == QLatin1String("anonymise") && parser.isSet(todayOption))
        return context.usageError(QStringLiteral(
            "--today is for 'retention list' only (planning ahead); anonymise always uses today's date"));

    Database* database = RecordCommandSupport::openExisting(context);
    if (!database)
        return ExitFailure;
    RetentionRepository retention(database->connection());
    if (action == QLatin1String("list")) {
        QList<RetentionCandidate> candidates;
        if (StoreError error = retention.casesPastRetention(today, &candidates))
            return context.fail(error.message());
        // Tab-separated, longest overdue first: reference, council, closed, due from.
        for (const RetentionCandidate& candidate : candidates) {
            context.out() << candidate.reference << '\t' << candidate.councilName << '\t'
                          << candidate.closedOn.toString(Qt::ISODate) << '\t'
                          << candidate.anonymiseFrom.toString(Qt::ISODate) << Qt::endl;
        }
        return ExitOk;
    }
    qint64 caseId = 0;
    if (StoreError error =
            CaseRepository::idForReference(database->connection(), positional.first(), &caseId))
        return context.fail(error.message());
    AnonymisedRecords records;
    if (StoreError error = retention.anonymise(caseId, QDate::currentDate(), &records))
        return context.fail(error.message());
    int rows = 0;
    for (const QList<qint64>& ids : std::as_const(records.changed))
        rows += ids.size();
    context.out() << "Anonymised " << records.reference << ": " << rows << " records changed" << Qt::endl;
    return ExitOk;
}
