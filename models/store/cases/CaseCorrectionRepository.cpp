#include "store/cases/CaseCorrectionRepository.h"

#include "rules/DeadlineCalculator.h"
#include "rules/StageMachine.h"
#include "store/access/AccessGuard.h"
#include "store/cases/ActivityRepository.h"
#include "store/cases/CaseRepository.h"
#include "store/cases/CaseSearchIndex.h"
#include "store/certificates/CertificateRepository.h"
#include "store/infrastructure/RowVersion.h"
#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StoreQuery.h"
#include "store/infrastructure/WriteTransaction.h"
#include "store/settings/CouncilRepository.h"

#include <QSqlQuery>

namespace {
// Only the intake facts of a person: contact details are edited elsewhere.
StoreError updateNames(QSqlDatabase db, qint64 id, const PersonDetails& person)
{
    StoreQuery query(
        db,
        QStringLiteral("UPDATE people SET given_name = ?, family_name = ?, date_of_birth = ? WHERE id = ?"));
    query.bind(person.givenName.trimmed(), person.familyName.trimmed(), SqlValues::date(person.dateOfBirth),
               id);
    if (StoreError error = query.exec(QStringLiteral("Could not correct a person")))
        return error;
    return {};
}

StoreError insertPerson(QSqlDatabase db, const PersonDetails& person, qint64* id)
{
    StoreQuery query(db);
    const SqlDialect& dialect = SqlDialect::forDriver(db.driverName());
    query.prepare(QStringLiteral("INSERT INTO people (given_name, family_name, date_of_birth, created_at) "
                                 "VALUES (?, ?, ?, ?)") +
                  dialect.returningIdClause());
    query.bind(person.givenName.trimmed(), person.familyName.trimmed(), SqlValues::date(person.dateOfBirth),
               SqlValues::now());
    if (StoreError error = query.execInsert(QStringLiteral("Could not save the parent or carer"), id))
        return error;
    return {};
}
} // namespace

CaseCorrectionRepository::CaseCorrectionRepository(QSqlDatabase db, BankHolidayCalendar calendar)
    : m_db(std::move(db)), m_calendar(std::move(calendar))
{}

