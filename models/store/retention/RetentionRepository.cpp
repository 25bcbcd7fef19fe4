#include "store/retention/RetentionRepository.h"

#include "domain/CaseStage.h"
#include "domain/CertificateContent.h"
#include "rules/Permissions.h"
#include "rules/RetentionRules.h"
#include "store/access/AccessGuard.h"
#include "store/access/AuditRepository.h"
#include "store/cases/CaseSearchIndex.h"
#include "store/infrastructure/SqlColumns.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StoreQuery.h"
#include "store/infrastructure/WriteTransaction.h"

#include <QSqlQuery>
#include <algorithm>

namespace {
const QString kCannot = QStringLiteral("Could not anonymise the case");

// The ids a statement selects, given the case id for every placeholder.
StoreError idsOf(QSqlDatabase db, const QString& sql, qint64 caseId, QList<qint64>* ids)
{
    StoreQuery query(db, sql);
    for (int i = 0; i < sql.count(QLatin1Char('?')); ++i)
        query.bind(caseId);
    if (StoreError error = query.exec(kCannot))
        return error;
    while (query.next())
        ids->append(query.value(0).toLongLong());
    return {};
}

// An UPDATE whose binds are `values` then the case id for every remaining placeholder.
StoreError update(QSqlDatabase db, const QString& sql, const QVariantList& values, qint64 caseId)
{
    StoreQuery query(db, sql);
    query.bindList(values);
    for (qsizetype i = values.size(); i < sql.count(QLatin1Char('?')); ++i)
        query.bind(caseId);
    return query.exec(kCannot);
}

// A person stays whole while another case that is not anonymised still names them.
StoreError isShared(QSqlDatabase db, qint64 personId, qint64 caseId, bool* shared)
{
    StoreQuery query(
        db, QStringLiteral("SELECT (SELECT COUNT(*) FROM cases WHERE id <> ? AND anonymised_at IS NULL "
                           "AND (child_id = ? OR parent_id = ?)) + (SELECT COUNT(*) FROM invitees i "
                           "JOIN cases c ON c.id = i.case_id "
                           "WHERE i.case_id <> ? AND c.anonymised_at IS NULL AND i.person_id = ?)"));
    query.bind(caseId, personId, personId, caseId, personId);
    if (StoreError error = query.exec(kCannot))
        return error;
    *shared = query.next() && query.value(0).toLongLong() > 0;
    return {};
}
} // namespace

RetentionRepository::RetentionRepository(QSqlDatabase db) : m_db(std::move(db)) {}

StoreError RetentionRepository::casesPastRetention(const QDate& today,
                                                   QList<RetentionCandidate>* candidates) const
{
    candidates->clear();
    if (StoreError error = AccessGuard(m_db).require(Action::AnonymiseCases))
        return error;
    // A year is the shortest period a council may set (CouncilRules), so no
    // case closed within the last 365 days can be due; the rule decides the rest.
    StoreQuery query(m_db,
                     QStringLiteral("SELECT c.id, c.reference, co.name, c.closed_date, co.retention_years "
                                    "FROM cases c JOIN councils co ON co.id = c.council_id "
                                    "WHERE c.stage = 'closed' AND c.anonymised_at IS NULL "
                                    "AND c.closed_date IS NOT NULL AND c.closed_date <= ?"));
    query.bind(SqlValues::date(today.addDays(-365)));
    if (StoreError error = query.exec(QStringLiteral("Could not list the cases past retention")))
        return error;
    while (query.next()) {
        using R = RetentionCandidate;
        R candidate = SqlColumns::read<R>(query.row(), &R::caseId, &R::reference, &R::councilName,
                                          &R::closedOn, &R::retentionYears);
        if (!RetentionRules::isPastRetention(CaseStage::Closed, candidate.closedOn, candidate.retentionYears,
                                             today))
            continue;
        candidate.keptUntil = RetentionRules::keptUntil(candidate.closedOn, candidate.retentionYears);
        candidate.anonymiseFrom = RetentionRules::anonymiseFrom(candidate.closedOn, candidate.retentionYears);
        candidates->append(candidate);
    }
    std::sort(candidates->begin(), candidates->end(),
              [](const RetentionCandidate& a, const RetentionCandidate& b) {
                  return a.anonymiseFrom != b.anonymiseFrom ? a.anonymiseFrom < b.anonymiseFrom
                                                            : a.reference < b.reference;
              });
    return {};
}

