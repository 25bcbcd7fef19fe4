#include "TasksCommand.h"

#include "CliContext.h"
#include "DateCommandSupport.h"
#include "RecordCommandSupport.h"
#include "domain/User.h"
#include "rules/TaskRules.h"
#include "store/access/UserRepository.h"
#include "store/cases/CaseTaskRepository.h"

#include <QCommandLineParser>

namespace {
// id, case, due ("-" when none), open or done, for whom ("-" when nobody),
// title: a stable order for scripts, the free text last.
QString line(const CaseTask& t)
{
    using RecordCommandSupport::cell;
    return QStringList{QString::number(t.id),
                       t.caseReference,
                       t.dueDate.isValid() ? t.dueDate.toString(Qt::ISODate) : QStringLiteral("-"),
                       t.isDone() ? QStringLiteral("done") : QStringLiteral("open"),
                       t.assignedToName.isEmpty() ? QStringLiteral("-") : cell(t.assignedToName),
                       cell(t.title)}
        .join(QLatin1Char('\t'));
}

// Parses the options after "tasks ACTION"; false after a usage error.
bool parseAction(CliContext& context, QCommandLineParser& parser)
{
    const QStringList arguments = context.arguments();
    if (parser.parse(QStringList{arguments.first()} + arguments.mid(2)))
        return true;
    context.usageError(parser.errorText());
    return false;
}

// The user signed in on the connection (0 when nobody is); false after printing why.
bool signedInUser(CliContext& context, QSqlDatabase db, qint64* userId)
{
    std::optional<qint64> author;
    if (!RecordCommandSupport::author(context, db, &author))
        return false;
    *userId = author.value_or(0);
    return true;
}
} // namespace

int TasksCommand::run(CliContext& context)
{
    const QString action = context.arguments().value(1);
    if (action == QLatin1String("add"))
        return add(context);
    if (action == QLatin1String("list"))
        return list(context);
    if (action == QLatin1String("done"))
        return done(context);
    return context.usageError(action.isEmpty()
                                  ? QStringLiteral("say 'tasks add', 'tasks list' or 'tasks done'")
                                  : QStringLiteral("unknown action '%1'").arg(action));
}

int TasksCommand::add(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption caseOption(QStringLiteral("case"), QString(), QStringLiteral("REFERENCE"));
    const QCommandLineOption titleOption(QStringLiteral("title"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption forOption(QStringLiteral("for"), QString(), QStringLiteral("USERNAME"));
    const QCommandLineOption dueOption(QStringLiteral("due"), QString(), QStringLiteral("DATE"));
    parser.addOptions({caseOption, titleOption, forOption, dueOption});
    if (!parseAction(context, parser))
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("unexpected '%1': give the task with --title TEXT")
                                      .arg(parser.positionalArguments().first()));
    if (parser.value(caseOption).trimmed().isEmpty())
        return context.usageError(QStringLiteral("name the case with --case REFERENCE"));
    if (parser.value(titleOption).trimmed().isEmpty())
        return context.usageError(QStringLiteral("say what the task is with --title TEXT"));
    CaseTask task;
    task.title = parser.value(titleOption);
    if (!DateCommandSupport::optionDate(context, parser, dueOption, QDate(), &task.dueDate))
        return ExitUsage;
    Database* database = RecordCommandSupport::openCase(context, parser.value(caseOption), &task.caseId);
    if (!database)
        return ExitFailure;
    if (parser.isSet(forOption)) {
        User user;
        if (StoreError error = UserRepository(database->connection())
                                   .findByUsername(parser.value(forOption).trimmed(), &user))
            return context.fail(error);
        if (!user.id)
            return context.fail(
                QStringLiteral("There is no user '%1'.").arg(parser.value(forOption).trimmed()));
        task.assignedToId = user.id;
    }
    if (StoreError error = CaseTaskRepository(database->connection()).add(&task))
        return context.fail(error);
    context.out() << line(task) << Qt::endl;
    return ExitOk;
}

int TasksCommand::list(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption caseOption(QStringLiteral("case"), QString(), QStringLiteral("REFERENCE"));
    const QCommandLineOption mineOption(QStringLiteral("mine"));
    const QCommandLineOption overdueOption(QStringLiteral("overdue"));
    const QCommandLineOption todayOption(QStringLiteral("today"), QString(), QStringLiteral("DATE"));
    parser.addOptions({caseOption, mineOption, overdueOption, todayOption});
    if (!parseAction(context, parser))
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(
            QStringLiteral("unexpected '%1'").arg(parser.positionalArguments().first()));
    const bool mine = parser.isSet(mineOption);
    const bool overdue = parser.isSet(overdueOption);
    const bool onCase = parser.isSet(caseOption);
    if (mine && overdue)
        return context.usageError(QStringLiteral("give --mine or --overdue, not both"));
    if (!onCase && !mine && !overdue)
        return context.usageError(
            QStringLiteral("name the case with --case REFERENCE, or give --mine or --overdue"));
    // "Overdue" is by the office's day: today, unless --today says otherwise (scripts, tests).
    QDate today;
    if (!DateCommandSupport::optionDate(context, parser, todayOption, QDate::currentDate(), &today))
        return ExitUsage;
    qint64 caseId = 0;
    Database* database = onCase ? RecordCommandSupport::openCase(context, parser.value(caseOption), &caseId)
                                : RecordCommandSupport::openExisting(context);
    if (!database)
        return ExitFailure;
    qint64 me = 0;
    if (mine) {
        if (!signedInUser(context, database->connection(), &me))
            return ExitFailure;
        if (!me)
            return context.usageError(QStringLiteral("--mine needs somebody signed in: give --user NAME"));
    }
    const CaseTaskRepository repository(database->connection());
    QList<CaseTask> tasks;
    StoreError error;
    if (onCase)
        error = repository.listForCase(caseId, &tasks);
    else if (mine)
        error = repository.openTasksFor(me, &tasks);
    else
        error = repository.overdueTasks(today, std::nullopt, &tasks);
    if (error)
        return context.fail(error);
    for (const CaseTask& task : std::as_const(tasks)) {
        // A case's list narrowed as the options say (the lists across cases are already).
        if (onCase && mine && (task.isDone() || task.assignedToId != me))
            continue;
        if (onCase && overdue && !TaskRules::isOverdue(task, today))
            continue;
        context.out() << line(task) << Qt::endl;
    }
    return ExitOk;
}

int TasksCommand::done(CliContext& context)
{
    QCommandLineParser parser;
    if (!parseAction(context, parser))
        return ExitUsage;
    bool numeric = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&numeric);
    if (parser.positionalArguments().size() != 1 || !numeric || id <= 0)
        return context.usageError(QStringLiteral("name the task by its id (see tasks list): tasks done ID"));
    Database* database = RecordCommandSupport::openExisting(context);
    if (!database)
        return ExitFailure;
    CaseTaskRepository repository(database->connection());
    CaseTask task;
    if (StoreError error = repository.setDone(id, true))
        return context.fail(error);
    if (StoreError error = repository.find(id, &task))
        return context.fail(error);
    context.out() << line(task) << Qt::endl;
    return ExitOk;
}
