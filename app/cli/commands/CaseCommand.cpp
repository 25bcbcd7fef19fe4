#include "CaseCommand.h"

#include "CliContext.h"
#include "CommandActions.h"
#include "DateCommandSupport.h"
#include "RecordCommandSupport.h"
#include "rules/DeadlineCalculator.h"
#include "store/cases/CaseMergeRepository.h"
#include "store/cases/CaseRepository.h"
#include "store/cases/ChildViewsRepository.h"
#include "store/cases/DuplicateReferralQuery.h"
#include "store/cases/TribunalAppealRepository.h"

#include <QCommandLineParser>

int CaseCommand::run(CliContext& context)
{
    return CommandActions::run(this, context,
                               {{"duplicates", &CaseCommand::duplicates},
                                {"merge", &CaseCommand::merge},
                                {"appeal", &CaseCommand::appeal},
                                {"not-pursued", &CaseCommand::notPursued},
                                {"views", &CaseCommand::views}},
                               QStringLiteral("say 'case duplicates', 'case merge', 'case appeal', 'case "
                                              "not-pursued' or 'case views'"));
}

bool CaseCommand::openNamed(CliContext& context, const QString& reference, NamedCase* named)
{
    Database* database = RecordCommandSupport::openCase(context, reference, &named->id);
    if (!database)
        return false;
    named->db = database->connection();
    named->reference = reference.trimmed().toUpper();
    return true;
}