StoreError RetentionRepository::anonymise(qint64 caseId, const QDate& today, AnonymisedRecords* records)
{
    if (StoreError error = AccessGuard(m_db).require(Action::AnonymiseCases))
        return error;
    return WriteTransaction::run(m_db, [&]() -> StoreError {
        AnonymisedRecords local;
        AnonymisedRecords* out = records ? records : &local;
        *out = AnonymisedRecords{};
        if (StoreError error = anonymiseInTransaction(caseId, today, out))
            return error;
        // The trail must keep no copy of what was replaced: redact the values of
        // every record changed or deleted, including the rows just written by
        // these very updates, inside this transaction.
        AuditRepository audit(m_db);
        for (auto it = out->changed.constBegin(); it != out->changed.constEnd(); ++it) {
            if (StoreError error = audit.redact(it.key(), it.value()))
                return error;
        }
        if (!out->deletedDraftCertificates.isEmpty()) {
            if (StoreError error =
                    audit.redact(QStringLiteral("certificates"), out->deletedDraftCertificates))
                return error;
        }
        return {};
    });
}

StoreError RetentionRepository::anonymiseInTransaction(qint64 caseId, const QDate& today,
                                                       AnonymisedRecords* out)
{
    // Read inside the transaction: a reopening on another desk cannot slip in between.
    StoreQuery read(
        m_db,
        QStringLiteral("SELECT c.reference, c.stage, c.closed_date, co.retention_years, c.anonymised_at, "
                       "c.child_id, c.parent_id FROM cases c JOIN councils co ON co.id = c.council_id "
                       "WHERE c.id = ?"));
    read.bind(caseId);
    if (StoreError error = read.exec(kCannot))
        return error;
    if (!read.next())
        return StoreError(StoreError::Kind::NotFound, QStringLiteral("That case is no longer there."));
    out->caseId = caseId;
    out->reference = read.value(0).toString();
    const CaseStage stage = caseStageFromString(read.value(1).toString()).value_or(CaseStage::Enquiry);
    const QString refusal = RetentionRules::anonymiseRefusal(
        stage, read.value(2).toDate(), read.value(3).toInt(), today, !read.value(4).isNull());
    if (!refusal.isEmpty())
        return StoreError::invalid(out->reference + QStringLiteral(": ") + refusal);
    QList<qint64> personIds{read.value(5).toLongLong()};
    if (!read.value(6).isNull())
        personIds << read.value(6).toLongLong();
    if (StoreError error = idsOf(m_db,
                                 QStringLiteral("SELECT DISTINCT person_id FROM invitees "
                                                "WHERE case_id = ? AND person_id IS NOT NULL"),
                                 caseId, &personIds))
        return error;
    out->anonymisedAt = QDateTime::currentDateTimeUtc();
    const QString& marker = kMarker;

    // The child, the parent and any family member invited: names, contact
    // details and the date of birth, of which only the year stays.
    std::sort(personIds.begin(), personIds.end());
    personIds.erase(std::unique(personIds.begin(), personIds.end()), personIds.end());
    for (qint64 personId : personIds) {
        bool shared = false;
        if (StoreError error = isShared(m_db, personId, caseId, &shared))
            return error;
        if (shared)
            continue;
        StoreQuery birth(m_db, QStringLiteral("SELECT date_of_birth FROM people WHERE id = ?"));
        birth.bind(personId);
        QVariant birthDate;
        if (StoreError error = birth.readValue(kCannot, &birthDate))
            return error;
        const QDate born = birthDate.toDate();
        StoreQuery person(
            m_db, QStringLiteral("UPDATE people SET given_name = ?, family_name = ?, date_of_birth = NULL, "
                                 "birth_year = COALESCE(?, birth_year), address = NULL, postcode = NULL, "
                                 "phone = NULL, email = NULL WHERE id = ?"));
        person.bind(marker, marker,
                    born.isValid() ? QVariant(born.year()) : QVariant(QMetaType::fromType<int>()), personId);
        if (StoreError error = person.exec(kCannot))
            return error;
        out->changed[QStringLiteral("people")] << personId;
    }

    // The case: free text and what describes the family; the route, decision,
    // sections, stage, council, school and dates stay for the figures.
    const QString keepNull = QStringLiteral("CASE WHEN %1 IS NULL THEN NULL ELSE ? END");
    if (StoreError error =
            update(m_db,
                   QStringLiteral(
                       "UPDATE cases SET referrer_name = %1, other_parties = %2, disagreement_subject = %3, "
                       "closed_reason = %4, reasonable_adjustments = NULL, interpreter_language = NULL, "
                       "child_views_note = NULL, "
                       "anonymised_at = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?")
                       .arg(keepNull.arg(QStringLiteral("referrer_name")),
                            keepNull.arg(QStringLiteral("other_parties")),
                            keepNull.arg(QStringLiteral("disagreement_subject")),
                            keepNull.arg(QStringLiteral("closed_reason"))),
                   {marker, marker, marker, marker, out->anonymisedAt, out->anonymisedAt}, caseId))
        return error;
    out->changed[QStringLiteral("cases")] << caseId;

    // The timeline: what was said goes; when and what kind stays. Stage and
    // certificate entries are the program's own words (stages, numbers).
    QList<qint64> activityIds;
    if (StoreError error =
            idsOf(m_db, QStringLiteral("SELECT id FROM activities WHERE case_id = ?"), caseId, &activityIds))
        return error;
    if (StoreError error =
            update(m_db,
                   QStringLiteral("UPDATE activities SET body = NULL, summary = CASE WHEN kind IN "
                                  "('stage_change', 'certificate') THEN summary ELSE ? END "
                                  "WHERE case_id = ?"),
                   {marker}, caseId))
        return error;
    out->changed[QStringLiteral("activities")] = activityIds;

    // Invitees: roles, statuses, consents and attendance stay. Someone invited
    // from the directory keeps the link (the directory is not the case's to
    // change); everybody else's name and details go.
    QList<qint64> inviteeIds;
    if (StoreError error =
            idsOf(m_db, QStringLiteral("SELECT id FROM invitees WHERE case_id = ?"), caseId, &inviteeIds))
        return error;
    if (StoreError error = update(m_db,
                                  QStringLiteral("UPDATE invitees SET notes = NULL, display_name = CASE WHEN "
                                                 "contact_id IS NULL THEN ? ELSE display_name END, "
                                                 "organisation = CASE WHEN contact_id IS NULL THEN NULL ELSE "
                                                 "organisation END, email = NULL, phone_e164 = NULL, "
                                                 // An editor still open saves nothing back (RowVersion).
                                                 "row_version = row_version + 1, changed_by = NULL, "
                                                 "changed_at = ? WHERE case_id = ?"),
                                  {marker, SqlValues::now()}, caseId))
        return error;
    out->changed[QStringLiteral("invitees")] = inviteeIds;

    const QString ofInvitees = QStringLiteral("invitee_id IN (SELECT id FROM invitees WHERE case_id = ?)");
    QList<qint64> contactLogIds;
    if (StoreError error = idsOf(m_db, QStringLiteral("SELECT id FROM invitee_contacts WHERE ") + ofInvitees,
                                 caseId, &contactLogIds))
        return error;
    if (StoreError error =
            update(m_db, QStringLiteral("UPDATE invitee_contacts SET note = ? WHERE ") + ofInvitees, {marker},
                   caseId))
        return error;
    out->changed[QStringLiteral("invitee_contacts")] = contactLogIds;

    // Meetings: when, how, status and outcome stay; notes and what was agreed go.
    QList<qint64> meetingIds;
    if (StoreError error =
            idsOf(m_db, QStringLiteral("SELECT id FROM meetings WHERE case_id = ?"), caseId, &meetingIds))
        return error;
    if (StoreError error =
            update(m_db,
                   QStringLiteral("UPDATE meetings SET notes = NULL, link = NULL, "
                                  "reasonable_adjustments = NULL, interpreter_language = NULL, "
                                  "issues_covered = NULL, row_version = row_version + 1, "
                                  "changed_by = NULL, changed_at = ? WHERE case_id = ?"),
                   {SqlValues::now()}, caseId))
        return error;
    out->changed[QStringLiteral("meetings")] = meetingIds;
    const QString ofMeetings = QStringLiteral("meeting_id IN (SELECT id FROM meetings WHERE case_id = ?)");
    const struct
    {
        const char* table;
        const char* set;
    } meetingParts[] = {{"meeting_actions", "what = ?, who = ?"},
                        {"meeting_copies", "recipient = ?"},
                        {"meeting_changes", "reason = ?"}};
    for (const auto& part : meetingParts) {
        const QString table = QString::fromLatin1(part.table);
        QList<qint64> ids;
        if (StoreError error =
                idsOf(m_db, QStringLiteral("SELECT id FROM %1 WHERE ").arg(table) + ofMeetings, caseId, &ids))
            return error;
        const QString set = QString::fromLatin1(part.set);
        const QVariantList values =
            set.count(QLatin1Char('?')) == 2 ? QVariantList{marker, marker} : QVariantList{marker};
        if (StoreError error = update(
                m_db, QStringLiteral("UPDATE %1 SET %2 WHERE ").arg(table, set) + ofMeetings, values, caseId))
            return error;
        out->changed[table] = ids;
    }

    // Travel expenses (schema 22): when, how, the miles and the amounts stay
    // for the council's accounts; who claimed, where from and to (a home
    // address, often) and the note go.
    QList<qint64> expenseIds;
    if (StoreError error = idsOf(m_db, QStringLiteral("SELECT id FROM travel_expenses WHERE case_id = ?"),
                                 caseId, &expenseIds))
        return error;
    if (StoreError error =
            update(m_db,
                   QStringLiteral("UPDATE travel_expenses SET claimant_name = NULL, note = NULL, "
                                  "description = ? WHERE case_id = ?"),
                   {marker}, caseId))
        return error;
    out->changed[QStringLiteral("travel_expenses")] = expenseIds;

    // Documents filed on the case (schema 26): decision notices, plans and
    // letters are about the family through and through, so they go, bytes
    // and all; the trail's records of them (title, file name) are redacted.
    QList<qint64> documentIds;
    if (StoreError error = idsOf(m_db, QStringLiteral("SELECT id FROM case_documents WHERE case_id = ?"),
                                 caseId, &documentIds))
        return error;
    if (StoreError error =
            update(m_db, QStringLiteral("DELETE FROM case_documents WHERE case_id = ?"), {}, caseId))
        return error;
    out->changed[QStringLiteral("case_documents")] = documentIds;

    // Tasks on the case (schema 27): what is to be done often names the
    // family ("Ring Ms Penhale about the venue"), so they go; the trail's
    // records of them are redacted.
    QList<qint64> taskIds;
    if (StoreError error =
            idsOf(m_db, QStringLiteral("SELECT id FROM case_tasks WHERE case_id = ?"), caseId, &taskIds))
        return error;
    if (StoreError error =
            update(m_db, QStringLiteral("DELETE FROM case_tasks WHERE case_id = ?"), {}, caseId))
        return error;
    out->changed[QStringLiteral("case_tasks")] = taskIds;

    // Certificates. Drafts were never issued: they go. An issued or voided
    // certificate is a legal record, so its row stays (number, Part, dates,
    // issuer, void reason and both hashes: the register can still say what
    // was issued and when), but the family's names, address and date of
    // birth in its content are replaced and the stored PDF, which prints
    // them, is removed. Schema 9's guard allows exactly this change once.
    if (StoreError error =
            idsOf(m_db, QStringLiteral("SELECT id FROM certificates WHERE case_id = ? AND status = 'draft'"),
                  caseId, &out->deletedDraftCertificates))
        return error;
    if (StoreError error =
            update(m_db, QStringLiteral("DELETE FROM certificates WHERE case_id = ? AND status = 'draft'"),
                   {}, caseId))
        return error;
    StoreQuery issued(
        m_db, QStringLiteral("SELECT id, content FROM certificates WHERE case_id = ? AND status <> 'draft' "
                             "AND anonymised_at IS NULL"));
    issued.bind(caseId);
    if (StoreError error = issued.exec(kCannot))
        return error;
    QList<std::pair<qint64, QByteArray>> certificates;
    while (issued.next())
        certificates.append({issued.value(0).toLongLong(), issued.value(1).toString().toUtf8()});
    for (const auto& [certificateId, text] : certificates) {
        CertificateContent content;
        QByteArray anonymised = QByteArrayLiteral("{\"anonymised\":true}");
        if (CertificateContent::fromCanonicalText(text, &content)) {
            content.parentName = marker;
            content.parentAddress = marker;
            content.childName = marker;
            content.childDateOfBirth = QDate();
            anonymised = content.canonicalText();
        }
        StoreQuery certificate(
            m_db, QStringLiteral(
                      "UPDATE certificates SET pdf = NULL, content = ?, anonymised_at = ? WHERE id = ?"));
        certificate.bind(QString::fromUtf8(anonymised), out->anonymisedAt, certificateId);
        if (StoreError error = certificate.exec(kCannot))
            return error;
        out->changed[QStringLiteral("certificates")] << certificateId;
    }

    // The search index held the names.
    return CaseSearchIndex(m_db).refresh(caseId);
}
