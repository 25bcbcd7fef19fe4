#include "store/cases/CaseImport.h"

#include "domain/Activity.h"
#include "domain/CaseDetails.h"
#include "domain/OfficeTime.h"
#include "domain/User.h"
#include "rules/CaseCorrectionRules.h"
#include "rules/CaseDeadlines.h"
#include "rules/CaseImportRules.h"
#include "rules/MeetingRules.h"
#include "rules/ReferralValidator.h"
#include "store/access/AccessGuard.h"
#include "store/access/AuditRepository.h"
#include "store/access/SessionActor.h"
#include "store/access/UserRepository.h"
#include "store/cases/ActivityRepository.h"
#include "store/cases/CaseCorrectionRepository.h"
#include "store/cases/CaseCsv.h"
#include "store/cases/CaseRepository.h"
#include "store/cases/CaseSearchIndex.h"
#include "store/certificates/CertificateRepository.h"
#include "store/directory/ContactCsv.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StatementCache.h"
#include "store/infrastructure/WriteTransaction.h"
#include "store/settings/CouncilRepository.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>

struct CaseImport::Row
{
    int line = 0;
    QString reference;
    Referral referral;
    ImportedCaseStage stage;
    Council council;
    std::optional<qint64> mediatorId;
    QList<ImportedCertificate> certificates;
    // A row whose action says update: the case it changes, as read with the
    // file (referral and stage above are then the case as it will be).
    std::optional<CaseDetails> existing;
    bool factsChanged = false;
    // What the case will wait on first (CaseRepository::refreshNextDeadline's
    // figure, from the same details), stored with its stage.
    std::optional<CaseDeadline> nextDeadline;
};

namespace {
// Only the import reads these; an export never writes them.
const QString kAction = QStringLiteral("action");

// The import column a ReferralValidator field is read from.
QString columnOfField(const QString& field)
{
    static const QHash<QString, QString> columns{
        {QStringLiteral("child.name"), QStringLiteral("child_given_name")},
        {QStringLiteral("child.dateOfBirth"), QStringLiteral("child_date_of_birth")},
        {QStringLiteral("child.email"), QStringLiteral("child_given_name")},
        {QStringLiteral("child.phone"), QStringLiteral("child_given_name")},
        {QStringLiteral("parent.name"), QStringLiteral("parent_name")},
        {QStringLiteral("parent.email"), QStringLiteral("parent_email")},
        {QStringLiteral("parent.phone"), QStringLiteral("parent_phone")},
        {QStringLiteral("enquiryDate"), QStringLiteral("enquiry_date")},
        {QStringLiteral("professionalName"), QStringLiteral("referrer_name")},
        {QStringLiteral("parentPermissionDate"), QStringLiteral("parent_permission_date")},
        {QStringLiteral("councilId"), QStringLiteral("council")},
        {QStringLiteral("decisionType"), QStringLiteral("decision_type")},
        {QStringLiteral("sections"), QStringLiteral("plan_sections")},
        {QStringLiteral("decisionNoticeDate"), QStringLiteral("decision_notice_sent")},
        {QStringLiteral("disagreementSubject"), QStringLiteral("disagreement_subject")},
    };
    return columns.value(field, field);
}

QString duplicateKey(const QString& given, const QString& family, const QDate& born)
{
    return given.trimmed().toLower() + QLatin1Char('\n') + family.trimmed().toLower() + QLatin1Char('\n') +
           born.toString(Qt::ISODate);
}

// The stage and dates a stored case has, as an import row gives them.
ImportedCaseStage stageOf(const CaseDetails& c)
{
    ImportedCaseStage stage;
    stage.route = c.referral.route;
    stage.stage = c.stage;
    stage.enquiryDate = c.referral.enquiryDate;
    stage.informationGivenDate = c.informationGivenDate;
    stage.mediationRequestedDate = c.mediationRequestedDate;
    stage.notPursuingDate = c.notPursuingDate;
    stage.meetingHeldDate = c.meetingHeldDate;
    stage.noMeetingDate = c.noMeetingDate;
    stage.closedDate = c.closedDate;
    stage.closedReason = c.closedReason;
    return stage;
}

QDateTime noonOn(const QDate& date)
{
    return QDateTime(date, QTime(12, 0), OfficeTime::zone()).toUTC();
}
} // namespace

CaseImport::CaseImport(QSqlDatabase db, BankHolidayCalendar calendar)
    : m_db(std::move(db)), m_calendar(std::move(calendar))
{}

