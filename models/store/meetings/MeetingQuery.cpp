#include "store/meetings/MeetingQuery.h"

#include "store/access/AccessGuard.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StoreQuery.h"

#include <QSqlQuery>

namespace {
const QString kColumns = QStringLiteral(
    "m.id, m.case_id, c.reference, m.kind, m.starts_at, m.ends_at, m.mode, m.platform, m.link, m.venue_id, "
    "v.name, v.address, v.postcode, v.accessibility_notes, m.status, m.reasonable_adjustments, "
    "m.interpreter_language, m.uid, m.sequence, m.notice_sent, m.shorter_notice_agreed, m.row_version "
    "FROM meetings m JOIN cases c ON c.id = m.case_id LEFT JOIN venues v ON v.id = m.venue_id");

QDateTime instant(const QVariant& value)
{
    QDateTime time = value.toDateTime();
    return time.isValid() ? time.toUTC() : time;
}

// Instants are bound as UTC; on SQLite that is one ISO text form, so range
// comparisons in SQL hold.
QVariant bindInstant(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toUTC()) : QVariant(QMetaType::fromType<QDateTime>());
}

Meeting meetingFrom(const QSqlQuery& query)
{
    Meeting m;
    m.id = query.value(0).toLongLong();
    m.caseId = query.value(1).toLongLong();
    m.caseReference = query.value(2).toString();
    m.kind = meetingKindFromString(query.value(3).toString()).value_or(MeetingKind::Mediation);
    m.start = instant(query.value(4));
    m.end = instant(query.value(5));
    m.mode = meetingModeFromString(query.value(6).toString()).value_or(MeetingMode::Online);
    m.platform = query.value(7).toString();
    m.link = query.value(8).toString();
    m.venueId = SqlValues::optionalId(query.value(9));
    if (m.venueId) {
        m.venue.id = *m.venueId;
        m.venue.name = query.value(10).toString();
        m.venue.address = query.value(11).toString();
        m.venue.postcode = query.value(12).toString();
        m.venue.accessibilityNotes = query.value(13).toString();
    }
    m.status = meetingStatusFromString(query.value(14).toString()).value_or(MeetingStatus::Scheduled);
    m.reasonableAdjustments = query.value(15).toString();
    m.interpreterLanguage = query.value(16).toString();
    m.uid = query.value(17).toString();
    m.sequence = query.value(18).toInt();
    m.noticeSent = query.value(19).toDate();
    m.shorterNoticeAgreed = query.value(20).toInt() != 0;
    m.rowVersion = query.value(21).toLongLong();
    return m;
}

} // namespace

MeetingQuery::MeetingQuery(QSqlDatabase db) : m_db(std::move(db)) {}

StoreError MeetingQuery::find(qint64 id, Meeting* meeting) const
{
    if (StoreError error = AccessGuard(m_db).requireVisibleCaseOf("meetings", id))
        return error;
    QList<Meeting> found;
    if (StoreError error = loadMeetings(QStringLiteral("m.id = ?"), {id}, &found))
        return error;
    if (found.isEmpty())
        return StoreError(StoreError::Kind::NotFound, QStringLiteral("There is no meeting %1.").arg(id));
    *meeting = found.first();
    return {};
}

StoreError MeetingQuery::listForCase(qint64 caseId, QList<Meeting>* meetings) const
{
    return loadMeetings(QStringLiteral("m.case_id = ?"), {caseId}, meetings);
}

StoreError MeetingQuery::list(const Filter& filter, QList<Meeting>* meetings) const
{
    QStringList where;
    QVariantList binds;
    if (filter.to.isValid()) {
        where << QStringLiteral("m.starts_at < ?");
        binds << bindInstant(filter.to);
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("m.ends_at > ?");
        binds << bindInstant(filter.from);
    }
    if (filter.mediatorId) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM meeting_mediators mm WHERE mm.meeting_id = m.id AND "
                                "mm.user_id = ?)");
        binds << *filter.mediatorId;
    }
    if (filter.venueId) {
        where << QStringLiteral("m.venue_id = ?");
        binds << *filter.venueId;
    }
    if (!filter.includeCancelled)
        where << QStringLiteral("m.status <> 'cancelled'");
    // A mediator's calendar holds the meetings of the cases assigned to them.
    QString scope;
    if (StoreError error = AccessGuard(m_db).assignedCondition(QStringLiteral("c"), &scope, &binds))
        return error;
    if (!scope.isEmpty())
        where << scope;
    return loadMeetings(where.isEmpty() ? QStringLiteral("1 = 1") : where.join(QStringLiteral(" AND ")),
                        binds, meetings);
}

StoreError MeetingQuery::loadMeetings(const QString& where, const QVariantList& binds,
                                      QList<Meeting>* meetings) const
{
    meetings->clear();
    StoreQuery query(m_db);
    // `where` is built from fixed fragments in this file; values are bound.
    query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE ") + where +
                  QStringLiteral(" ORDER BY m.starts_at, m.id"));
    query.bindList(binds);
    if (StoreError error = query.exec(QStringLiteral("Could not read the meetings")))
        return error;
    while (query.next())
        meetings->append(meetingFrom(query.row()));
    for (Meeting& meeting : *meetings) {
        if (StoreError error = loadPeople(&meeting))
            return error;
    }
    return {};
}