int CaseCommand::duplicatesOrMerge(CliContext& context, const QStringList& arguments, bool merging)
{
    QCommandLineParser parser;
    const QCommandLineOption intoOption(QStringLiteral("into"), QString(), QStringLiteral("REFERENCE"));
    const QCommandLineOption reasonOption(QStringLiteral("reason"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption todayOption(QStringLiteral("today"), QString(), QStringLiteral("DATE"));
    parser.addOptions({intoOption, reasonOption, todayOption});
    if (!CommandActions::parse(context, parser, arguments, 1,
                               QStringLiteral("name one case: case %1 REFERENCE")
                                   .arg(merging ? QStringLiteral("merge") : QStringLiteral("duplicates"))))
        return ExitUsage;
    const QStringList positional = parser.positionalArguments();
    if (merging && !parser.isSet(intoOption))
        return context.usageError(QStringLiteral("say which case to keep: --into REFERENCE"));
    if (merging && parser.value(reasonOption).trimmed().isEmpty())
        return context.usageError(QStringLiteral("say why the cases are merged: --reason TEXT"));
    if (!merging && (parser.isSet(intoOption) || parser.isSet(reasonOption)))
        return context.usageError(QStringLiteral("case duplicates takes only a reference"));
    QDate today;
    if (!DateCommandSupport::optionDate(context, parser, todayOption, QDate::currentDate(), &today))
        return ExitUsage;

    NamedCase named;
    if (!openNamed(context, positional.first(), &named))
        return ExitFailure;
    const BankHolidayCalendar calendar = RecordCommandSupport::officeCalendar(named.db);
    if (!merging) {
        CaseDetails details;
        if (StoreError error = CaseRepository(named.db, calendar).load(named.id, &details))
            return context.fail(error.message());
        QList<DuplicateCase> found;
        if (StoreError error = DuplicateReferralQuery(named.db).find(details.referral, &found))
            return context.fail(error.message());
        // Tab-separated: reference, council, stage, why (reasons joined by "; ").
        for (const DuplicateCase& duplicate : found) {
            if (duplicate.caseId == named.id)
                continue;
            context.out() << duplicate.reference << '\t' << duplicate.councilName << '\t'
                          << caseStageToString(duplicate.stage) << '\t'
                          << duplicate.reasons.join(QStringLiteral("; ")) << Qt::endl;
        }
        return ExitOk;
    }
    qint64 keptId = 0;
    if (StoreError error = CaseRepository::idForReference(named.db, parser.value(intoOption), &keptId))
        return context.fail(error.message());
    std::optional<qint64> author;
    if (!RecordCommandSupport::author(context, named.db, &author))
        return ExitFailure;
    CaseMergeResult result;
    if (StoreError error = CaseMergeRepository(named.db, calendar)
                               .merge(keptId, named.id, parser.value(reasonOption), today, author, &result))
        return context.fail(error.message());
    context.out() << "Merged " << named.reference << " into " << parser.value(intoOption).trimmed().toUpper()
                  << ": " << result.activities << " timeline entries, " << result.invitees << " invitees and "
                  << result.meetings << " meetings moved; " << result.certificatesKept
                  << " certificates stay where issued" << Qt::endl;
    return ExitOk;
}

int CaseCommand::appeal(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dateOption(QStringLiteral("date"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption sourceOption(QStringLiteral("source"), QString(), QStringLiteral("KEY"));
    const QCommandLineOption removeOption(QStringLiteral("remove"));
    const QCommandLineOption reasonOption(QStringLiteral("reason"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption todayOption(QStringLiteral("today"), QString(), QStringLiteral("DATE"));
    parser.addOptions({dateOption, sourceOption, removeOption, reasonOption, todayOption});
    if (!CommandActions::parse(context, parser, arguments, 1,
                               QStringLiteral("name one case: case appeal REFERENCE")))
        return ExitUsage;
    const QStringList positional = parser.positionalArguments();
    QStringList sourceKeys;
    for (AppealSource source : allAppealSources())
        sourceKeys << appealSourceToString(source);
    const bool remove = parser.isSet(removeOption);
    const bool show = !remove && !parser.isSet(dateOption) && !parser.isSet(sourceOption);
    TribunalAppeal appeal;
    if (remove) {
        if (parser.isSet(dateOption) || parser.isSet(sourceOption))
            return context.usageError(QStringLiteral("case appeal --remove takes only --reason TEXT"));
        if (parser.value(reasonOption).trimmed().isEmpty())
            return context.usageError(QStringLiteral("say why the appeal is taken off: --reason TEXT"));
    } else if (!show) {
        appeal.registeredDate = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        if (!appeal.registeredDate.isValid() || appeal.registeredDate.year() < 1900 ||
            appeal.registeredDate.year() > 2199)
            return context.usageError(
                QStringLiteral("--date must be the date the appeal was registered, like 2026-11-23"));
        const std::optional<AppealSource> source = appealSourceFromString(parser.value(sourceOption));
        if (!source)
            return context.usageError(QStringLiteral("--source must say how you learnt of the appeal: %1")
                                          .arg(sourceKeys.join(QStringLiteral(", "))));
        appeal.source = *source;
        if (parser.isSet(reasonOption))
            return context.usageError(QStringLiteral("--reason goes with --remove"));
    }
    QDate today = QDate::currentDate();
    if (parser.isSet(todayOption)) {
        today = QDate::fromString(parser.value(todayOption), Qt::ISODate);
        if (!today.isValid())
            return context.usageError(QStringLiteral("--today must be a date like 2026-11-23"));
    }

    NamedCase named;
    if (!openNamed(context, positional.first(), &named))
        return ExitFailure;
    TribunalAppealRepository appeals(named.db);
    if (show) {
        std::optional<TribunalAppeal> recorded;
        if (StoreError error = appeals.load(named.id, &recorded))
            return context.fail(error.message());
        // One line, tab-separated: reference, date, source key; "none" without an appeal.
        if (recorded)
            context.out() << named.reference << '\t' << recorded->registeredDate.toString(Qt::ISODate) << '\t'
                          << appealSourceToString(recorded->source) << Qt::endl;
        else
            context.out() << named.reference << '\t' << "none" << Qt::endl;
        return ExitOk;
    }
    std::optional<qint64> author;
    if (!RecordCommandSupport::author(context, named.db, &author))
        return ExitFailure;
    if (remove) {
        if (StoreError error = appeals.remove(named.id, parser.value(reasonOption), author))
            return context.fail(error.message());
        context.out() << "Appeal taken off " << named.reference << Qt::endl;
        return ExitOk;
    }
    if (StoreError error = appeals.record(named.id, appeal, today, author))
        return context.fail(error.message());
    context.out() << "Appeal recorded on " << named.reference << ": registered "
                  << appeal.registeredDate.toString(Qt::ISODate) << ", " << appealSourceTitle(appeal.source)
                  << Qt::endl;
    return ExitOk;
}

// Reg 34's second trigger (rules reference section 3): the family did not
// pursue mediation; Part 1 is due within 3 working days of the date recorded.
int CaseCommand::notPursued(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dateOption(QStringLiteral("date"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption noteOption(QStringLiteral("note"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption todayOption(QStringLiteral("today"), QString(), QStringLiteral("DATE"));
    parser.addOptions({dateOption, noteOption, todayOption});
    if (!CommandActions::parse(context, parser, arguments, 1,
                               QStringLiteral("name one case: case not-pursued REFERENCE --date DATE")))
        return ExitUsage;
    const QStringList positional = parser.positionalArguments();
    if (!parser.isSet(dateOption))
        return context.usageError(
            QStringLiteral("say when you recorded that the family did not pursue mediation: --date DATE"));
    QDate today;
    if (!DateCommandSupport::optionDate(context, parser, todayOption, QDate::currentDate(), &today))
        return ExitUsage;
    QDate recorded;
    if (!DateCommandSupport::optionDate(context, parser, dateOption, QDate(), &recorded))
        return ExitUsage;

    NamedCase named;
    if (!openNamed(context, positional.first(), &named))
        return ExitFailure;
    const BankHolidayCalendar calendar = RecordCommandSupport::officeCalendar(named.db);
    std::optional<qint64> author;
    if (!RecordCommandSupport::author(context, named.db, &author))
        return ExitFailure;
    if (StoreError error = CaseRepository(named.db, calendar)
                               .recordNotPursued(named.id, recorded, parser.value(noteOption), today, author))
        return context.fail(error.message());
    const Deadline due = DeadlineCalculator(calendar).certificateDueBy(CertificatePart::Part1, recorded);
    context.out() << named.reference << ": not pursuing mediation from " << recorded.toString(Qt::ISODate)
                  << "; Part 1 certificate due by " << due.date().toString(Qt::ISODate)
                  << (due.isProvisional() ? " (provisional)" : "") << Qt::endl;
    return ExitOk;
}

int CaseCommand::views(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption howOption(QStringLiteral("how"), QString(), QStringLiteral("HOW"));
    const QCommandLineOption noteOption(QStringLiteral("note"), QString(), QStringLiteral("TEXT"));
    parser.addOptions({howOption, noteOption});
    if (!CommandActions::parse(context, parser, arguments, 1,
                               QStringLiteral("name one case: case views REFERENCE [--how HOW --note TEXT]")))
        return ExitUsage;
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(noteOption) && !parser.isSet(howOption))
        return context.usageError(QStringLiteral("say how the views were sought: --how HOW"));
    std::optional<ChildViewsMethod> how;
    if (parser.isSet(howOption)) {
        how = childViewsMethodFromString(parser.value(howOption));
        if (!how)
            return context.usageError(QStringLiteral("--how must say spoke, written, through_parent, "
                                                     "through_advocate or not_sought"));
    }

    NamedCase named;
    if (!openNamed(context, positional.first(), &named))
        return ExitFailure;
    ChildViewsRepository repository(named.db);
    ChildViews views;
    if (how) {
        views.how = how;
        views.note = parser.value(noteOption).trimmed();
        if (StoreError error = repository.save(named.id, views))
            return context.fail(error.message());
    }
    if (StoreError error = repository.load(named.id, &views))
        return context.fail(error.message());
    if (!views.how)
        context.out() << named.reference << "\tnone" << Qt::endl;
    else
        context.out() << named.reference << '\t' << childViewsMethodToString(*views.how) << '\t' << views.note
                      << Qt::endl;
    return ExitOk;
}