bool CaseImport::setMapping(const QByteArray& data, QString* problem)
{
    QList<QStringList> records;
    QList<int> lines;
    if (!ContactCsv::parse(data, &records, &lines, problem))
        return false;
    m_mapping.clear();
    for (int i = 1; i < records.size(); ++i) {
        const QString heading = records.at(i).value(0).trimmed().toLower();
        const QString column = records.at(i).value(1).trimmed().toLower();
        if (heading.isEmpty() && column.isEmpty())
            continue;
        if (!CaseCsv::columns().contains(column) && column != kAction) {
            *problem = QStringLiteral("mapping line %1: '%2' is not a case import column; use one of %3")
                           .arg(lines.at(i))
                           .arg(column, CaseCsv::columns().join(QStringLiteral(", ")));
            return false;
        }
        m_mapping.insert(heading, column);
    }
    return true;
}

bool CaseImport::setMapping(const QHash<QString, QString>& headingToColumn, QString* problem)
{
    const QStringList known = columns();
    for (auto it = headingToColumn.cbegin(); it != headingToColumn.cend(); ++it) {
        if (!it.value().isEmpty() && !known.contains(it.value())) {
            *problem = QStringLiteral("'%1' is not a case import column; use one of %2")
                           .arg(it.value(), known.join(QStringLiteral(", ")));
            return false;
        }
    }
    m_mapping.clear();
    // An empty column: read() skips the heading, as it does an empty one.
    for (auto it = headingToColumn.cbegin(); it != headingToColumn.cend(); ++it)
        m_mapping.insert(it.key().trimmed().toLower(), it.value());
    return true;
}

QList<Action> CaseImport::requiredActions()
{
    return {Action::TakeReferrals, Action::EditCases};
}

QStringList CaseImport::columns()
{
    return CaseCsv::columns() + QStringList{kAction};
}