StoreError MeetingQuery::loadPeople(Meeting* meeting) const
{
    meeting->mediators.clear();
    meeting->invitees.clear();
    StoreQuery mediators(
        m_db, QStringLiteral("SELECT u.id, u.display_name FROM meeting_mediators mm JOIN users u ON "
                             "u.id = mm.user_id WHERE mm.meeting_id = ? ORDER BY u.display_name, u.id"));
    mediators.bind(meeting->id);
    if (StoreError error = mediators.exec(QStringLiteral("Could not read the meeting's mediators")))
        return error;
    while (mediators.next())
        meeting->mediators.append({mediators.value(0).toLongLong(), mediators.value(1).toString()});
    StoreQuery invitees(
        m_db, QStringLiteral("SELECT i.id, i.display_name, COALESCE(i.email, c.email), mi.attendance "
                             "FROM meeting_invitees mi JOIN invitees i ON i.id = mi.invitee_id "
                             "LEFT JOIN contacts c ON c.id = i.contact_id WHERE mi.meeting_id = ? "
                             "ORDER BY i.id"));
    invitees.bind(meeting->id);
    if (StoreError error = invitees.exec(QStringLiteral("Could not read the meeting's invitees")))
        return error;
    while (invitees.next()) {
        MeetingInvitee invitee;
        invitee.inviteeId = invitees.value(0).toLongLong();
        invitee.name = invitees.value(1).toString();
        invitee.email = invitees.value(2).toString();
        invitee.attendance =
            attendanceFromString(invitees.value(3).toString()).value_or(Attendance::Expected);
        meeting->invitees.append(invitee);
    }
    return {};
}

StoreError MeetingQuery::history(qint64 meetingId, QList<MeetingChange>* changes) const
{
    changes->clear();
    StoreQuery query(
        m_db,
        QStringLiteral("SELECT ch.kind, ch.old_starts_at, ch.old_ends_at, ch.new_starts_at, "
                       "ch.new_ends_at, ch.reason, u.display_name, ch.changed_at FROM meeting_changes ch "
                       "LEFT JOIN users u ON u.id = ch.author_id WHERE ch.meeting_id = ? ORDER BY ch.id"));
    query.bind(meetingId);
    if (StoreError error = query.exec(QStringLiteral("Could not read the meeting's history")))
        return error;
    while (query.next()) {
        MeetingChange change;
        change.kind = query.value(0).toString() == QLatin1String("cancelled")
                          ? MeetingChange::Kind::Cancelled
                          : MeetingChange::Kind::Rescheduled;
        change.oldStart = instant(query.value(1));
        change.oldEnd = instant(query.value(2));
        change.newStart = instant(query.value(3));
        change.newEnd = instant(query.value(4));
        change.reason = query.value(5).toString();
        change.authorName = query.value(6).toString();
        change.changedAt = instant(query.value(7));
        changes->append(change);
    }
    return {};
}

StoreError MeetingQuery::record(qint64 meetingId, MeetingRecord* record) const
{
    *record = MeetingRecord{};
    StoreQuery query(m_db, QStringLiteral("SELECT outcome, held_date, issues_covered, notes_agreed, notes, "
                                          "agreed_period_days, council_not_party, row_version "
                                          "FROM meetings WHERE id = ?"));
    query.bind(meetingId);
    if (StoreError error = query.execOne(QStringLiteral("Could not read the meeting's outcome"),
                                         QStringLiteral("There is no meeting %1.").arg(meetingId)))
        return error;
    record->outcome = meetingOutcomeFromString(query.value(0).toString());
    record->heldDate = query.value(1).toDate();
    record->issuesCovered = query.value(2).toString();
    record->notesAgreed = query.value(3).toInt() != 0;
    record->notes = query.value(4).toString();
    if (!query.value(5).isNull())
        record->agreedPeriodDays = query.value(5).toInt();
    record->councilNotParty = query.value(6).toInt() != 0;
    record->rowVersion = query.value(7).toLongLong();
    query.finish();
    StoreQuery actions(m_db,
                       QStringLiteral("SELECT what, who, party, due_date, kind FROM meeting_actions WHERE "
                                      "meeting_id = ? ORDER BY position, "
                                      "id"));
    actions.bind(meetingId);
    if (StoreError error = actions.exec(QStringLiteral("Could not read the action plan")))
        return error;
    while (actions.next()) {
        MeetingAction action;
        action.what = actions.value(0).toString();
        action.who = actions.value(1).toString();
        action.party = actionPartyFromString(actions.value(2).toString()).value_or(ActionParty::Other);
        action.due = actions.value(3).toDate();
        action.kind = agreedActionKindFromString(actions.value(4).toString());
        record->actions.append(action);
    }
    return {};
}

StoreError MeetingQuery::copies(qint64 meetingId, QList<MeetingCopy>* copies) const
{
    copies->clear();
    StoreQuery query(
        m_db, QStringLiteral("SELECT id, recipient, sent_on, method FROM meeting_copies WHERE meeting_id "
                             "= ? ORDER BY sent_on, id"));
    query.bind(meetingId);
    if (StoreError error = query.exec(QStringLiteral("Could not read the copies sent")))
        return error;
    while (query.next()) {
        MeetingCopy copy;
        copy.id = query.value(0).toLongLong();
        copy.recipient = query.value(1).toString();
        copy.sentOn = query.value(2).toDate();
        copy.method = copyMethodFromString(query.value(3).toString()).value_or(CopyMethod::Email);
        copies->append(copy);
    }
    return {};
}
