#include "store/cases/CaseMergeRepository.h"

#include "domain/CaseStage.h"
#include "domain/Route.h"
#include "rules/DuplicateReferralRules.h"
#include "store/access/AccessGuard.h"
#include "store/cases/ActivityRepository.h"
#include "store/cases/CaseRepository.h"
#include "store/cases/CaseSearchIndex.h"
#include "store/infrastructure/RowVersion.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StoreQuery.h"
#include "store/infrastructure/WriteTransaction.h"

#include <QSqlQuery>

namespace {
struct MergeSide
{
    QString reference;
    QString route;
    CaseStage stage = CaseStage::Enquiry;
    bool anonymised = false;
    QString mergedInto; // the reference it was merged into, if any
};

StoreError readSide(QSqlDatabase db, qint64 id, MergeSide* side)
{
    StoreQuery query(
        db, QStringLiteral("SELECT c.reference, c.route, c.stage, c.anonymised_at, m.reference FROM cases c "
                           "LEFT JOIN cases m ON m.id = c.merged_into_id WHERE c.id = ?"));
    query.bind(id);
    if (StoreError error = query.execOne(QStringLiteral("Could not read the case"),
                                         QStringLiteral("There is no case %1.").arg(id)))
        return error;
    side->reference = query.value(0).toString();
    side->route = query.value(1).toString();
    side->stage = caseStageFromString(query.value(2).toString()).value_or(CaseStage::Enquiry);
    side->anonymised = !query.value(3).isNull();
    side->mergedInto = query.value(4).toString();
    return {};
}

// Moves one table's rows from the merged-away case; `table` is one of ours, never input.
StoreError moveRows(QSqlDatabase db, const char* table, qint64 keptId, qint64 mergedId, int* moved)
{
    StoreQuery query(db,
                     QStringLiteral("UPDATE %1 SET case_id = ? WHERE case_id = ?").arg(QLatin1String(table)));
    query.bind(keptId, mergedId);
    if (StoreError error = query.exec(QStringLiteral("Could not move the %1").arg(QLatin1String(table))))
        return error;
    *moved = query.numRowsAffected();
    return {};
}

// The family invitees of a case (those taken from its own people at intake):
// id, role, and who they are (name key and date of birth).
struct FamilyInvitee
{
    qint64 id = 0;
    QString role;
    QString nameKey;
    QDate dateOfBirth;
};

StoreError familyInvitees(QSqlDatabase db, qint64 caseId, QList<FamilyInvitee>* out)
{
    StoreQuery query(db, QStringLiteral("SELECT i.id, i.role, p.given_name, p.family_name, p.date_of_birth "
                                        "FROM invitees i JOIN cases c ON c.id = i.case_id "
                                        "JOIN people p ON p.id = i.person_id "
                                        "WHERE i.case_id = ? AND i.person_id IN (c.child_id, c.parent_id) "
                                        "ORDER BY i.id"));
    query.bind(caseId);
    if (StoreError error = query.exec(QStringLiteral("Could not read the invitees")))
        return error;
    while (query.next()) {
        out->append({query.value(0).toLongLong(), query.value(1).toString(),
                     DuplicateReferralRules::nameKey(query.value(2).toString(), query.value(3).toString()),
                     query.value(4).toDate()});
    }
    return {};
}

// Both cases invited the same family member at intake (each case has its own
// row for them): the kept case's invitee stays, the merged-away one's
// meetings and contact notes move to it, and the duplicate goes. Sets
// *joined to how many were joined.
StoreError joinFamilyInvitees(QSqlDatabase db, qint64 keptId, qint64 mergedId, int* joined)
{
    *joined = 0;
    QList<FamilyInvitee> kept;
    QList<FamilyInvitee> merged;
    if (StoreError error = familyInvitees(db, keptId, &kept))
        return error;
    if (StoreError error = familyInvitees(db, mergedId, &merged))
        return error;
    for (const FamilyInvitee& twice : merged) {
        const FamilyInvitee* same = nullptr;
        for (const FamilyInvitee& candidate : kept) {
            const bool bothBorn = candidate.dateOfBirth.isValid() && twice.dateOfBirth.isValid();
            if (candidate.role == twice.role && !candidate.nameKey.isEmpty() &&
                candidate.nameKey == twice.nameKey &&
                (!bothBorn || candidate.dateOfBirth == twice.dateOfBirth))
                same = &candidate;
        }
        if (!same)
            continue;
        StoreQuery query(db);
        // A meeting that asked both keeps the one; the rest now ask the kept invitee.
        query.prepare(QStringLiteral("DELETE FROM meeting_invitees WHERE invitee_id = ? AND meeting_id IN "
                                     "(SELECT meeting_id FROM meeting_invitees WHERE invitee_id = ?)"));
        query.bind(twice.id, same->id);
        if (StoreError error = query.exec(QStringLiteral("Could not join the invitees")))
            return error;
        for (const char* table : {"meeting_invitees", "invitee_contacts"}) {
            query.prepare(QStringLiteral("UPDATE %1 SET invitee_id = ? WHERE invitee_id = ?")
                              .arg(QLatin1String(table)));
            query.bind(same->id, twice.id);
            if (StoreError error = query.exec(QStringLiteral("Could not join the invitees")))
                return error;
        }
        query.prepare(QStringLiteral("DELETE FROM invitees WHERE id = ?"));
        query.bind(twice.id);
        if (StoreError error = query.exec(QStringLiteral("Could not join the invitees")))
            return error;
        ++*joined;
    }
    return {};
}

StoreError addEntry(QSqlDatabase db, qint64 caseId, const QString& summary, const QString& body,
                    std::optional<qint64> authorId)
{
    return ActivityRepository(db).addNow(caseId, ActivityKind::Note, authorId, summary, body);
}
} // namespace