StoreError CaseImport::read(const QByteArray& data, const QDate& today, QList<Row>* rows,
                            CaseImportReport* report) const
{
    *report = {};
    rows->clear();
    report->sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    QList<QStringList> records;
    QList<int> lines;
    QString parseError;
    if (!ContactCsv::parse(data, &records, &lines, &parseError)) {
        report->problems << parseError.split(QLatin1Char('\n'));
        return {};
    }
    if (records.isEmpty()) {
        report->problems << QStringLiteral(
            "line 1: the file is empty; it needs a header row naming the columns");
        return {};
    }
    // The header: standard columns (or headings the mapping names) in any order.
    QHash<QString, int> at;
    QStringList unknown;
    for (int i = 0; i < records.first().size(); ++i) {
        QString heading = records.first().at(i).trimmed().toLower();
        heading = m_mapping.value(heading, heading);
        if (CaseCsv::columns().contains(heading) || heading == kAction)
            at.insert(heading, i);
        else if (!heading.isEmpty())
            unknown << records.first().at(i);
    }
    if (!unknown.isEmpty())
        report->problems << QStringLiteral(
                                "line 1: unknown column(s) %1; rename them or map them with --mapping")
                                .arg(unknown.join(QStringLiteral(", ")));
    for (const char* needed :
         {"child_given_name", "child_family_name", "council", "enquiry_date", "route", "referrer"}) {
        if (!at.contains(QString::fromLatin1(needed)))
            report->problems
                << QStringLiteral("line 1: the column %1 is missing").arg(QString::fromLatin1(needed));
    }
    if (!report->problems.isEmpty())
        return {};

    // What every row is checked against, read once.
    QList<Council> councils;
    if (StoreError error = CouncilRepository(m_db).list(&councils))
        return error;
    QList<User> users;
    if (StoreError error = UserRepository(m_db).list(&users))
        return error;
    QHash<QString, qint64> userIds;
    for (const User& user : users)
        userIds.insert(user.username.toLower(), user.id);
    struct Existing
    {
        qint64 id = 0;
        QString reference;
    };
    QHash<QString, Existing> existingReferences;      // upper-case reference -> the case
    QHash<QString, QList<Existing>> existingChildren; // duplicateKey -> the cases, oldest first
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(
                QStringLiteral("SELECT c.id, c.reference, ch.given_name, ch.family_name, ch.date_of_birth "
                               "FROM cases c JOIN people ch ON ch.id = c.child_id ORDER BY c.id")))
            return StoreError::fromSql(query.lastError(), QStringLiteral("Could not read the cases"));
        while (query.next()) {
            const Existing existing{query.value(0).toLongLong(), query.value(1).toString()};
            existingReferences.insert(existing.reference.toUpper(), existing);
            existingChildren[duplicateKey(query.value(2).toString(), query.value(3).toString(),
                                          query.value(4).toDate())]
                .append(existing);
        }
    }
    // Certificate numbers in the register (upper case) and their cases, read once.
    QHash<QString, qint64> existingNumbers;
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT number, case_id FROM certificates WHERE number IS NOT NULL")))
            return StoreError::fromSql(query.lastError(), QStringLiteral("Could not read the certificates"));
        while (query.next())
            existingNumbers.insert(query.value(0).toString().toUpper(), query.value(1).toLongLong());
    }
    const DeadlineCalculator calculator(m_calendar);
    const ReferralValidator validator(calculator);
    QHash<QString, int> referencesInFile;
    QHash<QString, int> numbersInFile; // upper-case certificate number -> line
    QHash<qint64, int> updatedInFile;  // case id -> line

    for (int r = 1; r < records.size(); ++r) {
        const QStringList& record = records.at(r);
        const int line = lines.at(r);
        QStringList problems;
        auto value = [&](const char* column) {
            const int index = at.value(QString::fromLatin1(column), -1);
            return index < 0 ? QString() : record.value(index).trimmed();
        };
        auto problem = [&](const QString& column, const QString& what) {
            problems << QStringLiteral("line %1: %2: %3").arg(line).arg(column, what);
        };
        auto date = [&](const char* column) {
            QDate parsed;
            if (!CaseImportRules::parseDate(value(column), &parsed))
                problem(QString::fromLatin1(column),
                        QStringLiteral("'%1' is not a date; write it as 2026-11-23").arg(value(column)));
            return parsed;
        };

        Row row;
        row.line = line;
        // create (or empty) makes a case; update changes the one the row matches.
        const QString action = value("action").toLower();
        const bool update = action == QLatin1String("update");
        if (!action.isEmpty() && action != QLatin1String("create") && !update)
            problem(
                kAction,
                QStringLiteral("'%1' is not an action; leave it empty, or say create or update").arg(action));
        Referral& referral = row.referral;
        referral.child.givenName = value("child_given_name");
        referral.child.familyName = value("child_family_name");
        referral.child.dateOfBirth = date("child_date_of_birth");
        // "Jo Nguyen": the last word is the family name.
        const QString parentName = value("parent_name").simplified();
        const qsizetype space = parentName.lastIndexOf(QLatin1Char(' '));
        referral.parent.givenName = space < 0 ? parentName : parentName.left(space);
        referral.parent.familyName = space < 0 ? QString() : parentName.mid(space + 1);
        referral.parent.phone = value("parent_phone");
        referral.parent.email = value("parent_email");
        // An update keeps the case's route and referrer when the cell is empty.
        if (!update || !value("referrer").isEmpty()) {
            if (const auto found = CaseImportRules::readReferrer(value("referrer"), &referral.referrerKind))
                problem(found->column, found->message);
        }
        referral.professionalName = value("referrer_name");
        referral.professionalOrganisation = value("referrer_organisation");
        referral.parentPermissionDate = date("parent_permission_date");
        const QString councilText = value("council");
        for (const Council& council : councils) {
            if (!councilText.isEmpty() && (council.code.compare(councilText, Qt::CaseInsensitive) == 0 ||
                                           council.name.compare(councilText, Qt::CaseInsensitive) == 0)) {
                row.council = council;
                referral.councilId = council.id;
            }
        }
        if (!councilText.isEmpty() && referral.councilId == 0)
            problem(QStringLiteral("council"),
                    QStringLiteral("there is no council '%1'; give the code or name of one the database has")
                        .arg(councilText));
        if (!update || !value("route").isEmpty()) {
            if (const auto found = CaseImportRules::readRoute(value("route"), &referral.route))
                problem(found->column, found->message);
        }
        referral.enquiryDate = date("enquiry_date");
        const QString decision = value("decision_type");
        if (!decision.isEmpty()) {
            if (const auto parsed = decisionTypeFromString(decision.toLower()))
                referral.decisionType = *parsed;
            else
                problem(
                    QStringLiteral("decision_type"),
                    QStringLiteral("'%1' is not a decision type key (refusal_to_assess, ...)").arg(decision));
        }
        referral.decisionNoticeDate = date("decision_notice_sent");
        static const QRegularExpression sectionSeparators(QStringLiteral("[\\s,;]+"));
        QString sectionsProblem;
        if (!PlanSections::fromStrings(
                value("plan_sections").toUpper().split(sectionSeparators, Qt::SkipEmptyParts),
                &referral.sections, &sectionsProblem))
            problem(QStringLiteral("plan_sections"), sectionsProblem);
        referral.disagreementSubject = value("disagreement_subject");
        referral.schoolName = value("school");
        const QString caseworker = value("caseworker");
        if (!caseworker.isEmpty()) {
            if (userIds.contains(caseworker.toLower()))
                referral.caseworkerId = userIds.value(caseworker.toLower());
            else
                problem(QStringLiteral("caseworker"),
                        QStringLiteral("there is no user '%1'; give a username").arg(caseworker));
        }
        const QString mediator = value("mediator");
        if (!mediator.isEmpty()) {
            if (userIds.contains(mediator.toLower()))
                row.mediatorId = userIds.value(mediator.toLower());
            else
                problem(QStringLiteral("mediator"),
                        QStringLiteral("there is no user '%1'; give a username").arg(mediator));
        }

        // The stage and its dates.
        ImportedCaseStage& stage = row.stage;
        stage.route = referral.route;
        stage.enquiryDate = referral.enquiryDate;
        stage.stage = StageMachine::initialStage(referral.route);
        const QString stageText = value("stage");
        if (!stageText.isEmpty()) {
            if (const auto parsed = caseStageFromString(stageText.toLower()))
                stage.stage = *parsed;
            else
                problem(QStringLiteral("stage"), QStringLiteral("'%1' is not a stage key").arg(stageText));
        }
        stage.informationGivenDate = date("information_given_on");
        stage.mediationRequestedDate = date("mediation_requested_on");
        stage.notPursuingDate = date("not_pursuing_on");
        stage.meetingHeldDate = date("meeting_held_on");
        stage.noMeetingDate = date("no_meeting_on");
        stage.closedDate = date("closed_on");
        stage.closedReason = value("closed_reason");

        // The reference, kept when given and unique (for an update: the case's).
        row.reference = value("reference").toUpper().remove(QLatin1Char(' '));
        if (!row.reference.isEmpty()) {
            if (referencesInFile.contains(row.reference))
                problem(QStringLiteral("reference"), QStringLiteral("%1 is already on line %2")
                                                         .arg(row.reference)
                                                         .arg(referencesInFile.value(row.reference)));
            referencesInFile.insert(row.reference, line);
        }
        const QString childKey =
            duplicateKey(referral.child.givenName, referral.child.familyName, referral.child.dateOfBirth);

        // An update: the one case the row matches, read as it is now.
        QList<Certificate> registered; // the case's certificates
        if (update && problems.isEmpty()) {
            std::optional<Existing> target;
            if (!row.reference.isEmpty()) {
                if (existingReferences.contains(row.reference))
                    target = existingReferences.value(row.reference);
                else
                    problem(kAction, QStringLiteral("no case has the reference %1 to update; correct the "
                                                    "reference, or leave action empty to create the case")
                                         .arg(row.reference));
            } else {
                const QList<Existing> same = existingChildren.value(childKey);
                QStringList references;
                for (const Existing& existing : same)
                    references << existing.reference;
                if (same.size() == 1)
                    target = same.first();
                else if (same.isEmpty())
                    problem(kAction,
                            QStringLiteral("no case has this child and date of birth to update; give the "
                                           "case's reference, or leave action empty to create the case"));
                else
                    problem(kAction,
                            QStringLiteral("%1 cases have this child and date of birth (%2); give the "
                                           "reference of the one to update")
                                .arg(same.size())
                                .arg(references.join(QStringLiteral(", "))));
            }
            if (target && updatedInFile.contains(target->id))
                problem(kAction, QStringLiteral("%1 is already updated on line %2; give each case one row")
                                     .arg(target->reference)
                                     .arg(updatedInFile.value(target->id)));
            if (target && problems.isEmpty()) {
                updatedInFile.insert(target->id, line);
                CaseDetails current;
                if (StoreError error = CaseRepository(m_db, m_calendar).load(target->id, &current))
                    return error;
                if (StoreError error = CertificateRepository(m_db, m_calendar).list(&registered, target->id))
                    return error;
                row.existing = current;
            }
        }

        if (row.existing) {
            const CaseDetails& current = *row.existing;
            // The case's facts with the row's non-empty cells over them; the
            // correction path takes only the intake facts (contact details,
            // school and caseworker are edited in the program).
            Referral given = current.referral;
            auto has = [&](const char* column) {
                return !value(column).isEmpty();
            };
            if (has("child_given_name"))
                given.child.givenName = referral.child.givenName;
            if (has("child_family_name"))
                given.child.familyName = referral.child.familyName;
            if (has("child_date_of_birth"))
                given.child.dateOfBirth = referral.child.dateOfBirth;
            if (has("parent_name")) {
                given.parent.givenName = referral.parent.givenName;
                given.parent.familyName = referral.parent.familyName;
            }
            if (has("referrer"))
                given.referrerKind = referral.referrerKind;
            if (has("referrer_name"))
                given.professionalName = referral.professionalName;
            if (has("referrer_organisation"))
                given.professionalOrganisation = referral.professionalOrganisation;
            if (has("parent_permission_date"))
                given.parentPermissionDate = referral.parentPermissionDate;
            if (has("council"))
                given.councilId = referral.councilId;
            else
                row.council = current.council;
            if (has("route"))
                given.route = referral.route;
            if (has("enquiry_date"))
                given.enquiryDate = referral.enquiryDate;
            if (has("decision_type"))
                given.decisionType = referral.decisionType;
            if (has("decision_notice_sent"))
                given.decisionNoticeDate = referral.decisionNoticeDate;
            if (has("plan_sections"))
                given.sections = referral.sections;
            if (has("disagreement_subject"))
                given.disagreementSubject = referral.disagreementSubject;
            const Referral after = CaseCorrectionRules::apply(current.referral, given);
            row.factsChanged =
                !CaseCorrectionRules::changes(current.referral, after, QString(), QString()).isEmpty() ||
                after.councilId != current.referral.councilId;
            // Intake's checks on the case as it will be (its contact details
            // are not this row's to change, so not its problems either).
            QStringList checked;
            for (const ValidationProblem& found : validator.check(after, today)) {
                if (found.severity != ValidationProblem::Severity::Error ||
                    found.field.startsWith(QLatin1String("parent.email")) ||
                    found.field.startsWith(QLatin1String("parent.phone")))
                    continue;
                problem(columnOfField(found.field), found.message);
                checked << found.message;
            }
            // What a correction refuses besides: a route changed past its
            // first stage, an enquiry after the case's later dates.
            if (row.factsChanged) {
                for (const QString& refusal : CaseCorrectionRules::refusals(
                         current, after, QStringLiteral("import"), registered, calculator, today)) {
                    if (!checked.contains(refusal))
                        problem(refusal.contains(QLatin1String("route")) ? QStringLiteral("route")
                                                                         : QStringLiteral("enquiry_date"),
                                refusal);
                }
            }
            referral = after;
            if (!row.mediatorId)
                row.mediatorId = current.mediatorId;
            // The stage and dates over the case's (a route corrected starts
            // the new route's first stage, as the correction does).
            ImportedCaseStage now = stageOf(current);
            if (after.route != current.referral.route) {
                now = ImportedCaseStage();
                now.route = after.route;
                now.stage = StageMachine::initialStage(after.route);
            }
            now.enquiryDate = after.enquiryDate;
            ImportedCaseStage rowStage = stage;
            rowStage.route = after.route;
            rowStage.enquiryDate = after.enquiryDate;
            if (problems.isEmpty()) {
                ImportedCaseStage merged;
                for (const ImportProblem& found :
                     CaseImportRules::checkUpdate(now, rowStage, !stageText.isEmpty(), today, &merged))
                    problem(found.column, found.message);
                stage = merged;
            }
        } else if (!update && problems.isEmpty()) {
            // The New Referral dialog's checks, then the stage rules.
            for (const ValidationProblem& found : validator.check(referral, today)) {
                if (found.severity == ValidationProblem::Severity::Error)
                    problem(columnOfField(found.field), found.message);
            }
            for (const ImportProblem& found : CaseImportRules::check(stage, today))
                problem(found.column, found.message);
        }
        // Certificates issued outside the program before the import (an
        // update adds those the case does not have).
        if (problems.isEmpty()) {
            QList<ImportedCertificate> named;
            for (const ImportProblem& found :
                 CaseImportRules::readCertificates(value("certificate_part"), value("certificate_number"),
                                                   value("certificate_issued_on"), stage, today, &named))
                problem(found.column, found.message);
            for (const ImportedCertificate& certificate : std::as_const(named)) {
                const QString key = certificate.number.toUpper();
                const auto owner = existingNumbers.constFind(key);
                if (row.existing && owner != existingNumbers.cend() && owner.value() == row.existing->id)
                    continue; // the case has it already
                if (owner != existingNumbers.cend()) {
                    problem(QStringLiteral("certificate_number"),
                            QStringLiteral("%1 is in the register already").arg(certificate.number));
                    continue;
                }
                if (numbersInFile.contains(key)) {
                    problem(QStringLiteral("certificate_number"), QStringLiteral("%1 is already on line %2")
                                                                      .arg(certificate.number)
                                                                      .arg(numbersInFile.value(key)));
                    continue;
                }
                numbersInFile.insert(key, line);
                for (const Certificate& had : std::as_const(registered)) {
                    if (had.part == certificate.part && had.status == CertificateStatus::Issued)
                        problem(QStringLiteral("certificate_part"),
                                QStringLiteral("the case has the %1 certificate %2 already; leave this one "
                                               "out, or void that one in the program first")
                                    .arg(certificatePartName(certificate.part), had.number));
                }
                row.certificates << certificate;
            }
        }

        // Rows that look like a case already here (an update changes it instead).
        if (!update) {
            const Existing sameReference = existingReferences.value(row.reference);
            const QList<Existing> sameChild = existingChildren.value(childKey);
            if (!row.reference.isEmpty() && !sameReference.reference.isEmpty())
                report->duplicates << QStringLiteral("line %1: looks like %2 (same reference)")
                                          .arg(line)
                                          .arg(sameReference.reference);
            else if (referral.child.dateOfBirth.isValid() && !sameChild.isEmpty())
                report->duplicates << QStringLiteral("line %1: looks like %2 (same child and date of birth)")
                                          .arg(line)
                                          .arg(sameChild.last().reference);
        }

        report->problems << problems;
        if (!problems.isEmpty())
            continue;
        // What the case will wait on, as the workspace will show it.
        CaseDetails details;
        if (row.existing)
            details = *row.existing;
        details.stage = stage.stage;
        details.council = row.council;
        details.referral = referral;
        details.informationGivenDate = stage.informationGivenDate;
        details.mediationRequestedDate = stage.mediationRequestedDate;
        details.notPursuingDate = stage.notPursuingDate;
        details.meetingHeldDate = stage.meetingHeldDate;
        details.noMeetingDate = stage.noMeetingDate;
        details.closedDate = stage.closedDate;
        for (const ImportedCertificate& certificate : std::as_const(row.certificates)) {
            details.issuedCertificates << certificate.part;
            details.certificateIssuedOn = std::max(details.certificateIssuedOn, certificate.issued);
        }
        ImportedCase planned;
        planned.line = line;
        planned.reference = row.existing ? row.existing->reference : row.reference;
        planned.childName = referral.child.fullName();
        planned.stage = caseStageToString(stage.stage);
        planned.updated = row.existing.has_value();
        const CaseTimeline timeline = CaseDeadlines::timelineOf(details);
        for (const CaseDeadline& deadline : CaseDeadlines(calculator).all(timeline)) {
            if (deadline.pending)
                planned.deadlines << deadline.key() + QLatin1Char(' ') +
                                         deadline.deadline.date().toString(Qt::ISODate);
        }
        if (details.stage != CaseStage::Closed)
            row.nextDeadline = CaseDeadlines(calculator).next(timeline);
        report->cases << planned;
        rows->append(row);
    }
    if (!report->problems.isEmpty())
        report->cases.clear();
    return {};
}

