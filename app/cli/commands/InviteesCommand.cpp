#include "InviteesCommand.h"

#include "CliContext.h"
#include "DateCommandSupport.h"
#include "RecordCommandSupport.h"
#include "rules/InviteeRules.h"
#include "store/cases/CaseRepository.h"
#include "store/directory/InviteeRepository.h"

#include <QCommandLineParser>

namespace {
// "all-parties 2026-11-22; mediator 2026-11-23", or "-" when none.
QString consents(const Invitee& invitee)
{
    QStringList parts;
    if (invitee.parentConsentDate.isValid())
        parts << QStringLiteral("parent ") + invitee.parentConsentDate.toString(Qt::ISODate);
    if (invitee.mediatorConsentDate.isValid())
        parts << QStringLiteral("mediator ") + invitee.mediatorConsentDate.toString(Qt::ISODate);
    if (invitee.allPartiesConsentDate.isValid())
        parts << QStringLiteral("all-parties ") + invitee.allPartiesConsentDate.toString(Qt::ISODate);
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral("; "));
}
} // namespace

int InviteesCommand::run(CliContext& context)
{
    const QStringList arguments = context.arguments();
    const QString action = arguments.value(1);
    if (action == QLatin1String("list") || action == QLatin1String("check")) {
        if (arguments.size() != 3)
            return context.usageError(QStringLiteral("name one case: invitees %1 REFERENCE").arg(action));
        return list(context, arguments.at(2), action == QLatin1String("check"));
    }
    if (action == QLatin1String("basis"))
        return basis(context);
    return context.usageError(
        action.isEmpty() ? QStringLiteral("say 'invitees list', 'invitees check' or 'invitees basis'")
                         : QStringLiteral("unknown action '%1'").arg(action));
}

int InviteesCommand::list(CliContext& context, const QString& reference, bool checks)
{
    Database* database = RecordCommandSupport::openExisting(context);
    if (!database)
        return ExitFailure;
    QSqlDatabase db = database->connection();
    qint64 caseId = 0;
    if (StoreError error = CaseRepository::idForReference(db, reference, &caseId))
        return context.fail(error.message());
    InviteeRules::CaseInvitees input;
    if (StoreError error = InviteeRepository(db).caseInvitees(caseId, &input))
        return context.fail(error.message());
    if (checks) {
        // severity<TAB>field<TAB>message, in the order the rules find them.
        for (const ValidationProblem& problem : InviteeRules::check(input, InviteeRules::Step::Review))
            context.out() << (problem.severity == ValidationProblem::Severity::Error ? "error" : "warning")
                          << '\t' << problem.field << '\t' << problem.message << Qt::endl;
        return ExitOk;
    }
    // id, role, status, basis (the role's default when none was recorded), consents, name.
    for (const Invitee& invitee : input.invitees) {
        context.out() << invitee.id << '\t' << inviteeRoleToString(invitee.role) << '\t'
                      << inviteeStatusToString(invitee.status) << '\t'
                      << attendanceBasisToString(InviteeRules::basisOf(invitee, input)) << '\t'
                      << consents(invitee) << '\t' << invitee.displayName << Qt::endl;
    }
    return ExitOk;
}

int InviteesCommand::basis(CliContext& context)
{
    const QStringList arguments = context.arguments();
    QCommandLineParser parser;
    const QCommandLineOption consentOption(QStringLiteral("consent"), QString(), QStringLiteral("WHO"));
    const QCommandLineOption dateOption(QStringLiteral("date"), QString(), QStringLiteral("DATE"));
    parser.addOptions({consentOption, dateOption});
    if (!parser.parse(QStringList{arguments.first()} + arguments.mid(2)))
        return context.usageError(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return context.usageError(QStringLiteral(
            "name the invitee and the basis: invitees basis INVITEE-ID party|supporter|child|other"));
    bool numeric = false;
    const qint64 inviteeId = positional.at(0).toLongLong(&numeric);
    if (!numeric || inviteeId <= 0)
        return context.usageError(
            QStringLiteral("'%1' is not an invitee id (see invitees list REFERENCE)").arg(positional.at(0)));
    const std::optional<AttendanceBasis> basis = attendanceBasisFromString(positional.at(1));
    if (!basis)
        return context.usageError(
            QStringLiteral("unknown basis '%1': say party, supporter, child or other").arg(positional.at(1)));
    const QString who = parser.value(consentOption);
    if (parser.isSet(consentOption) != parser.isSet(dateOption))
        return context.usageError(QStringLiteral("give --consent and --date together"));
    if (parser.isSet(consentOption) && who != QLatin1String("all-parties") &&
        who != QLatin1String("mediator") && who != QLatin1String("parent"))
        return context.usageError(
            QStringLiteral("unknown --consent '%1': say all-parties, mediator or parent").arg(who));
    QDate given;
    if (!DateCommandSupport::optionDate(context, parser, dateOption, QDate(), &given))
        return ExitUsage;
    if (given.isValid() && given > QDate::currentDate())
        return context.usageError(QStringLiteral("the consent date cannot be in the future"));

    Database* database = RecordCommandSupport::openExisting(context);
    if (!database)
        return ExitFailure;
    InviteeRepository invitees(database->connection());
    Invitee invitee;
    if (StoreError error = invitees.find(inviteeId, &invitee))
        return context.fail(error.message());
    invitee.basis = basis;
    if (who == QLatin1String("all-parties"))
        invitee.allPartiesConsentDate = given;
    else if (who == QLatin1String("mediator"))
        invitee.mediatorConsentDate = given;
    else if (who == QLatin1String("parent"))
        invitee.parentConsentDate = given;
    if (StoreError error = invitees.update(invitee))
        return context.fail(error.message());
    context.out() << invitee.id << '\t' << attendanceBasisToString(*basis) << '\t' << consents(invitee)
                  << Qt::endl;
    return ExitOk;
}
