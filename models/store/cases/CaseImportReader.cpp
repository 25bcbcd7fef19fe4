#include "store/cases/CaseImportReader.h"

#include "domain/CaseDetails.h"
#include "domain/User.h"
#include "rules/CaseCorrectionRules.h"
#include "rules/CaseDeadlines.h"
#include "rules/CaseImportRules.h"
#include "rules/ReferralFields.h"
#include "rules/ReferralValidator.h"
#include "store/access/UserRepository.h"
#include "store/cases/CaseCsv.h"
#include "store/cases/CaseRepository.h"
#include "store/certificates/CertificateRepository.h"
#include "store/directory/ContactCsv.h"
#include "store/infrastructure/StoreQuery.h"
#include "store/settings/CouncilRepository.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>
#include <utility>

namespace {
// Only the import reads these; an export never writes them.
const QString kAction = QStringLiteral("action");

// The import column a ReferralValidator field is read from.
QString columnOfField(const QString& field)
{
    static const QHash<QString, QString> columns{
        {ReferralFields::childName, QStringLiteral("child_given_name")},
        {ReferralFields::childDateOfBirth, QStringLiteral("child_date_of_birth")},
        {ReferralFields::childEmail, QStringLiteral("child_given_name")},
        {ReferralFields::childPhone, QStringLiteral("child_given_name")},
        {ReferralFields::parentName, QStringLiteral("parent_name")},
        {ReferralFields::parentEmail, QStringLiteral("parent_email")},
        {ReferralFields::parentPhone, QStringLiteral("parent_phone")},
        {ReferralFields::enquiryDate, QStringLiteral("enquiry_date")},
        {ReferralFields::professionalName, QStringLiteral("referrer_name")},
        {ReferralFields::parentPermissionDate, QStringLiteral("parent_permission_date")},
        {ReferralFields::councilId, QStringLiteral("council")},
        {ReferralFields::decisionType, QStringLiteral("decision_type")},
        {ReferralFields::sections, QStringLiteral("plan_sections")},
        {ReferralFields::decisionNoticeDate, QStringLiteral("decision_notice_sent")},
        {ReferralFields::disagreementSubject, QStringLiteral("disagreement_subject")},
    };
    return columns.value(field, field);
}

QString duplicateKey(const QString& given, const QString& family, const QDate& born)
{
    return given.trimmed().toLower() + QLatin1Char('\n') + family.trimmed().toLower() + QLatin1Char('\n') +
           born.toString(Qt::ISODate);
}

// The dates of a case's stages: where an import row gives each, and where a
// stored case keeps it.
const std::pair<QDate ImportedCaseStage::*, QDate CaseDetails::*> kStageDates[] = {
    {&ImportedCaseStage::informationGivenDate, &CaseDetails::informationGivenDate},
    {&ImportedCaseStage::mediationRequestedDate, &CaseDetails::mediationRequestedDate},
    {&ImportedCaseStage::notPursuingDate, &CaseDetails::notPursuingDate},
    {&ImportedCaseStage::meetingHeldDate, &CaseDetails::meetingHeldDate},
    {&ImportedCaseStage::noMeetingDate, &CaseDetails::noMeetingDate},
    {&ImportedCaseStage::closedDate, &CaseDetails::closedDate},
};
} // namespace

CaseImportReader::CaseImportReader(QSqlDatabase db, BankHolidayCalendar calendar,
                                   QHash<QString, QString> mapping)
    : m_db(std::move(db)), m_calendar(std::move(calendar)), m_mapping(std::move(mapping))
{}

QStringList CaseImportReader::columns()
{
    return CaseCsv::columns() + QStringList{kAction};
}

ImportedCaseStage CaseImportReader::stageOf(const CaseDetails& c)
{
    ImportedCaseStage stage;
    stage.route = c.referral.route;
    stage.stage = c.stage;
    stage.enquiryDate = c.referral.enquiryDate;
    for (const auto& [imported, stored] : kStageDates)
        stage.*imported = c.*stored;
    stage.closedReason = c.closedReason;
    return stage;
}

