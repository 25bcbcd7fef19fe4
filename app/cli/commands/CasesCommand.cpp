#include "CasesCommand.h"

#include "CliContext.h"
#include "CommandActions.h"
#include "DateCommandSupport.h"
#include "RecordCommandSupport.h"
#include "domain/Certificate.h"
#include "domain/Invitee.h"
#include "domain/Meeting.h"
#include "domain/OfficeTime.h"
#include "itemmodels/CaseRowsModel.h"
#include "rules/CaseDeadlines.h"
#include "rules/MeetingRules.h"
#include "store/cases/CaseCsv.h"
#include "store/cases/CaseImport.h"
#include "store/cases/CaseListQuery.h"
#include "store/cases/CaseRepository.h"
#include "store/certificates/CertificateRepository.h"
#include "store/directory/ContactCsv.h"
#include "store/directory/InviteeRepository.h"
#include "store/meetings/MeetingRepository.h"
#include "store/settings/CouncilRepository.h"

#include <QCommandLineParser>

namespace {
using RecordCommandSupport::cell;
using RecordCommandSupport::officeCalendar;
using RecordCommandSupport::openSignedIn;

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
} // namespace

int CasesCommand::run(CliContext& context)
{
    return CommandActions::run(
        this, context,
        {{"list", &CasesCommand::list},
         {"show", &CasesCommand::show},
         {"export", &CasesCommand::exportFile},
         {"import", &CasesCommand::importFile}},
        QStringLiteral("say 'cases list', 'cases show', 'cases export' or 'cases import'"));
}

