#include "CaseCommand.h"

#include "CliContext.h"
#include "DateCommandSupport.h"
#include "store/access/SessionActor.h"
#include "store/cases/CaseMergeRepository.h"
#include "store/cases/CaseRepository.h"
#include "store/cases/DuplicateReferralQuery.h"
#include "store/settings/BankHolidayRepository.h"

#include <QCommandLineParser>

int CaseCommand::run(CliContext& context)
{
    const QStringList arguments = context.arguments();
    const QString action = arguments.value(1);
    if (action != QLatin1String("duplicates") && action != QLatin1String("merge"))
        return context.usageError(action.isEmpty() ? QStringLiteral("say 'case duplicates' or 'case merge'")
                                                   : QStringLiteral("unknown action '%1'").arg(action));
    QCommandLineParser parser;
    const QCommandLineOption intoOption(QStringLiteral("into"), QString(), QStringLiteral("REFERENCE"));
    const QCommandLineOption reasonOption(QStringLiteral("reason"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption todayOption(QStringLiteral("today"), QString(), QStringLiteral("DATE"));
    parser.addOptions({intoOption, reasonOption, todayOption});
    if (!parser.parse(QStringList{arguments.first()} + arguments.mid(2)))
        return context.usageError(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usageError(QStringLiteral("name one case: case %1 REFERENCE").arg(action));
    const bool merge = action == QLatin1String("merge");
    if (merge && !parser.isSet(intoOption))
        return context.usageError(QStringLiteral("say which case to keep: --into REFERENCE"));
    if (merge && parser.value(reasonOption).trimmed().isEmpty())
        return context.usageError(QStringLiteral("say why the cases are merged: --reason TEXT"));
    if (!merge && (parser.isSet(intoOption) || parser.isSet(reasonOption)))
        return context.usageError(QStringLiteral("case duplicates takes only a reference"));
    QDate today;
    if (!DateCommandSupport::optionDate(context, parser, todayOption, QDate::currentDate(), &today))
        return ExitUsage;

    Database* database = context.openDatabase({.create = false, .migrate = true});
    if (!database)
        return ExitFailure;
    QSqlDatabase db = database->connection();
    BankHolidayCalendar calendar = BankHolidayCalendar::shipped();
    if (BankHolidayRepository(db).load(&calendar))
        calendar = BankHolidayCalendar::shipped();
    qint64 caseId = 0;
    if (StoreError error = CaseRepository::idForReference(db, positional.first(), &caseId))
        return context.fail(error.message());
    if (!merge) {
        CaseDetails details;
        if (StoreError error = CaseRepository(db, calendar).load(caseId, &details))
            return context.fail(error.message());
        QList<DuplicateCase> found;
        if (StoreError error = DuplicateReferralQuery(db).find(details.referral, &found))
            return context.fail(error.message());
        // Tab-separated: reference, council, stage, why (reasons joined by "; ").
        for (const DuplicateCase& duplicate : found) {
            if (duplicate.caseId == caseId)
                continue;
            context.out() << duplicate.reference << '\t' << duplicate.councilName << '\t'
                          << caseStageToString(duplicate.stage) << '\t'
                          << duplicate.reasons.join(QStringLiteral("; ")) << Qt::endl;
        }
        return ExitOk;
    }
    qint64 keptId = 0;
    if (StoreError error = CaseRepository::idForReference(db, parser.value(intoOption), &keptId))
        return context.fail(error.message());
    qint64 actor = 0;
    SessionActor::current(db, &actor);
    CaseMergeResult result;
    if (StoreError error = CaseMergeRepository(db, calendar)
                               .merge(keptId, caseId, parser.value(reasonOption), today,
                                      actor ? std::optional<qint64>(actor) : std::nullopt, &result))
        return context.fail(error.message());
    context.out() << "Merged " << positional.first().trimmed().toUpper() << " into "
                  << parser.value(intoOption).trimmed().toUpper() << ": " << result.activities
                  << " timeline entries, " << result.invitees << " invitees and " << result.meetings
                  << " meetings moved; " << result.certificatesKept << " certificates stay where issued"
                  << Qt::endl;
    return ExitOk;
}
