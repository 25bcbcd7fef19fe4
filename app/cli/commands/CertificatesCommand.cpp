#include "CertificatesCommand.h"

#include "CertificateCommand.h"
#include "CliContext.h"
#include "CommandActions.h"
#include "DateCommandSupport.h"
#include "RecordCommandSupport.h"
#include "store/certificates/CertificateRepository.h"

#include <QCommandLineParser>

namespace {
QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("-");
}
} // namespace

int CertificatesCommand::run(CliContext& context)
{
    return CommandActions::run(this, context,
                               {{"list", &CertificatesCommand::list}, {"due", &CertificatesCommand::due}},
                               QStringLiteral("say 'certificates list' or 'certificates due'"));
}

int CertificatesCommand::list(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption caseOption(QStringLiteral("case"), QString(), QStringLiteral("REF"));
    const QCommandLineOption issuedOption(QStringLiteral("issued-on"), QString(), QStringLiteral("DATE"));
    parser.addOptions({caseOption, issuedOption});
    if (!CommandActions::parse(context, parser, arguments, 0,
                               QStringLiteral("certificates list takes options only")))
        return ExitUsage;
    QDate issuedOn;
    if (!DateCommandSupport::optionDate(context, parser, issuedOption, QDate(), &issuedOn))
        return ExitUsage;
    QSqlDatabase db;
    const std::optional<CertificateRepository> certificates = CertificateCommand::openRegister(context, &db);
    if (!certificates)
        return ExitFailure;
    std::optional<qint64> caseId;
    if (parser.isSet(caseOption)) {
        qint64 id = 0;
        if (!RecordCommandSupport::findCase(context, db, parser.value(caseOption), &id))
            return ExitFailure;
        caseId = id;
    }
    QList<Certificate> all;
    const StoreError error =
        issuedOn.isValid() ? certificates->listIssuedOn(issuedOn, &all) : certificates->list(&all, caseId);
    if (error)
        return context.fail(error);
    // Tab-separated, newest first: number (- for a draft), part, case, status, issue date.
    for (const Certificate& c : all) {
        if (caseId && c.caseId != *caseId)
            continue;
        context.out() << (c.number.isEmpty() ? QStringLiteral("-") : c.number) << '\t'
                      << certificatePartToInt(c.part) << '\t' << c.caseReference << '\t'
                      << certificateStatusToString(c.status) << '\t' << dateText(c.issueDate) << Qt::endl;
    }
    return ExitOk;
}

int CertificatesCommand::due(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption todayOption(QStringLiteral("today"), QString(), QStringLiteral("DATE"));
    parser.addOption(todayOption);
    if (!parser.parse(arguments))
        return context.usageError(parser.errorText());
    QDate today;
    if (!DateCommandSupport::optionDate(context, parser, todayOption, QDate::currentDate(), &today))
        return ExitUsage;
    const std::optional<CertificateRepository> certificates = CertificateCommand::openRegister(context);
    if (!certificates)
        return ExitFailure;
    QList<CertificateDueItem> items;
    if (StoreError error = certificates->due(&items))
        return context.fail(error);
    // Soonest first: case, part, due by, trigger date, overdue or on time.
    for (const CertificateDueItem& item : items) {
        context.out() << item.caseReference << '\t' << certificatePartToInt(item.part) << '\t'
                      << dateText(item.dueBy.date()) << '\t' << dateText(item.triggerDate) << '\t'
                      << (item.dueBy.date() < today ? "overdue" : "due") << Qt::endl;
    }
    return ExitOk;
}