int CasesCommand::list(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption searchOption(QStringLiteral("search"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption councilOption(QStringLiteral("council"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption stageOption(QStringLiteral("stage"), QString(), QStringLiteral("STAGE"));
    const QCommandLineOption overdueOption(QStringLiteral("overdue"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"));
    const QCommandLineOption todayOption(QStringLiteral("today"), QString(), QStringLiteral("DATE"));
    parser.addOptions({searchOption, councilOption, stageOption, overdueOption, formatOption, todayOption});
    if (!CommandActions::parse(
            context, parser, arguments, 0,
            QStringLiteral(
                "cases list takes options only: --search, --council, --stage, --overdue, --format")))
        return ExitUsage;
    const QString format = parser.isSet(formatOption) ? parser.value(formatOption) : QStringLiteral("tsv");
    if (format != QLatin1String("tsv") && format != QLatin1String("csv"))
        return context.usageError(QStringLiteral("--format must be tsv or csv"));
    CaseListFilter filter;
    filter.search = parser.value(searchOption);
    filter.overdueOnly = parser.isSet(overdueOption);
    if (parser.isSet(stageOption)) {
        filter.stage = caseStageFromString(parser.value(stageOption).trimmed().toLower());
        if (!filter.stage) {
            QStringList keys;
            for (int i = 0; i <= static_cast<int>(CaseStage::Closed); ++i)
                keys << caseStageToString(static_cast<CaseStage>(i));
            return context.usageError(
                QStringLiteral("--stage must be one of: %1").arg(keys.join(QStringLiteral(", "))));
        }
        // Asking for a stage shows its cases, closed ones included.
        filter.includeClosed = true;
    }
    QDate today;
    if (!DateCommandSupport::optionDate(context, parser, todayOption, QDate::currentDate(), &today))
        return ExitUsage;

    Database* database = openSignedIn(context);
    if (!database)
        return ExitFailure;
    QSqlDatabase db = database->connection();
    if (parser.isSet(councilOption)) {
        const QString wanted = parser.value(councilOption).trimmed();
        QList<Council> councils;
        if (StoreError error = CouncilRepository(db).list(&councils))
            return context.fail(error);
        for (const Council& council : councils) {
            if (council.code.compare(wanted, Qt::CaseInsensitive) == 0 ||
                council.name.compare(wanted, Qt::CaseInsensitive) == 0)
                filter.councilId = council.id;
        }
        if (!filter.councilId)
            return context.fail(
                QStringLiteral("there is no council '%1'; give a council's code or name (see councils list)")
                    .arg(wanted));
    }
    CaseListQuery query(db);
    query.setFilter(filter, today);
    query.setSort(CaseListQuery::Column::NextDeadline, Qt::AscendingOrder);
    // By next deadline, as the case list opens: reference, child, council,
    // route, stage (keys), next deadline (ISO; empty when none), what is due.
    const bool csv = format == QLatin1String("csv");
    auto line = [&](const QStringList& fields) {
        if (csv) {
            context.out() << ContactCsv::formatRecord(fields) << "\r\n";
        } else {
            QStringList flat;
            for (const QString& field : fields)
                flat << cell(field);
            context.out() << flat.join(QLatin1Char('\t')) << '\n';
        }
    };
    line({QStringLiteral("reference"), QStringLiteral("child"), QStringLiteral("council"),
          QStringLiteral("route"), QStringLiteral("stage"), QStringLiteral("next_deadline"),
          QStringLiteral("due")});
    constexpr int kPage = 500;
    for (int offset = 0;; offset += kPage) {
        QList<CaseListRow> rows;
        if (StoreError error = query.fetch(offset, kPage, &rows))
            return context.fail(error);
        for (const CaseListRow& row : rows) {
            line({row.reference, row.childName, row.councilName, routeToString(row.route),
                  caseStageToString(row.stage), isoDate(row.nextDeadline),
                  row.nextDeadline.isValid() ? CaseRowsModel::whatIsDue(row.nextDeadlineKind) : QString()});
        }
        if (rows.size() < kPage)
            break;
    }
    context.out().flush();
    return ExitOk;
}

int CasesCommand::show(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption todayOption(QStringLiteral("today"), QString(), QStringLiteral("DATE"));
    parser.addOption(todayOption);
    if (!CommandActions::parse(context, parser, arguments, 1,
                               QStringLiteral("name one case: cases show REFERENCE")))
        return ExitUsage;
    QDate today;
    if (!DateCommandSupport::optionDate(context, parser, todayOption, QDate::currentDate(), &today))
        return ExitUsage;
    qint64 caseId = 0;
    Database* database =
        RecordCommandSupport::openSignedInCase(context, parser.positionalArguments().first(), &caseId);
    if (!database)
        return ExitFailure;
    QSqlDatabase db = database->connection();
    const BankHolidayCalendar calendar = officeCalendar(db);
    CaseDetails d;
    if (StoreError error = CaseRepository(db, calendar).load(caseId, &d))
        return context.fail(error);
    QList<Invitee> invitees;
    if (StoreError error = InviteeRepository(db).listForCase(caseId, &invitees))
        return context.fail(error);
    QList<Meeting> meetings;
    if (StoreError error = MeetingRepository(db, calendar).listForCase(caseId, &meetings))
        return context.fail(error);
    QList<Certificate> certificates;
    if (StoreError error = CertificateRepository(db, calendar).list(&certificates, caseId))
        return context.fail(error);

    // One fact a line, "name<TAB>value", then one line per deadline, invitee,
    // meeting and certificate, each starting with what it is.
    QTextStream& out = context.out();
    auto fact = [&](const char* name, const QString& value) {
        out << name << '\t' << cell(value) << '\n';
    };
    const Referral& r = d.referral;
    fact("reference", d.reference);
    fact("child", r.child.fullName());
    fact("child_date_of_birth", isoDate(r.child.dateOfBirth));
    fact("parent", r.parent.fullName());
    fact("referrer", referrerKindToString(r.referrerKind));
    fact("council", d.council.code.isEmpty() ? d.council.name
                                             : QStringLiteral("%1 (%2)").arg(d.council.name, d.council.code));
    fact("route", routeToString(r.route));
    fact("stage", caseStageToString(d.stage));
    fact("enquiry_date", isoDate(r.enquiryDate));
    fact("decision_type", r.decisionType ? decisionTypeToString(*r.decisionType) : QString());
    fact("decision_notice_sent", isoDate(r.decisionNoticeDate));
    fact("plan_sections", r.sections.toStrings().join(QLatin1Char(' ')));
    fact("school", r.schoolName);
    fact("caseworker", d.caseworkerName);
    fact("mediator", d.mediatorName);
    fact("information_given_on", isoDate(d.informationGivenDate));
    fact("mediation_requested_on", isoDate(d.mediationRequestedDate));
    fact("not_pursuing_on", isoDate(d.notPursuingDate));
    fact("meeting_held_on", isoDate(d.meetingHeldDate));
    fact("no_meeting_on", isoDate(d.noMeetingDate));
    fact("closed_on", isoDate(d.closedDate));
    fact("closed_reason", d.closedReason);

    // deadline, key, date, waiting (pending) or not, the rule, and what it runs from.
    const DeadlineCalculator calculator(calendar);
    for (const CaseDeadline& deadline : CaseDeadlines(calculator).all(CaseDeadlines::timelineOf(d))) {
        const Deadline& due = deadline.deadline;
        out << "deadline\t" << deadline.key() << '\t' << isoDate(due.date()) << '\t'
            << (deadline.pending ? "waiting" : "not_waiting") << (due.isProvisional() ? " provisional" : "")
            << '\t' << cell(due.rule()) << '\t'
            << cell(QStringLiteral("from %1 on %2").arg(due.startEvent(), isoDate(due.startDate()))) << '\n';
    }
    for (const Invitee& invitee : invitees)
        out << "invitee\t" << cell(invitee.displayName) << '\t' << inviteeRoleToString(invitee.role) << '\t'
            << inviteeStatusToString(invitee.status) << '\n';
    const QTimeZone zone = OfficeTime::zone();
    for (const Meeting& meeting : meetings)
        out << "meeting\t" << meeting.start.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            << '\t' << meetingKindToString(meeting.kind) << '\t' << meetingStatusToString(meeting.status)
            << '\t' << meetingModeToString(meeting.mode) << '\n';
    for (const Certificate& certificate : certificates)
        out << "certificate\t"
            << (certificate.number.isEmpty() ? QStringLiteral("draft") : certificate.number) << '\t'
            << static_cast<int>(certificate.part) << '\t' << certificateStatusToString(certificate.status)
            << '\t' << isoDate(certificate.issueDate)
            << (certificate.issuedOutside ? QStringLiteral("\tissued_outside") : QString()) << '\n';
    out.flush();
    return ExitOk;
}

int CasesCommand::exportFile(CliContext& context, const QStringList& arguments)
{
    return RecordCommandSupport::exportToFile(context, arguments, QStringLiteral("cases"), "cases",
                                              [](QSqlDatabase db, QByteArray* data, int* rows) {
                                                  return CaseCsv::exportAll(db, officeCalendar(db), data,
                                                                            rows);
                                              });
}

int CasesCommand::importFile(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption mappingOption(QStringLiteral("mapping"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"));
    const QCommandLineOption todayOption(QStringLiteral("today"), QString(), QStringLiteral("DATE"));
    parser.addOptions({mappingOption, dryRunOption, todayOption});
    if (!CommandActions::parse(context, parser, arguments, 1,
                               QStringLiteral("give one CSV file: cases import FILE.csv")))
        return ExitUsage;
    QDate today;
    if (!DateCommandSupport::optionDate(context, parser, todayOption, QDate::currentDate(), &today))
        return ExitUsage;
    const QString path = parser.positionalArguments().first();
    QByteArray data;
    if (!RecordCommandSupport::readFile(context, path, &data))
        return ExitFailure;
    QByteArray mapping;
    if (parser.isSet(mappingOption) &&
        !RecordCommandSupport::readFile(context, parser.value(mappingOption), &mapping))
        return ExitFailure;
    Database* database = openSignedIn(context);
    if (!database)
        return ExitFailure;
    QSqlDatabase db = database->connection();
    CaseImport import(db, officeCalendar(db));
    QString mappingProblem;
    if (parser.isSet(mappingOption) && !import.setMapping(mapping, &mappingProblem))
        return context.fail(QStringLiteral("nothing was imported: %1").arg(mappingProblem));
    const bool dryRun = parser.isSet(dryRunOption);
    CaseImportReport report;
    if (StoreError error =
            dryRun ? import.check(data, today, &report) : import.run(data, path, today, &report))
        return context.fail(QStringLiteral("nothing was imported: %1").arg(error.message()));
    for (const QString& problem : report.problems)
        context.err() << problem << Qt::endl;
    for (const QString& duplicate : report.duplicates)
        context.err() << duplicate << "; refused (say update in an action column to change that case)"
                      << Qt::endl;
    if (!report.problems.isEmpty() || !report.duplicates.isEmpty())
        return context.fail(
            QStringLiteral("nothing was imported from %1: %2 bad row(s), %3 like a case already "
                           "here; correct them and import the whole file again")
                .arg(path)
                .arg(report.problems.size())
                .arg(report.duplicates.size()));
    // One case a line: what is (or would be) done to it (created, or updated
    // for a row whose action says update), line, reference (as numbered;
    // "new" in a dry run without one), child, stage, and the deadlines it
    // waits on ("key date", "; ").
    int updated = 0;
    for (const ImportedCase& imported : report.cases) {
        updated += imported.updated ? 1 : 0;
        const char* done =
            imported.updated ? (dryRun ? "would update" : "updated") : (dryRun ? "would create" : "created");
        context.out() << done << '\t' << imported.line << '\t'
                      << (imported.reference.isEmpty() ? QStringLiteral("new") : imported.reference) << '\t'
                      << cell(imported.childName) << '\t' << imported.stage << '\t'
                      << imported.deadlines.join(QStringLiteral("; ")) << '\n';
    }
    context.out() << "cases: " << report.cases.size() << (dryRun ? " (dry run: nothing stored)" : "") << '\n';
    context.out() << "created: " << report.cases.size() - updated << '\n';
    context.out() << "updated: " << updated << '\n';
    context.out() << "sha256: " << report.sha256 << Qt::endl;
    return ExitOk;
}
