#include "ExpensesCommand.h"

#include "CliContext.h"
#include "DateCommandSupport.h"
#include "RecordCommandSupport.h"
#include "documents/TravelClaimPdf.h"
#include "platform/PrivateFile.h"
#include "rules/TravelExpenseRules.h"
#include "store/cases/TravelExpenseRepository.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace {
// id, date, mode, miles ("-" when none), amount, receipt (yes/no), claimant
// ("-" when none), description: a stable order for scripts.
QString line(const TravelExpense& e)
{
    QString description = e.description;
    description.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return QStringList{QString::number(e.id),
                       e.journeyDate.toString(Qt::ISODate),
                       travelModeToString(e.mode),
                       e.milesTenths ? milesToText(*e.milesTenths) : QStringLiteral("-"),
                       penceToDecimal(e.amountPence),
                       e.receiptHeld ? QStringLiteral("yes") : QStringLiteral("no"),
                       e.claimantName.isEmpty() ? QStringLiteral("-") : e.claimantName,
                       description}
        .join(QLatin1Char('\t'));
}

// Parses the command's options after "expenses ACTION"; false after a usage error.
bool parse(CliContext& context, QCommandLineParser& parser, const QCommandLineOption& caseOption)
{
    const QStringList arguments = context.arguments();
    if (!parser.parse(QStringList{arguments.first()} + arguments.mid(2))) {
        context.usageError(parser.errorText());
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        context.usageError(QStringLiteral("unexpected '%1': name the case with --case REFERENCE")
                               .arg(parser.positionalArguments().first()));
        return false;
    }
    if (parser.value(caseOption).trimmed().isEmpty()) {
        context.usageError(QStringLiteral("name the case with --case REFERENCE"));
        return false;
    }
    return true;
}
} // namespace

int ExpensesCommand::run(CliContext& context)
{
    const QString action = context.arguments().value(1);
    if (action == QLatin1String("list"))
        return list(context);
    if (action == QLatin1String("add"))
        return add(context);
    if (action == QLatin1String("claim-form"))
        return claimForm(context);
    return context.usageError(
        action.isEmpty() ? QStringLiteral("say 'expenses list', 'expenses add' or 'expenses claim-form'")
                         : QStringLiteral("unknown action '%1'").arg(action));
}

int ExpensesCommand::list(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption caseOption(QStringLiteral("case"), QString(), QStringLiteral("REFERENCE"));
    parser.addOption(caseOption);
    if (!parse(context, parser, caseOption))
        return ExitUsage;
    qint64 caseId = 0;
    Database* database = RecordCommandSupport::openCase(context, parser.value(caseOption), &caseId);
    if (!database)
        return ExitFailure;
    QSqlDatabase db = database->connection();
    QList<TravelExpense> expenses;
    if (StoreError error = TravelExpenseRepository(db).listForCase(caseId, &expenses))
        return context.fail(error);
    for (const TravelExpense& expense : expenses)
        context.out() << line(expense) << Qt::endl;
    context.out() << "total\t" << penceToDecimal(TravelExpenseRules::total(expenses)) << Qt::endl;
    return ExitOk;
}