StoreError CaseImport::keepReference(qint64 caseId, const QString& numbered, const QString& kept)
{
    std::optional<QSqlQuery> local;
    QSqlQuery& query =
        StatementCache::prepared(m_db, &local, QStringLiteral("UPDATE cases SET reference = ? WHERE id = ?"));
    query.addBindValue(kept);
    query.addBindValue(caseId);
    if (!query.exec())
        return StoreError::fromSql(query.lastError(),
                                   QStringLiteral("Could not keep the reference %1").arg(kept));
    static const QRegularExpression parts(QStringLiteral("^(?:MED|DR)-(\\d{4})-(\\d+)$"));
    const QRegularExpressionMatch match = parts.match(numbered);
    if (!match.hasMatch())
        return {};
    std::optional<QSqlQuery> localCounter;
    QSqlQuery& counter = StatementCache::prepared(
        m_db, &localCounter,
        QStringLiteral("UPDATE counters SET value = value - 1 WHERE name = ? AND value = ?"));
    counter.addBindValue(QStringLiteral("case-reference-%1").arg(match.captured(1)));
    counter.addBindValue(match.captured(2).toLongLong());
    if (!counter.exec())
        return StoreError::fromSql(counter.lastError(), QStringLiteral("Could not number the cases"));
    return {};
}