StoreError CaseImportReader::read(const QByteArray& data, const QDate& today, QList<CaseImportRow>* rows,
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
        StoreQuery query(m_db);
        query.setForwardOnly(true);
        if (StoreError error = query.execDirect(
                QStringLiteral("SELECT c.id, c.reference, ch.given_name, ch.family_name, ch.date_of_birth "
                               "FROM cases c JOIN people ch ON ch.id = c.child_id ORDER BY c.id"),
                QStringLiteral("Could not read the cases")))
            return error;
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
        StoreQuery query(m_db);
        query.setForwardOnly(true);
        if (StoreError error = query.execDirect(
                QStringLiteral("SELECT number, case_id FROM certificates WHERE number IS NOT NULL"),
                QStringLiteral("Could not read the certificates")))
            return error;
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

        CaseImportRow row;
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
        // The user a cell names by username (none when the cell is empty).
        auto user = [&](const char* column) -> std::optional<qint64> {
            const QString username = value(column);
            if (username.isEmpty())
                return std::nullopt;
            if (!userIds.contains(username.toLower())) {
                problem(QString::fromLatin1(column),
                        QStringLiteral("there is no user '%1'; give a username").arg(username));
                return std::nullopt;
            }
            return userIds.value(username.toLower());
        };
        referral.caseworkerId = user("caseworker");
        row.mediatorId = user("mediator");

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
            // The row's fact (`fact` points to it in a referral) over the
            // case's, when the row's cell in `column` is not empty.
            auto take = [&](const char* column, auto fact) {
                if (!value(column).isEmpty())
                    *fact(&given) = *fact(&referral);
            };
            take("child_given_name", [](Referral* facts) { return &facts->child.givenName; });
            take("child_family_name", [](Referral* facts) { return &facts->child.familyName; });
            take("child_date_of_birth", [](Referral* facts) { return &facts->child.dateOfBirth; });
            take("parent_name", [](Referral* facts) { return &facts->parent.givenName; });
            take("parent_name", [](Referral* facts) { return &facts->parent.familyName; });
            take("referrer", [](Referral* facts) { return &facts->referrerKind; });
            take("referrer_name", [](Referral* facts) { return &facts->professionalName; });
            take("referrer_organisation", [](Referral* facts) { return &facts->professionalOrganisation; });
            take("parent_permission_date", [](Referral* facts) { return &facts->parentPermissionDate; });
            take("council", [](Referral* facts) { return &facts->councilId; });
            take("route", [](Referral* facts) { return &facts->route; });
            take("enquiry_date", [](Referral* facts) { return &facts->enquiryDate; });
            take("decision_type", [](Referral* facts) { return &facts->decisionType; });
            take("decision_notice_sent", [](Referral* facts) { return &facts->decisionNoticeDate; });
            take("plan_sections", [](Referral* facts) { return &facts->sections; });
            take("disagreement_subject", [](Referral* facts) { return &facts->disagreementSubject; });
            if (value("council").isEmpty())
                row.council = current.council;
            const Referral after = CaseCorrectionRules::apply(current.referral, given);
            row.factsChanged =
                !CaseCorrectionRules::changes(current.referral, after, QString(), QString()).isEmpty() ||
                after.councilId != current.referral.councilId;
            // Intake's checks on the case as it will be (its contact details
            // are not this row's to change, so not its problems either).
            QStringList checked;
            for (const ValidationProblem& found : validator.check(after, today)) {
                if (found.severity != ValidationProblem::Severity::Error ||
                    found.field == ReferralFields::parentEmail || found.field == ReferralFields::parentPhone)
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
        for (const auto& [imported, stored] : kStageDates)
            details.*stored = stage.*imported;
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
