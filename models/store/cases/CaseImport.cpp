#include "store/cases/CaseImport.h"

#include "domain/Activity.h"
#include "domain/CaseDetails.h"
#include "domain/OfficeTime.h"
#include "rules/CaseDeadlines.h"
#include "rules/CaseImportRules.h"
#include "store/access/AccessGuard.h"
#include "store/access/AuditRepository.h"
#include "store/access/SessionActor.h"
#include "store/cases/ActivityRepository.h"
#include "store/cases/CaseCorrectionRepository.h"
#include "store/cases/CaseCsv.h"
#include "store/cases/CaseImportReader.h"
#include "store/cases/CaseRepository.h"
#include "store/cases/CaseSearchIndex.h"
#include "store/certificates/CertificateRepository.h"
#include "store/directory/ContactCsv.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StatementCache.h"
#include "store/infrastructure/StoreQuery.h"
#include "store/infrastructure/WriteTransaction.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>

namespace {
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
        if (!columns().contains(column)) {
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
    return CaseImportReader::columns();
}

StoreError CaseImport::keepReference(qint64 caseId, const QString& numbered, const QString& kept)
{
    StoreQuery query(m_db, QStringLiteral("UPDATE cases SET reference = ? WHERE id = ?"), StoreQuery::cached);
    query.bind(kept, caseId);
    if (StoreError error = query.exec(QStringLiteral("Could not keep the reference %1").arg(kept)))
        return error;
    static const QRegularExpression parts(QStringLiteral("^(?:MED|DR)-(\\d{4})-(\\d+)$"));
    const QRegularExpressionMatch match = parts.match(numbered);
    if (!match.hasMatch())
        return {};
    StoreQuery counter(m_db,
                       QStringLiteral("UPDATE counters SET value = value - 1 WHERE name = ? AND value = ?"),
                       StoreQuery::cached);
    counter.bind(QStringLiteral("case-reference-%1").arg(match.captured(1)), match.captured(2).toLongLong());
    if (StoreError error = counter.exec(QStringLiteral("Could not number the cases")))
        return error;
    return {};
}

StoreError CaseImport::check(const QByteArray& data, const QDate& today, CaseImportReport* report) const
{
    QList<CaseImportRow> rows;
    return CaseImportReader(m_db, m_calendar, m_mapping).read(data, today, &rows, report);
}

StoreError CaseImport::run(const QByteArray& data, const QString& fileName, const QDate& today,
                           CaseImportReport* report)
{
    const AccessGuard guard(m_db);
    for (const Action action : requiredActions()) {
        if (StoreError error = guard.require(action))
            return error;
    }
    QList<CaseImportRow> rows;
    if (StoreError error = CaseImportReader(m_db, m_calendar, m_mapping).read(data, today, &rows, report))
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

    if (StoreError failed = WriteTransaction::run(m_db, [&]() -> StoreError {
            // A reference kept from the file is never handed out again: each year's
            // counter moves past the highest number the file gives.
            static const QRegularExpression numbered(QStringLiteral("^(?:MED|DR)-(\\d{4})-(\\d+)$"));
            QHash<QString, qint64> highest;
            for (const CaseImportRow& row : rows) {
                if (row.existing)
                    continue; // its reference is the case's own
                const QRegularExpressionMatch match = numbered.match(row.reference);
                if (match.hasMatch()) {
                    const QString counter = QStringLiteral("case-reference-%1").arg(match.captured(1));
                    highest[counter] = std::max(highest.value(counter), match.captured(2).toLongLong());
                }
            }
            StoreQuery query(m_db);
            for (auto it = highest.cbegin(); it != highest.cend(); ++it) {
                query.prepare(QStringLiteral(
                    "INSERT INTO counters (name, value) VALUES (?, 0) ON CONFLICT (name) DO NOTHING"));
                query.bind(it.key());
                if (StoreError error = query.exec(QStringLiteral("Could not number the cases")))
                    return error;
                query.prepare(QStringLiteral("UPDATE counters SET value = ? WHERE name = ? AND value < ?"));
                query.bind(it.value(), it.key(), it.value());
                if (StoreError error = query.exec(QStringLiteral("Could not number the cases")))
                    return error;
            }

            if (StoreError error = store(rows, author, marked, today, report))
                return error;
            // The import itself in the audit trail, in its transaction.
            const int updated = int(std::count_if(rows.cbegin(), rows.cend(), [](const CaseImportRow& row) {
                return row.existing.has_value();
            }));
            return AuditRepository(m_db).recordCaseImport(QFileInfo(fileName).fileName(), report->sha256,
                                                          int(rows.size()) - updated, updated);
        }))
        return failed;
    return {};
}

StoreError CaseImport::store(const QList<CaseImportRow>& rows, std::optional<qint64> author,
                             const QString& marked, const QDate& today, CaseImportReport* report)
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
    // Who each case is stamped as changed by (schema 28), read once for the file.
    qint64 actorId = 0;
    if (StoreError error = SessionActor::current(m_db, &actorId))
        return error;
    for (int i = 0; i < rows.size(); ++i) {
        const CaseImportRow& row = rows.at(i);
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
            // Checked by CaseImportReader with the New Referral dialog's validator, and
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
        StoreQuery query(
            m_db,
            QStringLiteral(
                "UPDATE cases SET changed_by = ?, changed_at = ?, stage = ?, information_given_date = ?, "
                "mediation_requested_date = ?, "
                "not_pursuing_date = ?, meeting_held_date = ?, no_meeting_date = ?, closed_date = ?, "
                "closed_reason = ?, closed_from_stage = ?, mediator_id = ?, next_deadline = ?, "
                "next_deadline_kind = ?, row_version = row_version + 1 WHERE id = ?"),
            StoreQuery::cached);
        query.bind(SqlValues::id(actorId), SqlValues::now()); // the stamp (RowVersion::bindStamp)
        query.bind(caseStageToString(s.stage), SqlValues::date(s.informationGivenDate),
                   SqlValues::date(s.mediationRequestedDate), SqlValues::date(s.notPursuingDate),
                   SqlValues::date(s.meetingHeldDate), SqlValues::date(s.noMeetingDate),
                   SqlValues::date(s.closedDate),
                   SqlValues::text(s.stage == CaseStage::Closed ? s.closedReason : QString()),
                   s.stage == CaseStage::Closed ? QVariant(caseStageToString(CaseImportRules::closedFrom(s)))
                                                : QVariant(QMetaType::fromType<QString>()),
                   SqlValues::id(row.mediatorId),
                   SqlValues::date(row.nextDeadline ? row.nextDeadline->deadline.date() : QDate()),
                   row.nextDeadline ? QVariant(row.nextDeadline->key())
                                    : QVariant(QMetaType::fromType<QString>()),
                   caseId);
        if (StoreError error = query.exec(QStringLiteral("line %1: could not save the case").arg(row.line)))
            return error;
        // The past, on the timeline, dated as in the file and marked imported
        // (for an update, the events the case did not have).
        struct Event
        {
            QDate date;
            QString what;
            QDate had;
        };
        const ImportedCaseStage had =
            row.existing ? CaseImportReader::stageOf(*row.existing) : ImportedCaseStage();
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
        // CaseImportReader from the same details refreshNextDeadline would read back);
        // an updated one's is worked out again from what is stored now.
        if (row.existing) {
            if (StoreError error = cases.refreshNextDeadline(caseId))
                return error;
        }
        report->cases[i].reference = reference;
    }
    return {};
}
