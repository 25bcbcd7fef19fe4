#include "store/cases/CaseRepository.h"

#include "rules/CaseDeadlines.h"
#include "rules/ReferralValidator.h"
#include "store/access/AccessGuard.h"
#include "store/cases/ActivityRepository.h"
#include "store/cases/CaseSearchIndex.h"
#include "store/cases/CaseStageMoves.h"
#include "store/cases/SchoolDirectory.h"
#include "store/certificates/SequenceRepository.h"
#include "store/directory/InviteeRepository.h"
#include "store/infrastructure/RowVersion.h"
#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StoreQuery.h"
#include "store/infrastructure/WriteTransaction.h"
#include "store/settings/CouncilRepository.h"

#include <QSqlQuery>

namespace {
const QString kCaseColumns = QStringLiteral(
    "c.id, c.reference, c.stage, c.council_id, c.route, c.child_id, c.parent_id, c.referrer_kind, "
    "c.referrer_name, c.referrer_organisation, c.parent_permission_date, o.name, c.decision_type, "
    "c.decision_notice_date, c.disagreement_subject, c.other_parties, c.enquiry_date, c.enquiry_channel, "
    "c.information_given_date, c.mediation_requested_date, c.not_pursuing_date, c.meeting_held_date, "
    "c.no_meeting_date, c.reasonable_adjustments, c.interpreter_language, c.caseworker_id, u.display_name, "
    "c.closed_date, c.closed_reason, c.row_version, c.mediator_id, m.display_name, c.council_told_date, "
    "c.health_only_icb, c.icb_told_date");

StoreError insertPerson(QSqlDatabase db, const PersonDetails& person, qint64* id)
{
    StoreQuery query(
        db,
        QStringLiteral(
            "INSERT INTO people (given_name, family_name, date_of_birth, address, postcode, phone, "
            "email, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)") +
            SqlDialect::forDriver(db.driverName()).returningIdClause(),
        StoreQuery::cached);
    query.bind(person.givenName.trimmed(), person.familyName.trimmed(), SqlValues::date(person.dateOfBirth),
               SqlValues::text(person.address), SqlValues::text(person.postcode.toUpper()),
               SqlValues::text(person.phone), SqlValues::text(person.email), SqlValues::now());
    if (StoreError error = query.execInsert(QStringLiteral("Could not save a person"), id))
        return error;
    return {};
}

StoreError updatePerson(QSqlDatabase db, qint64 id, const PersonDetails& person)
{
    StoreQuery query(
        db,
        QStringLiteral("UPDATE people SET given_name = ?, family_name = ?, date_of_birth = ?, address = ?, "
                       "postcode = ?, phone = ?, email = ? WHERE id = ?"));
    query.bind(person.givenName.trimmed(), person.familyName.trimmed(), SqlValues::date(person.dateOfBirth),
               SqlValues::text(person.address), SqlValues::text(person.postcode.toUpper()),
               SqlValues::text(person.phone), SqlValues::text(person.email), id);
    if (StoreError error = query.exec(QStringLiteral("Could not save a person")))
        return error;
    return {};
}

StoreError readPerson(QSqlDatabase db, qint64 id, PersonDetails* person)
{
    StoreQuery query(
        db,
        QStringLiteral("SELECT given_name, family_name, date_of_birth, address, postcode, phone, email "
                       "FROM people WHERE id = ?"),
        StoreQuery::cached);
    query.bind(id);
    if (StoreError error = query.execOne(QStringLiteral("Could not read a person")))
        return error;
    person->givenName = query.value(0).toString();
    person->familyName = query.value(1).toString();
    person->dateOfBirth = query.value(2).toDate();
    person->address = query.value(3).toString();
    person->postcode = query.value(4).toString();
    person->phone = query.value(5).toString();
    person->email = query.value(6).toString();
    query.finish();
    return {};
}

// The errors among a validator's problems (warnings are for the form to show).
StoreError refusal(const QList<ValidationProblem>& problems)
{
    QStringList messages;
    for (const ValidationProblem& problem : problems) {
        if (problem.severity == ValidationProblem::Severity::Error)
            messages << problem.message;
    }
    return StoreError::invalid(messages);
}
} // namespace

CaseRepository::CaseRepository(QSqlDatabase db, BankHolidayCalendar calendar)
    : m_db(std::move(db)), m_calendar(std::move(calendar))
{}