CaseMergeRepository::CaseMergeRepository(QSqlDatabase db, BankHolidayCalendar calendar)
    : m_db(std::move(db)), m_calendar(std::move(calendar))
{}

StoreError CaseMergeRepository::merge(qint64 keptId, qint64 mergedId, const QString& reason,
                                      const QDate& today, std::optional<qint64> authorId,
                                      CaseMergeResult* result)
{
    if (StoreError error = AccessGuard(m_db).require(Action::MergeCases))
        return error;
    if (reason.trimmed().isEmpty())
        return StoreError::invalid(
            QStringLiteral("Say why the cases are merged: the reason is kept on both timelines."));
    if (keptId == mergedId)
        return StoreError::invalid(QStringLiteral("A case cannot be merged into itself."));
    CaseMergeResult moved;
    if (StoreError failed = WriteTransaction::run(m_db, [&]() -> StoreError {
            MergeSide kept;
            MergeSide merged;
            if (StoreError error = readSide(m_db, keptId, &kept))
                return error;
            if (StoreError error = readSide(m_db, mergedId, &merged))
                return error;
            if (!merged.mergedInto.isEmpty())
                return StoreError::invalid(QStringLiteral("%1 was already merged into %2.")
                                               .arg(merged.reference, merged.mergedInto));
            if (!kept.mergedInto.isEmpty())
                return StoreError::invalid(QStringLiteral("%1 was merged into %2: keep that case instead.")
                                               .arg(kept.reference, kept.mergedInto));
            if (kept.anonymised || merged.anonymised)
                return StoreError::invalid(
                    QStringLiteral("An anonymised case cannot be merged: its details are gone."));
            if (kept.route != merged.route)
                return StoreError::invalid(
                    QStringLiteral("%1 and %2 are on different routes, so they are not the same "
                                   "disagreement entered twice; close the one not needed instead.")
                        .arg(kept.reference, merged.reference));

            if (StoreError error = moveRows(m_db, "activities", keptId, mergedId, &moved.activities))
                return error;
            if (StoreError error = joinFamilyInvitees(m_db, keptId, mergedId, &moved.familyInviteesJoined))
                return error;
            if (StoreError error = moveRows(m_db, "invitees", keptId, mergedId, &moved.invitees))
                return error;
            if (StoreError error = moveRows(m_db, "meetings", keptId, mergedId, &moved.meetings))
                return error;
            if (StoreError error = moveRows(m_db, "travel_expenses", keptId, mergedId, &moved.travelExpenses))
                return error;
            if (StoreError error = moveRows(m_db, "case_tasks", keptId, mergedId, &moved.tasks))
                return error;
            StoreQuery query(
                m_db,
                QStringLiteral("SELECT COUNT(*) FROM certificates WHERE case_id = ? AND status <> 'draft'"));
            query.bind(mergedId);
            if (StoreError error = query.execOne(QStringLiteral("Could not read the certificates")))
                return error;
            moved.certificatesKept = query.value(0).toInt();

            // The merged-away case closes (unless it was closed already) and points at the kept one.
            const bool wasClosed = merged.stage == CaseStage::Closed;
            query.prepare(
                wasClosed
                    ? QStringLiteral("UPDATE cases SET changed_by = ?, changed_at = ?, merged_into_id = ?, "
                                     "updated_at = ?, "
                                     "row_version = row_version + 1 WHERE id = ?")
                    : QStringLiteral("UPDATE cases SET changed_by = ?, changed_at = ?, merged_into_id = ?, "
                                     "updated_at = ?, stage = 'closed', "
                                     "closed_date = ?, closed_reason = ?, closed_from_stage = ?, "
                                     "row_version = row_version + 1 WHERE id = ?"));
            if (StoreError error = RowVersion::bindStamp(m_db, query))
                return error;
            query.bind(keptId, SqlValues::now());
            if (!wasClosed) {
                query.bind(today, QStringLiteral("Merged into %1").arg(kept.reference),
                           caseStageToString(merged.stage));
            }
            query.bind(mergedId);
            if (StoreError error = query.exec(QStringLiteral("Could not close the merged case")))
                return error;
            query.prepare(QStringLiteral("UPDATE cases SET changed_by = ?, changed_at = ?, updated_at = ?, "
                                         "row_version = row_version + 1 WHERE id = ?"));
            if (StoreError error = RowVersion::bindStamp(m_db, query))
                return error;
            query.bind(SqlValues::now(), keptId);
            if (StoreError error = query.exec(QStringLiteral("Could not update the kept case")))
                return error;

            const QString counts =
                QStringLiteral(
                    "Moved: %1 timeline entries, %2 invitees (%6 of the family invited on both "
                    "kept once), %3 meetings. Certificates left with %4 (where they were issued): %5.")
                    .arg(moved.activities)
                    .arg(moved.invitees)
                    .arg(moved.meetings)
                    .arg(merged.reference)
                    .arg(moved.certificatesKept)
                    .arg(moved.familyInviteesJoined);
            const QString body = QStringLiteral("Reason: %1\n%2").arg(reason.trimmed(), counts);
            if (StoreError error = addEntry(
                    m_db, keptId, QStringLiteral("Case %1 merged into this one").arg(merged.reference), body,
                    authorId))
                return error;
            if (StoreError error =
                    addEntry(m_db, mergedId, QStringLiteral("Merged into %1 and closed").arg(kept.reference),
                             body, authorId))
                return error;
            CaseRepository cases(m_db, m_calendar);
            for (qint64 id : {keptId, mergedId}) {
                if (StoreError error = CaseSearchIndex(m_db).refresh(id))
                    return error;
                if (StoreError error = cases.refreshNextDeadline(id))
                    return error;
            }
            return {};
        }))
        return failed;
    if (result)
        *result = moved;
    return {};
}