StoreError CaseCorrectionRepository::correct(const CaseDetails& loaded, const Referral& corrected,
                                             const QString& reason, const QDate& today,
                                             std::optional<qint64> authorId,
                                             QList<CaseCorrectionRules::FieldChange>* changes)
{
    if (StoreError error = AccessGuard(m_db).require(Action::EditCases))
        return error;
    if (StoreError error = AccessGuard(m_db).requireVisibleCase(loaded.id))
        return error;
    QList<CaseCorrectionRules::FieldChange> made;
    if (StoreError failed = WriteTransaction::run(m_db, [&]() -> StoreError {
            // Read inside the transaction: what the rules judge is what is changed.
            CaseRepository cases(m_db, m_calendar);
            CaseDetails current;
            if (StoreError error = cases.load(loaded.id, &current))
                return error;
            // Naming who changed it and when (schema 28).
            const RowVersion::Loaded versioned{QStringLiteral("cases"), QStringLiteral("case"), loaded.id,
                                               loaded.rowVersion};
            if (current.rowVersion != loaded.rowVersion)
                return RowVersion::refusal(m_db, versioned, QStringLiteral("Could not correct the case"));
            StoreQuery state(m_db, QStringLiteral("SELECT c.anonymised_at, m.reference FROM cases c LEFT "
                                                  "JOIN cases m ON m.id = c.merged_into_id "
                                                  "WHERE c.id = ?"));
            state.bind(loaded.id);
            if (StoreError error = state.execOne(QStringLiteral("Could not read the case")))
                return error;
            if (!state.value(0).isNull())
                return StoreError::invalid(
                    QStringLiteral("The case was anonymised after its retention period; its facts "
                                   "cannot be corrected."));
            if (!state.value(1).isNull())
                return StoreError::invalid(
                    QStringLiteral("The case was merged into %1: correct that case instead.")
                        .arg(state.value(1).toString()));
            state.finish();

            QList<Certificate> certificates;
            if (StoreError error = CertificateRepository(m_db, m_calendar).list(&certificates, loaded.id))
                return error;
            const Referral after = CaseCorrectionRules::apply(current.referral, corrected);
            const DeadlineCalculator calculator(m_calendar);
            const QStringList refusals =
                CaseCorrectionRules::refusals(current, after, reason, certificates, calculator, today);
            if (!refusals.isEmpty())
                return StoreError::invalid(refusals);
            Council council = current.council;
            if (after.councilId != current.referral.councilId) {
                if (StoreError error = CouncilRepository(m_db).find(after.councilId, &council))
                    return error;
            }
            made = CaseCorrectionRules::changes(current.referral, after, current.council.name, council.name);

            // A route is corrected only at its first stage, so the case starts the new route's.
            const CaseStage stage = after.route == current.referral.route
                                        ? current.stage
                                        : StageMachine::initialStage(after.route);
            const bool mediation = after.route == Route::Mediation;
            StoreQuery query(
                m_db,
                QStringLiteral(
                    "UPDATE cases SET changed_by = ?, changed_at = ?, council_id = ?, route = ?, stage = ?, "
                    "referrer_kind = ?, referrer_name = ?, "
                    "referrer_organisation = ?, parent_permission_date = ?, decision_type = ?, "
                    "decision_notice_date "
                    "= ?, "
                    "disagreement_subject = ?, other_parties = ?, enquiry_date = ?, enquiry_channel = ?, "
                    "updated_at "
                    "= ?, "
                    "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
            if (StoreError error = RowVersion::bindStamp(m_db, query))
                return error;
            query.bind(
                after.councilId, routeToString(after.route), caseStageToString(stage),
                referrerKindToString(after.referrerKind), SqlValues::text(after.professionalName),
                SqlValues::text(after.professionalOrganisation), SqlValues::date(after.parentPermissionDate),
                mediation && after.decisionType ? QVariant(decisionTypeToString(*after.decisionType))
                                                : QVariant(QMetaType::fromType<QString>()),
                SqlValues::date(after.decisionNoticeDate), SqlValues::text(after.disagreementSubject),
                SqlValues::text(after.otherParties), after.enquiryDate,
                enquiryChannelToString(after.enquiryChannel), SqlValues::now(), loaded.id, loaded.rowVersion);
            if (StoreError error = query.exec(QStringLiteral("Could not correct the case")))
                return error;
            if (query.numRowsAffected() == 0)
                return RowVersion::refusal(m_db, versioned, QStringLiteral("Could not correct the case"));

            if (StoreError error = updateNames(m_db, current.childId, after.child))
                return error;
            if (current.parentId && after.parent.hasName()) {
                if (StoreError error = updateNames(m_db, *current.parentId, after.parent))
                    return error;
            } else if (current.parentId != std::nullopt || after.parent.hasName()) {
                // A parent added at correction, or taken off a young person's case (the
                // person's row stays: the audit trail and other cases may name them).
                std::optional<qint64> parentId;
                if (after.parent.hasName()) {
                    qint64 id = 0;
                    if (StoreError error = insertPerson(m_db, after.parent, &id))
                        return error;
                    parentId = id;
                }
                query.prepare(QStringLiteral("UPDATE cases SET parent_id = ? WHERE id = ?"));
                query.bind(SqlValues::id(parentId), loaded.id);
                if (StoreError error = query.exec(QStringLiteral("Could not correct the parent")))
                    return error;
            }
            if (after.sections != current.referral.sections) {
                query.prepare(QStringLiteral("DELETE FROM case_plan_sections WHERE case_id = ?"));
                query.bind(loaded.id);
                if (StoreError error = query.exec(QStringLiteral("Could not correct the plan sections")))
                    return error;
                for (const QString& section : after.sections.toStrings()) {
                    query.prepare(
                        QStringLiteral("INSERT INTO case_plan_sections (case_id, section) VALUES (?, ?)"));
                    query.bind(loaded.id, section);
                    if (StoreError error = query.exec(QStringLiteral("Could not correct the plan sections")))
                        return error;
                }
            }

            QStringList labels;
            QStringList lines{QStringLiteral("Reason: %1").arg(reason.trimmed())};
            for (const CaseCorrectionRules::FieldChange& change : made) {
                labels << change.label;
                lines << QStringLiteral("%1: %2 → %3").arg(change.label, change.before, change.after);
            }
            if (stage != current.stage)
                lines << QStringLiteral("Stage: %1 → %2")
                             .arg(caseStageTitle(current.stage), caseStageTitle(stage));
            if (StoreError error = ActivityRepository(m_db).addNow(
                    loaded.id, ActivityKind::Note, authorId,
                    QStringLiteral("Case corrected: %1").arg(labels.join(QStringLiteral(", "))),
                    lines.join(QLatin1Char('\n'))))
                return error;
            if (StoreError error = CaseSearchIndex(m_db).refresh(loaded.id))
                return error;
            return cases.refreshNextDeadline(loaded.id);
        }))
        return failed;
    if (changes)
        *changes = made;
    return {};
}

StoreError CaseCorrectionRepository::certificateMismatches(
    qint64 caseId, QList<CaseCorrectionRules::CertificateMismatch>* mismatches) const
{
    mismatches->clear();
    CaseDetails details;
    if (StoreError error = CaseRepository(m_db, m_calendar).load(caseId, &details))
        return error;
    QList<Certificate> certificates;
    if (StoreError error = CertificateRepository(m_db, m_calendar).list(&certificates, caseId))
        return error;
    *mismatches = CaseCorrectionRules::certificateMismatches(details, certificates);
    return {};
}