StoreError CaseImport::check(const QByteArray& data, const QDate& today, CaseImportReport* report) const
{
    QList<Row> rows;
    return read(data, today, &rows, report);
}

StoreError CaseImport::run(const QByteArray& data, const QString& fileName, const QDate& today,
                           CaseImportReport* report)
{
    const AccessGuard guard(m_db);
    for (const Action action : requiredActions()) {
        if (StoreError error = guard.require(action))
            return error;
    }
    QList<Row> rows;
    if (StoreError error = read(data, today, &rows, report))
        return error;
    if (!report->problems.isEmpty() || !report->duplicates.isEmpty()) {
        report->cases.clear();
        return {};
    }
    qint64 actor = 0;
    if (StoreError error = SessionActor::current(m_db, &actor))
        return error;
    const std::optional<qint64> author = actor ? std::optional<qint64>(actor) : std::nullopt;
    const QString marked =
        QStringLiteral("Imported from %1 (SHA-256 %2)").arg(QFileInfo(fileName).fileName(), report->sha256);

    WriteTransaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    // A reference kept from the file is never handed out again: each year's
    // counter moves past the highest number the file gives.
    static const QRegularExpression numbered(QStringLiteral("^(?:MED|DR)-(\\d{4})-(\\d+)$"));
    QHash<QString, qint64> highest;
    for (const Row& row : rows) {
        if (row.existing)
            continue; // its reference is the case's own
        const QRegularExpressionMatch match = numbered.match(row.reference);
        if (match.hasMatch()) {
            const QString counter = QStringLiteral("case-reference-%1").arg(match.captured(1));
            highest[counter] = std::max(highest.value(counter), match.captured(2).toLongLong());
        }
    }
    QSqlQuery query(m_db);
    for (auto it = highest.cbegin(); it != highest.cend(); ++it) {
        query.prepare(
            QStringLiteral("INSERT INTO counters (name, value) VALUES (?, 0) ON CONFLICT (name) DO NOTHING"));
        query.addBindValue(it.key());
        if (!query.exec())
            return StoreError::fromSql(query.lastError(), QStringLiteral("Could not number the cases"));
        query.prepare(QStringLiteral("UPDATE counters SET value = ? WHERE name = ? AND value < ?"));
        query.addBindValue(it.value());
        query.addBindValue(it.key());
        query.addBindValue(it.value());
        if (!query.exec())
            return StoreError::fromSql(query.lastError(), QStringLiteral("Could not number the cases"));
    }

    if (StoreError error = store(rows, author, marked, today, report))
        return error;
    // The import itself in the audit trail, in its transaction.
    const int updated = int(
        std::count_if(rows.cbegin(), rows.cend(), [](const Row& row) { return row.existing.has_value(); }));
    if (StoreError error = AuditRepository(m_db).recordCaseImport(
            QFileInfo(fileName).fileName(), report->sha256, int(rows.size()) - updated, updated))
        return error;
    if (StoreError error = transaction.commit())
        return error;
    return {};
}

