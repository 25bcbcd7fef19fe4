#include "store/cases/CaseMergeRepository.h"

#include "domain/CaseStage.h"
#include "domain/Route.h"
#include "store/access/AccessGuard.h"
#include "store/cases/ActivityRepository.h"
#include "store/cases/CaseRepository.h"
#include "store/cases/CaseSearchIndex.h"
#include "store/infrastructure/SqlValues.h"
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
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT c.reference, c.route, c.stage, c.anonymised_at, m.reference FROM cases c "
                       "LEFT JOIN cases m ON m.id = c.merged_into_id WHERE c.id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not read the case"));
    if (!query.next())
        return StoreError(StoreError::Kind::NotFound, QStringLiteral("There is no case %1.").arg(id));
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
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE %1 SET case_id = ? WHERE case_id = ?").arg(QLatin1String(table)));
    query.addBindValue(keptId);
    query.addBindValue(mergedId);
    if (!query.exec())
        return StoreError::fromSql(query.lastError(),
                                   QStringLiteral("Could not move the %1").arg(QLatin1String(table)));
    *moved = query.numRowsAffected();
    return {};
}

StoreError addEntry(QSqlDatabase db, qint64 caseId, const QString& summary, const QString& body,
                    std::optional<qint64> authorId)
{
    Activity activity;
    activity.caseId = caseId;
    activity.occurredAt = QDateTime::currentDateTimeUtc();
    activity.kind = ActivityKind::Note;
    activity.authorId = authorId;
    activity.summary = summary;
    activity.body = body;
    return ActivityRepository(db).add(&activity);
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
        return StoreError(
            StoreError::Kind::Invalid,
            QStringLiteral("Say why the cases are merged: the reason is kept on both timelines."));
    if (keptId == mergedId)
        return StoreError(StoreError::Kind::Invalid, QStringLiteral("A case cannot be merged into itself."));
    WriteTransaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    MergeSide kept;
    MergeSide merged;
    if (StoreError error = readSide(m_db, keptId, &kept))
        return error;
    if (StoreError error = readSide(m_db, mergedId, &merged))
        return error;
    if (!merged.mergedInto.isEmpty())
        return StoreError(
            StoreError::Kind::Invalid,
            QStringLiteral("%1 was already merged into %2.").arg(merged.reference, merged.mergedInto));
    if (!kept.mergedInto.isEmpty())
        return StoreError(StoreError::Kind::Invalid,
                          QStringLiteral("%1 was merged into %2: keep that case instead.")
                              .arg(kept.reference, kept.mergedInto));
    if (kept.anonymised || merged.anonymised)
        return StoreError(StoreError::Kind::Invalid,
                          QStringLiteral("An anonymised case cannot be merged: its details are gone."));
    if (kept.route != merged.route)
        return StoreError(StoreError::Kind::Invalid,
                          QStringLiteral("%1 and %2 are on different routes, so they are not the same "
                                         "disagreement entered twice; close the one not needed instead.")
                              .arg(kept.reference, merged.reference));

    CaseMergeResult moved;
    if (StoreError error = moveRows(m_db, "activities", keptId, mergedId, &moved.activities))
        return error;
    if (StoreError error = moveRows(m_db, "invitees", keptId, mergedId, &moved.invitees))
        return error;
    if (StoreError error = moveRows(m_db, "meetings", keptId, mergedId, &moved.meetings))
        return error;
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT COUNT(*) FROM certificates WHERE case_id = ? AND status <> 'draft'"));
    query.addBindValue(mergedId);
    if (!query.exec() || !query.next())
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not read the certificates"));
    moved.certificatesKept = query.value(0).toInt();

    // The merged-away case closes (unless it was closed already) and points at the kept one.
    const bool wasClosed = merged.stage == CaseStage::Closed;
    query.prepare(
        wasClosed ? QStringLiteral("UPDATE cases SET merged_into_id = ?, updated_at = ?, "
                                   "row_version = row_version + 1 WHERE id = ?")
                  : QStringLiteral("UPDATE cases SET merged_into_id = ?, updated_at = ?, stage = 'closed', "
                                   "closed_date = ?, closed_reason = ?, closed_from_stage = ?, "
                                   "row_version = row_version + 1 WHERE id = ?"));
    query.addBindValue(keptId);
    query.addBindValue(SqlValues::now());
    if (!wasClosed) {
        query.addBindValue(today);
        query.addBindValue(QStringLiteral("Merged into %1").arg(kept.reference));
        query.addBindValue(caseStageToString(merged.stage));
    }
    query.addBindValue(mergedId);
    if (!query.exec())
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not close the merged case"));
    query.prepare(
        QStringLiteral("UPDATE cases SET updated_at = ?, row_version = row_version + 1 WHERE id = ?"));
    query.addBindValue(SqlValues::now());
    query.addBindValue(keptId);
    if (!query.exec())
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not update the kept case"));

    const QString counts =
        QStringLiteral("Moved: %1 timeline entries, %2 invitees, %3 meetings. Certificates "
                       "left with %4 (where they were issued): %5.")
            .arg(moved.activities)
            .arg(moved.invitees)
            .arg(moved.meetings)
            .arg(merged.reference)
            .arg(moved.certificatesKept);
    const QString body = QStringLiteral("Reason: %1\n%2").arg(reason.trimmed(), counts);
    if (StoreError error =
            addEntry(m_db, keptId, QStringLiteral("Case %1 merged into this one").arg(merged.reference), body,
                     authorId))
        return error;
    if (StoreError error = addEntry(
            m_db, mergedId, QStringLiteral("Merged into %1 and closed").arg(kept.reference), body, authorId))
        return error;
    CaseRepository cases(m_db, m_calendar);
    for (qint64 id : {keptId, mergedId}) {
        if (StoreError error = CaseSearchIndex(m_db).refresh(id))
            return error;
        if (StoreError error = cases.refreshNextDeadline(id))
            return error;
    }
    if (StoreError error = transaction.commit())
        return error;
    if (result)
        *result = moved;
    return {};
}
