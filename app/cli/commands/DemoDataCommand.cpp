#include "DemoDataCommand.h"

#include "CliContext.h"
#include "demo/DemoDataGenerator.h"
#include "store/settings/BankHolidayRepository.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

namespace {
// A whole number from `low` to `high`, or -1.
qint64 parseCount(const QString& text, qint64 low, qint64 high)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok && value >= low && value <= high ? value : -1;
}
} // namespace

int DemoDataCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption casesOption(QStringLiteral("cases"), QString(), QStringLiteral("N"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QString(), QStringLiteral("S"));
    parser.addOption(casesOption);
    parser.addOption(seedOption);
    if (!parser.parse(context.arguments()))
        return context.usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("demo-data takes no positional arguments"));
    if (!parser.isSet(casesOption))
        return context.usageError(QStringLiteral("give the number of cases with --cases N"));
    const qint64 cases = parseCount(parser.value(casesOption), 0, 1000000);
    if (cases < 0)
        return context.usageError(QStringLiteral("--cases must be a whole number from 0 to 1000000, not '%1'")
                                      .arg(parser.value(casesOption)));
    qint64 seed = 20261123;
    if (parser.isSet(seedOption)) {
        seed = parseCount(parser.value(seedOption), 0, 4294967295LL);
        if (seed < 0)
            return context.usageError(
                QStringLiteral("--seed must be a whole number, not '%1'").arg(parser.value(seedOption)));
    }

    Database* database = context.openDatabase();
    if (!database)
        return ExitFailure;
    // Refused before anything is written: the demo's provider details and
    // certificates are set as the demo administrator and supervisor, and on
    // PostgreSQL only the login acts, so the run would stop half done.
    if (database->settings().engine() == ConnectionSettings::Engine::Postgres)
        return context.fail(
            QStringLiteral("demo-data makes an SQLite demo database only (on PostgreSQL the login acts, and "
                           "it cannot act as the demo's users); nothing was written. Use --database FILE."));
    BankHolidayCalendar calendar;
    if (StoreError error = BankHolidayRepository(database->connection()).load(&calendar))
        return context.fail(error);
    QElapsedTimer timer;
    timer.start();
    DemoDataGenerator generator(database->connection(), calendar, static_cast<quint32>(seed));
    if (StoreError error = generator.generate(static_cast<int>(cases), QDate::currentDate()))
        return context.fail(error);
    int certificates = 0;
    if (StoreError error = generator.issueCertificates(QDate::currentDate(), &certificates))
        return context.fail(error);
    int tasks = 0;
    if (StoreError error = generator.addTasks(QDate::currentDate(), &tasks))
        return context.fail(error);
    context.out() << "cases: " << cases << Qt::endl;
    context.out() << "certificates: " << certificates << Qt::endl;
    context.out() << "tasks: " << tasks << Qt::endl;
    context.out() << "seconds: " << QString::number(timer.elapsed() / 1000.0, 'f', 1) << Qt::endl;
    return ExitOk;
}