StoreError CaseImport::store(const QList<Row>& rows, std::optional<qint64> author, const QString& marked,
                             const QDate& today, CaseImportReport* report)
{
    // Every statement of the rows (the referral's own, its timeline, search
    // index and deadline) is prepared once for the whole file: preparing one
    // compiles the table's audit, search and seal triggers again.
    const StatementCache::Scope statements(m_db);
    CaseRepository cases(m_db, m_calendar);
    CaseSearchIndex search(m_db);
    // The directory's schools, read once: looking one up in the database
    // scans every organisation (`lower(name)` cannot use the name index).
    QHash<QString, qint64> schools;
    if (StoreError error = CaseRepository::schoolIndex(m_db, &schools))
        return error;
    for (int i = 0; i < rows.size(); ++i) {
        const Row& row = rows.at(i);
        qint64 caseId = 0;
        QString reference;
        if (row.existing) {
            caseId = row.existing->id;
            reference = row.existing->reference;
            if (row.factsChanged) {
                // The intake facts through the case correction path: the
                // same checks, timeline entry and audit rows as by hand.
                CaseDetails loaded;
                if (StoreError error = cases.load(caseId, &loaded))
                    return error;
                if (StoreError error = CaseCorrectionRepository(m_db, m_calendar)
                                           .correct(loaded, row.referral, marked, today, author))
                    return StoreError(error.kind(),
                                      QStringLiteral("line %1: %2").arg(row.line).arg(error.message()));
            }
        } else if (StoreError error = cases.insertReferralInTransaction(row.referral, author, &caseId,
                                                                        &reference, &schools)) {
            // Checked in read() with the New Referral dialog's validator, and
            // TakeReferrals checked by run(): what createReferral would check.
            return StoreError(error.kind(), QStringLiteral("line %1: %2").arg(row.line).arg(error.message()));
        }
        if (!row.existing && !row.reference.isEmpty()) {
            // The case keeps the file's reference, and the number it was
            // given goes back to its counter (the last one taken, in this
            // transaction), so the numbering has no gap.
            if (StoreError error = keepReference(caseId, reference, row.reference))
                return StoreError(error.kind(),
                                  QStringLiteral("line %1: %2").arg(row.line).arg(error.message()));
            reference = row.reference;
        }
        const ImportedCaseStage& s = row.stage;
        std::optional<QSqlQuery> local;
        QSqlQuery& query = StatementCache::prepared(
            m_db, &local,
            QStringLiteral(
                "UPDATE cases SET stage = ?, information_given_date = ?, mediation_requested_date = ?, "
                "not_pursuing_date = ?, meeting_held_date = ?, no_meeting_date = ?, closed_date = ?, "
                "closed_reason = ?, closed_from_stage = ?, mediator_id = ?, next_deadline = ?, "
                "next_deadline_kind = ?, row_version = row_version + 1 WHERE id = ?"));
        query.addBindValue(caseStageToString(s.stage));
        query.addBindValue(SqlValues::date(s.informationGivenDate));
        query.addBindValue(SqlValues::date(s.mediationRequestedDate));
        query.addBindValue(SqlValues::date(s.notPursuingDate));
        query.addBindValue(SqlValues::date(s.meetingHeldDate));
        query.addBindValue(SqlValues::date(s.noMeetingDate));
        query.addBindValue(SqlValues::date(s.closedDate));
        query.addBindValue(SqlValues::text(s.stage == CaseStage::Closed ? s.closedReason : QString()));
        query.addBindValue(s.stage == CaseStage::Closed
                               ? QVariant(caseStageToString(CaseImportRules::closedFrom(s)))
                               : QVariant(QMetaType::fromType<QString>()));
        query.addBindValue(SqlValues::id(row.mediatorId));
        query.addBindValue(SqlValues::date(row.nextDeadline ? row.nextDeadline->deadline.date() : QDate()));
        query.addBindValue(row.nextDeadline ? QVariant(row.nextDeadline->key())
                                            : QVariant(QMetaType::fromType<QString>()));
        query.addBindValue(caseId);
        if (!query.exec())
            return StoreError::fromSql(query.lastError(),
                                       QStringLiteral("line %1: could not save the case").arg(row.line));
        // The past, on the timeline, dated as in the file and marked imported
        // (for an update, the events the case did not have).
        struct Event
        {
            QDate date;
            QString what;
            QDate had;
        };
        const ImportedCaseStage had = row.existing ? stageOf(*row.existing) : ImportedCaseStage();
        const QList<Event> events{
            {row.referral.enquiryDate, QStringLiteral("Enquiry"), had.enquiryDate},
            {s.informationGivenDate, caseStageTitle(CaseStage::InformationGiven), had.informationGivenDate},
            {s.mediationRequestedDate, caseStageTitle(CaseStage::MediationRequested),
             had.mediationRequestedDate},
            {s.notPursuingDate, caseStageTitle(CaseStage::NotPursuing), had.notPursuingDate},
            {s.meetingHeldDate, caseStageTitle(CaseStage::MeetingHeld), had.meetingHeldDate},
            {s.noMeetingDate, caseStageTitle(CaseStage::NoMeetingInTime), had.noMeetingDate},
            {s.closedDate, caseStageTitle(CaseStage::Closed), had.closedDate},
        };
        for (const Event& event : events) {
            if (!event.date.isValid() || event.had.isValid())
                continue;
            Activity activity;
            activity.caseId = caseId;
            activity.occurredAt = noonOn(event.date);
            activity.kind = ActivityKind::StageChange;
            activity.authorId = author;
            activity.summary = QStringLiteral("%1 (imported)").arg(event.what);
            activity.body = marked;
            if (StoreError error = ActivityRepository::insertInTransaction(m_db, &activity))
                return error;
        }
        for (const ImportedCertificate& certificate : row.certificates) {
            if (StoreError error = CertificateRepository::recordIssuedOutsideInTransaction(
                    m_db, caseId, certificate.part, certificate.number, certificate.issued,
                    certificate.trigger))
                return StoreError(error.kind(),
                                  QStringLiteral("line %1: %2").arg(row.line).arg(error.message()));
            Activity activity;
            activity.caseId = caseId;
            activity.occurredAt = noonOn(certificate.issued);
            activity.kind = ActivityKind::Certificate;
            activity.authorId = author;
            activity.summary = QStringLiteral("%1 certificate %2 issued outside the program (imported)")
                                   .arg(certificatePartName(certificate.part), certificate.number);
            activity.body = marked;
            if (StoreError error = ActivityRepository::insertInTransaction(m_db, &activity))
                return error;
        }
        if (!row.existing && !row.reference.isEmpty()) {
            if (StoreError error = search.refresh(caseId))
                return error;
        }
        // A new case's next deadline went in with its stage (worked out in
        // read() from the same details refreshNextDeadline would read back);
        // an updated one's is worked out again from what is stored now.
        if (row.existing) {
            if (StoreError error = cases.refreshNextDeadline(caseId))
                return error;
        }
        report->cases[i].reference = reference;
    }
    return {};
}