int ExpensesCommand::add(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption caseOption(QStringLiteral("case"), QString(), QStringLiteral("REFERENCE"));
    const QCommandLineOption dateOption(QStringLiteral("date"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption amountOption(QStringLiteral("amount"), QString(), QStringLiteral("POUNDS"));
    const QCommandLineOption milesOption(QStringLiteral("miles"), QString(), QStringLiteral("MILES"));
    const QCommandLineOption modeOption(QStringLiteral("mode"), QString(), QStringLiteral("MODE"));
    const QCommandLineOption descriptionOption(QStringLiteral("description"), QString(),
                                               QStringLiteral("TEXT"));
    const QCommandLineOption claimantOption(QStringLiteral("claimant"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption noteOption(QStringLiteral("note"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption receiptOption(QStringLiteral("receipt"));
    const QCommandLineOption todayOption(QStringLiteral("today"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption meetingOption(QStringLiteral("meeting"), QString(), QStringLiteral("ID"));
    parser.addOptions({caseOption, dateOption, amountOption, milesOption, modeOption, descriptionOption,
                       claimantOption, noteOption, receiptOption, todayOption, meetingOption});
    if (!parse(context, parser, caseOption))
        return ExitUsage;
    if (!parser.isSet(dateOption))
        return context.usageError(QStringLiteral("give the journey's date with --date YYYY-MM-DD"));
    QDate date;
    if (!DateCommandSupport::optionDate(context, parser, dateOption, QDate(), &date))
        return ExitUsage;
    // The day a journey may not be after: today, unless --today says otherwise (scripts, tests).
    QDate today;
    if (!DateCommandSupport::optionDate(context, parser, todayOption, QDate::currentDate(), &today))
        return ExitUsage;
    const std::optional<TravelMode> mode = travelModeFromString(parser.value(modeOption));
    if (!mode)
        return context.usageError(QStringLiteral("--mode must say car, public_transport, taxi or other"));
    if (!parser.isSet(amountOption))
        return context.usageError(QStringLiteral("give the amount in pounds with --amount, as 12.40"));
    const std::optional<qint64> amount = penceFromDecimal(parser.value(amountOption));
    if (!amount)
        return context.usageError(QStringLiteral("'%1' is not an amount: give pounds and pence, as 12.40")
                                      .arg(parser.value(amountOption)));
    std::optional<int> miles;
    if (parser.isSet(milesOption)) {
        miles = milesFromText(parser.value(milesOption));
        if (!miles)
            return context.usageError(QStringLiteral("'%1' is not a number of miles: give it as 12 or 12.5")
                                          .arg(parser.value(milesOption)));
    }

    TravelExpense expense;
    if (parser.isSet(meetingOption)) {
        bool numeric = false;
        const qint64 meetingId = parser.value(meetingOption).toLongLong(&numeric);
        if (!numeric || meetingId <= 0)
            return context.usageError(QStringLiteral("'%1' is not a meeting id (see meetings list)")
                                          .arg(parser.value(meetingOption)));
        expense.meetingId = meetingId;
    }
    expense.journeyDate = date;
    expense.mode = *mode;
    expense.amountPence = *amount;
    expense.milesTenths = miles;
    expense.description = parser.value(descriptionOption);
    expense.claimantName = parser.value(claimantOption).trimmed();
    expense.note = parser.value(noteOption);
    expense.receiptHeld = parser.isSet(receiptOption);

    Database* database = RecordCommandSupport::openCase(context, parser.value(caseOption), &expense.caseId);
    if (!database)
        return ExitFailure;
    QSqlDatabase db = database->connection();
    if (StoreError error = TravelExpenseRepository(db).add(&expense, today))
        return context.fail(error);
    context.out() << line(expense) << Qt::endl;
    return ExitOk;
}

int ExpensesCommand::claimForm(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption caseOption(QStringLiteral("case"), QString(), QStringLiteral("REFERENCE"));
    const QCommandLineOption outOption(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    parser.addOptions({caseOption, outOption});
    if (!parse(context, parser, caseOption))
        return ExitUsage;
    const QString out = parser.value(outOption);
    if (out.isEmpty())
        return context.usageError(QStringLiteral("give the file to write with --out FILE.pdf"));
    if (QFileInfo(out).isDir())
        return context.usageError(QStringLiteral("--out names a folder: give a file, as claim.pdf"));

    qint64 caseId = 0;
    Database* database = RecordCommandSupport::openCase(context, parser.value(caseOption), &caseId);
    if (!database)
        return ExitFailure;
    QSqlDatabase db = database->connection();
    TravelClaimPdf::Content content;
    if (StoreError error = TravelExpenseRepository(db).claimForm(caseId, QDate::currentDate(), &content))
        return context.fail(error);
    if (content.expenses.isEmpty())
        return context.fail(QStringLiteral("%1 has no travel expenses to claim.").arg(content.caseReference));
    const QByteArray pdf = TravelClaimPdf::render(content);
    if (pdf.isEmpty())
        return context.fail(QStringLiteral("Could not make the claim form."));
    QString error;
    if (!PrivateFile::write(out, pdf, &error))
        return context.fail(error);
    context.out() << out << '\t' << penceToDecimal(TravelExpenseRules::total(content.expenses)) << Qt::endl;
    return ExitOk;
}