StoreError CaseRepository::createReferral(const Referral& referral, const QDate& today,
                                          std::optional<qint64> authorId, qint64* caseId, QString* reference)
{
    if (StoreError error = AccessGuard(m_db).require(Action::TakeReferrals))
        return error;
    const DeadlineCalculator calculator(m_calendar);
    const QList<ValidationProblem> problems = ReferralValidator(calculator).check(referral, today);
    if (ReferralValidator::hasErrors(problems))
        return refusal(problems);

    QString ref;
    qint64 id = 0;
    if (StoreError failed = WriteTransaction::run(m_db, [&]() -> StoreError {
            if (StoreError error = insertReferralInTransaction(referral, authorId, &id, &ref))
                return error;
            return refreshNextDeadline(id);
        }))
        return failed;
    *caseId = id;
    if (reference)
        *reference = ref;
    return {};
}

QString CaseRepository::schoolKey(const QString& name)
{
    return SchoolDirectory::key(name);
}

StoreError CaseRepository::schoolIndex(QSqlDatabase db, QHash<QString, qint64>* schools)
{
    return SchoolDirectory::index(db, schools);
}

StoreError CaseRepository::insertReferralInTransaction(const Referral& referral,
                                                       std::optional<qint64> authorId, qint64* caseId,
                                                       QString* reference, QHash<QString, qint64>* schools)
{
    Council council;
    if (StoreError error = CouncilRepository(m_db).find(referral.councilId, &council))
        return error;

    qint64 childId = 0;
    if (StoreError error = insertPerson(m_db, referral.child, &childId))
        return error;
    std::optional<qint64> parentId;
    if (referral.parent.hasName()) {
        qint64 id = 0;
        if (StoreError error = insertPerson(m_db, referral.parent, &id))
            return error;
        parentId = id;
    }
    std::optional<qint64> schoolId;
    if (StoreError error =
            SchoolDirectory::findOrAdd(m_db, referral.schoolName, council.id, &schoolId, schools))
        return error;

    const int year = referral.enquiryDate.year();
    qint64 number = 0;
    if (StoreError error =
            SequenceRepository(m_db).next(QStringLiteral("case-reference-%1").arg(year), &number))
        return error;
    const QString ref =
        QStringLiteral("%1-%2-%3")
            .arg(referral.route == Route::Mediation ? QStringLiteral("MED") : QStringLiteral("DR"))
            .arg(year)
            .arg(number, 5, 10, QLatin1Char('0'));
    const bool mediation = referral.route == Route::Mediation;

    StoreQuery query(
        m_db,
        QStringLiteral(
            "INSERT INTO cases (reference, council_id, route, stage, child_id, parent_id, referrer_kind, "
            "referrer_name, "
            "referrer_organisation, parent_permission_date, school_id, decision_type, decision_notice_date, "
            "disagreement_subject, other_parties, enquiry_date, enquiry_channel, reasonable_adjustments, "
            "interpreter_language, caseworker_id, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
            SqlDialect::forDriver(m_db.driverName()).returningIdClause(),
        StoreQuery::cached);
    query.bind(ref, council.id, routeToString(referral.route),
               caseStageToString(StageMachine::initialStage(referral.route)), childId,
               SqlValues::id(parentId), referrerKindToString(referral.referrerKind));
    const bool professional = referral.referrerKind == ReferrerKind::Professional;
    query.bind(SqlValues::text(professional ? referral.professionalName : QString()),
               SqlValues::text(professional ? referral.professionalOrganisation : QString()),
               SqlValues::date(professional ? referral.parentPermissionDate : QDate()),
               SqlValues::id(schoolId),
               mediation && referral.decisionType ? QVariant(decisionTypeToString(*referral.decisionType))
                                                  : QVariant(QMetaType::fromType<QString>()),
               SqlValues::date(mediation ? referral.decisionNoticeDate : QDate()),
               SqlValues::text(mediation ? QString() : referral.disagreementSubject),
               SqlValues::text(mediation ? QString() : referral.otherParties), referral.enquiryDate,
               enquiryChannelToString(referral.enquiryChannel),
               SqlValues::text(referral.reasonableAdjustments), SqlValues::text(referral.interpreterLanguage),
               SqlValues::id(referral.caseworkerId), SqlValues::now(), SqlValues::now());
    qint64 id = 0;
    if (StoreError error = query.execInsert(QStringLiteral("Could not save the referral"), &id))
        return error;

    if (mediation && referral.decisionType == DecisionType::PlanContent) {
        StoreQuery section(m_db,
                           QStringLiteral("INSERT INTO case_plan_sections (case_id, section) VALUES (?, ?)"),
                           StoreQuery::cached);
        for (const QString& key : referral.sections.toStrings()) {
            section.bind(id, key);
            if (StoreError error = section.exec(QStringLiteral("Could not save the plan sections")))
                return error;
        }
    }
    // The parent or young person is on the invitee list from the start.
    if (StoreError error = InviteeRepository::inviteFamilyInTransaction(m_db, id, nullptr))
        return error;
    if (StoreError error = ActivityRepository(m_db).addNow(
            id, ActivityKind::StageChange, authorId,
            QStringLiteral("Referral taken (%1): %2")
                .arg(enquiryChannelTitle(referral.enquiryChannel),
                     caseStageTitle(StageMachine::initialStage(referral.route)))))
        return error;
    if (StoreError error = CaseSearchIndex(m_db).add(id))
        return error;
    *caseId = id;
    *reference = ref;
    return {};
}

StoreError CaseRepository::load(qint64 caseId, CaseDetails* d) const
{
    if (StoreError error = read(caseId, d))
        return error;
    // A mediator sees only the cases assigned to them (AccessGuard decides).
    if (StoreError error = AccessGuard(m_db).requireCaseVisible(d->referral.caseworkerId, d->mediatorId)) {
        *d = CaseDetails();
        return error;
    }
    return {};
}

StoreError CaseRepository::read(qint64 caseId, CaseDetails* d) const
{
    StoreQuery query(m_db,
                     QStringLiteral("SELECT ") + kCaseColumns +
                         QStringLiteral(" FROM cases c LEFT JOIN organisations o ON o.id = c.school_id "
                                        "LEFT JOIN users u ON u.id = c.caseworker_id "
                                        "LEFT JOIN users m ON m.id = c.mediator_id WHERE c.id = ?"),
                     StoreQuery::cached);
    query.bind(caseId);
    if (StoreError error = query.execOne(QStringLiteral("Could not read the case"),
                                         QStringLiteral("There is no case %1.").arg(caseId)))
        return error;
    *d = CaseDetails();
    Referral& r = d->referral;
    d->id = query.value(0).toLongLong();
    d->reference = query.value(1).toString();
    d->stage = caseStageFromString(query.value(2).toString()).value_or(CaseStage::Enquiry);
    r.councilId = query.value(3).toLongLong();
    r.route = routeFromString(query.value(4).toString()).value_or(Route::Mediation);
    d->childId = query.value(5).toLongLong();
    d->parentId = SqlValues::optionalId(query.value(6));
    r.referrerKind = referrerKindFromString(query.value(7).toString()).value_or(ReferrerKind::Parent);
    r.professionalName = query.value(8).toString();
    r.professionalOrganisation = query.value(9).toString();
    r.parentPermissionDate = query.value(10).toDate();
    r.schoolName = query.value(11).toString();
    if (!query.value(12).isNull())
        r.decisionType = decisionTypeFromString(query.value(12).toString());
    r.decisionNoticeDate = query.value(13).toDate();
    r.disagreementSubject = query.value(14).toString();
    r.otherParties = query.value(15).toString();
    r.enquiryDate = query.value(16).toDate();
    r.enquiryChannel = enquiryChannelFromString(query.value(17).toString()).value_or(EnquiryChannel::Phone);
    d->informationGivenDate = query.value(18).toDate();
    d->mediationRequestedDate = query.value(19).toDate();
    d->notPursuingDate = query.value(20).toDate();
    d->meetingHeldDate = query.value(21).toDate();
    d->noMeetingDate = query.value(22).toDate();
    r.reasonableAdjustments = query.value(23).toString();
    r.interpreterLanguage = query.value(24).toString();
    r.caseworkerId = SqlValues::optionalId(query.value(25));
    d->caseworkerName = query.value(26).toString();
    d->closedDate = query.value(27).toDate();
    d->closedReason = query.value(28).toString();
    d->rowVersion = query.value(29).toLongLong();
    d->mediatorId = SqlValues::optionalId(query.value(30));
    d->mediatorName = query.value(31).toString();
    d->thirtyDayStart.councilTold = query.value(32).toDate();
    d->thirtyDayStart.healthOnlyIcb = query.value(33).toInt() != 0;
    d->thirtyDayStart.icbTold = query.value(34).toDate();
    query.finish();

    StoreQuery sectionQuery(m_db, QStringLiteral("SELECT section FROM case_plan_sections WHERE case_id = ?"),
                            StoreQuery::cached);
    sectionQuery.bind(caseId);
    if (StoreError error = sectionQuery.exec(QStringLiteral("Could not read the plan sections")))
        return error;
    QStringList sections;
    while (sectionQuery.next())
        sections << sectionQuery.value(0).toString();
    QString ignored;
    PlanSections::fromStrings(sections, &r.sections, &ignored);

    StoreQuery certificateQuery(
        m_db,
        QStringLiteral("SELECT part, issue_date FROM certificates WHERE case_id = ? AND status = 'issued' "
                       "ORDER BY part"),
        StoreQuery::cached);
    certificateQuery.bind(caseId);
    if (StoreError error = certificateQuery.exec(QStringLiteral("Could not read the certificates")))
        return error;
    while (certificateQuery.next()) {
        if (const auto part = certificatePartFromInt(certificateQuery.value(0).toInt()))
            d->issuedCertificates << *part;
        d->certificateIssuedOn = std::max(d->certificateIssuedOn, certificateQuery.value(1).toDate());
    }

    if (StoreError error = readPerson(m_db, d->childId, &r.child))
        return error;
    if (d->parentId) {
        if (StoreError error = readPerson(m_db, *d->parentId, &r.parent))
            return error;
    }
    return CouncilRepository(m_db).find(r.councilId, &d->council);
}

StoreError CaseRepository::moveStage(qint64 caseId, const StageChange& change, const QDate& today,
                                     std::optional<qint64> authorId)
{
    return CaseStageMoves(*this, m_db).moveStage(caseId, change, today, authorId);
}

StoreError CaseRepository::recordInformationGiven(Activity* activity, const QDate& today)
{
    return CaseStageMoves(*this, m_db).recordInformationGiven(activity, today);
}

StoreError CaseRepository::recordMediationRequested(qint64 caseId, const QDate& requested,
                                                    const QString& note, const QDate& today,
                                                    std::optional<qint64> authorId,
                                                    const ThirtyDayStart& start)
{
    return CaseStageMoves(*this, m_db)
        .recordMediationRequested(caseId, requested, note, today, authorId, start);
}

StoreError CaseRepository::correctThirtyDayStart(qint64 caseId, const ThirtyDayStart& start,
                                                 const QString& reason, const QDate& today,
                                                 std::optional<qint64> authorId)
{
    return CaseStageMoves(*this, m_db).correctThirtyDayStart(caseId, start, reason, today, authorId);
}

StoreError CaseRepository::recordNotPursued(qint64 caseId, const QDate& recorded, const QString& note,
                                            const QDate& today, std::optional<qint64> authorId)
{
    return CaseStageMoves(*this, m_db).recordNotPursued(caseId, recorded, note, today, authorId);
}

StoreError CaseRepository::stepBack(qint64 caseId, CaseStage to, const QString& why,
                                    std::optional<qint64> authorId)
{
    return CaseStageMoves(*this, m_db).stepBack(caseId, to, why, authorId);
}

StoreError CaseRepository::reopen(qint64 caseId, const QString& reason, std::optional<qint64> authorId)
{
    return CaseStageMoves(*this, m_db).reopen(caseId, reason, authorId);
}

StoreError CaseRepository::assignMediator(qint64 caseId, std::optional<qint64> mediatorId,
                                          std::optional<qint64> authorId)
{
    return AccessGuard(m_db).writeCase(Action::EditCases, caseId, [&]() -> StoreError {
        QString name;
        if (mediatorId) {
            StoreQuery user(m_db, QStringLiteral("SELECT display_name FROM users WHERE id = ?"));
            user.bind(*mediatorId);
            if (StoreError error = user.execOne(QStringLiteral("Could not read the mediator"),
                                                QStringLiteral("That mediator is no longer listed.")))
                return error;
            name = user.value(0).toString();
        }
        StoreQuery query(m_db, QStringLiteral("UPDATE cases SET changed_by = ?, changed_at = ?, mediator_id "
                                              "= ?, updated_at = ?, row_version "
                                              "= row_version + 1 WHERE id = ?"));
        if (StoreError error = RowVersion::bindStamp(m_db, query))
            return error;
        query.bind(SqlValues::id(mediatorId), SqlValues::now(), caseId);
        if (StoreError error = query.execAffecting(QStringLiteral("Could not assign the mediator"),
                                                   QStringLiteral("There is no case %1.").arg(caseId)))
            return error;

        return ActivityRepository(m_db).addNow(caseId, ActivityKind::Note, authorId,
                                               mediatorId ? QStringLiteral("Mediator assigned: %1").arg(name)
                                                          : QStringLiteral("Mediator unassigned"));
    });
}

StoreError CaseRepository::saveDetails(const CaseDetails& details, std::optional<qint64> authorId)
{
    if (StoreError error = AccessGuard(m_db).require(Action::EditCases))
        return error;
    if (StoreError error = AccessGuard(m_db).requireVisibleCase(details.id))
        return error;
    const Referral& r = details.referral;
    if (!r.child.hasName())
        return StoreError::invalid(QStringLiteral("Give the child's or young person's first and last name."));
    return WriteTransaction::run(m_db, [&]() -> StoreError {
        // An anonymised case keeps no personal details: none are put back.
        StoreQuery anonymised(m_db, QStringLiteral("SELECT anonymised_at FROM cases WHERE id = ?"));
        anonymised.bind(details.id);
        if (StoreError error = anonymised.exec(QStringLiteral("Could not save the case")))
            return error;
        if (anonymised.next() && !anonymised.value(0).isNull())
            return StoreError::invalid(
                QStringLiteral("The case was anonymised after its retention period; its details "
                               "cannot be changed."));
        std::optional<qint64> schoolId;
        if (StoreError error = SchoolDirectory::findOrAdd(m_db, r.schoolName, r.councilId, &schoolId))
            return error;
        StoreQuery query(
            m_db,
            QStringLiteral("UPDATE cases SET changed_by = ?, changed_at = ?, school_id = ?, "
                           "reasonable_adjustments = ?, interpreter_language = ?, "
                           "caseworker_id = ?, disagreement_subject = ?, other_parties = ?, updated_at = ?, "
                           "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
        const bool mediation = r.route == Route::Mediation;
        if (StoreError error = RowVersion::bindStamp(m_db, query))
            return error;
        query.bind(SqlValues::id(schoolId), SqlValues::text(r.reasonableAdjustments),
                   SqlValues::text(r.interpreterLanguage), SqlValues::id(r.caseworkerId),
                   SqlValues::text(mediation ? QString() : r.disagreementSubject),
                   SqlValues::text(mediation ? QString() : r.otherParties), SqlValues::now(), details.id,
                   details.rowVersion);
        if (StoreError error = query.exec(QStringLiteral("Could not save the case")))
            return error;
        if (query.numRowsAffected() == 0) // naming who changed it and when (schema 28)
            return RowVersion::refusal(
                m_db, {QStringLiteral("cases"), QStringLiteral("case"), details.id, details.rowVersion},
                QStringLiteral("Could not save the case"));
        if (StoreError error = updatePerson(m_db, details.childId, r.child))
            return error;
        if (details.parentId) {
            if (StoreError error = updatePerson(m_db, *details.parentId, r.parent))
                return error;
        }
        if (StoreError error = ActivityRepository(m_db).addNow(details.id, ActivityKind::Note, authorId,
                                                               QStringLiteral("Case details edited")))
            return error;
        return CaseSearchIndex(m_db).refresh(details.id);
    });
}

StoreError CaseRepository::refreshNextDeadline(qint64 caseId)
{
    return WriteTransaction::run(m_db, [&]() -> StoreError {
        CaseDetails details;
        if (StoreError error = read(caseId, &details))
            return error;
        const DeadlineCalculator calculator(m_calendar);
        const std::optional<CaseDeadline> next =
            details.stage == CaseStage::Closed
                ? std::nullopt
                : CaseDeadlines(calculator).next(CaseDeadlines::timelineOf(details));
        StoreQuery query(
            m_db, QStringLiteral("UPDATE cases SET next_deadline = ?, next_deadline_kind = ? WHERE id = ?"),
            StoreQuery::cached);
        query.bind(SqlValues::date(next ? next->deadline.date() : QDate()),
                   next ? QVariant(next->key()) : QVariant(QMetaType::fromType<QString>()), caseId);
        return query.exec(QStringLiteral("Could not update the next deadline"));
    });
}

StoreError CaseRepository::refreshAllNextDeadlines()
{
    return WriteTransaction::run(m_db, [&]() -> StoreError {
        QList<qint64> ids;
        {
            StoreQuery query(m_db);
            query.setForwardOnly(true);
            if (StoreError error =
                    query.execDirect(QStringLiteral("SELECT id FROM cases WHERE stage <> 'closed'"),
                                     QStringLiteral("Could not read the open cases")))
                return error;
            while (query.next())
                ids << query.value(0).toLongLong();
        }
        for (qint64 id : ids) {
            if (StoreError error = refreshNextDeadline(id))
                return error;
        }
        return {};
    });
}

StoreError CaseRepository::idForReference(QSqlDatabase db, const QString& reference, qint64* caseId)
{
    StoreQuery query(db, QStringLiteral("SELECT id FROM cases WHERE reference = ?"));
    query.bind(reference.trimmed().toUpper());
    if (StoreError error = query.execOne(QStringLiteral("Could not find the case"),
                                         QStringLiteral("There is no case %1.").arg(reference.trimmed())))
        return error;
    *caseId = query.value(0).toLongLong();
    return {};
}
