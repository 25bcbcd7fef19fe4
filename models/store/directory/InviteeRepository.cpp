#include "store/directory/InviteeRepository.h"

#include "domain/Meeting.h"
#include "rules/ContactDetailsRules.h"
#include "store/access/AccessGuard.h"
#include "store/directory/ContactRepository.h"
#include "store/infrastructure/RowVersion.h"
#include "store/infrastructure/SqlColumns.h"
#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StoreQuery.h"
#include "store/infrastructure/WriteTransaction.h"

#include <QSqlQuery>

namespace {
const QString kColumns = QStringLiteral(
    "i.id, i.case_id, i.contact_id, i.person_id, i.display_name, COALESCE(i.organisation, o.name), "
    "COALESCE(i.email, c.email), COALESCE(i.phone_e164, c.phone_e164, c.phone), i.role, i.status, i.willing, "
    "i.parent_consent_date, i.mediator_consent_date, i.consent_date, i.notes, i.attendance_basis, "
    "i.row_version "
    "FROM invitees i LEFT JOIN contacts c ON c.id = i.contact_id "
    "LEFT JOIN organisations o ON o.id = c.organisation_id");

Invitee inviteeFrom(const QSqlQuery& query)
{
    Invitee invitee;
    invitee.id = query.value(0).toLongLong();
    invitee.caseId = query.value(1).toLongLong();
    invitee.contactId = SqlValues::optionalId(query.value(2));
    invitee.personId = SqlValues::optionalId(query.value(3));
    invitee.displayName = query.value(4).toString();
    invitee.organisation = query.value(5).toString();
    invitee.email = query.value(6).toString();
    invitee.phone = query.value(7).toString();
    invitee.role = inviteeRoleFromString(query.value(8).toString()).value_or(InviteeRole::ParentCarer);
    invitee.status = inviteeStatusFromString(query.value(9).toString()).value_or(InviteeStatus::ToInvite);
    if (!query.value(10).isNull())
        invitee.willing = query.value(10).toInt() != 0;
    invitee.parentConsentDate = query.value(11).toDate();
    invitee.mediatorConsentDate = query.value(12).toDate();
    invitee.allPartiesConsentDate = query.value(13).toDate();
    invitee.notes = query.value(14).toString();
    invitee.basis = attendanceBasisFromString(query.value(15).toString());
    invitee.rowVersion = query.value(16).toLongLong();
    return invitee;
}

// What is wrong with an invitee's own details; empty when fine.
QString inviteeProblem(const Invitee& invitee)
{
    if (invitee.displayName.trimmed().isEmpty())
        return QStringLiteral("Give the invitee's name.");
    if (!invitee.email.trimmed().isEmpty() && invitee.contactId == std::nullopt) {
        if (const QString problem = ContactDetailsRules::emailProblem(invitee.email); !problem.isEmpty())
            return problem;
    }
    if (!invitee.phone.trimmed().isEmpty() && invitee.contactId == std::nullopt) {
        if (const auto phone = ContactDetailsRules::checkPhone(invitee.phone); !phone.isValid())
            return phone.problem;
    }
    return {};
}

// display_name, organisation, email, phone_e164, role, status, willing,
// parent_consent_date, mediator_consent_date, consent_date, notes,
// attendance_basis. A directory
// contact's details stay in the directory.
void bindInvitee(StoreQuery& query, const Invitee& invitee)
{
    const bool adHoc = !invitee.contactId;
    query.bind(invitee.displayName.trimmed(), SqlValues::text(adHoc ? invitee.organisation : QString()),
               SqlValues::text(adHoc ? ContactDetailsRules::normaliseEmail(invitee.email) : QString()),
               SqlValues::text(adHoc && !invitee.phone.trimmed().isEmpty()
                                   ? ContactDetailsRules::checkPhone(invitee.phone).e164
                                   : QString()),
               inviteeRoleToString(invitee.role), inviteeStatusToString(invitee.status),
               invitee.willing ? QVariant(*invitee.willing ? 1 : 0) : QVariant(QMetaType::fromType<int>()),
               SqlValues::date(invitee.parentConsentDate), SqlValues::date(invitee.mediatorConsentDate),
               SqlValues::date(invitee.allPartiesConsentDate), SqlValues::text(invitee.notes),
               invitee.basis ? QVariant(attendanceBasisToString(*invitee.basis))
                             : QVariant(QMetaType::fromType<QString>()));
}
} // namespace

InviteeRepository::InviteeRepository(QSqlDatabase db) : m_db(std::move(db)) {}

StoreError InviteeRepository::listForCase(qint64 caseId, QList<Invitee>* invitees) const
{
    invitees->clear();
    StoreQuery query(m_db, QStringLiteral("SELECT ") + kColumns +
                               QStringLiteral(" WHERE i.case_id = ? ORDER BY i.id"));
    query.bind(caseId);
    return query.readAll(QStringLiteral("Could not read the invitees"), invitees, inviteeFrom);
}

StoreError InviteeRepository::find(qint64 id, Invitee* invitee) const
{
    if (StoreError error = AccessGuard(m_db).requireVisibleCaseOf("invitees", id))
        return error;
    StoreQuery query(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE i.id = ?"));
    query.bind(id);
    return query.readOne(QStringLiteral("Could not read the invitee"),
                         QStringLiteral("There is no invitee %1.").arg(id), invitee, inviteeFrom);
}

StoreError InviteeRepository::addFromContact(qint64 caseId, qint64 contactId, std::optional<InviteeRole> role,
                                             qint64* inviteeId)
{
    if (StoreError error = AccessGuard(m_db).require(Action::ManageInvitees))
        return error;
    Contact contact;
    if (StoreError error = ContactRepository(m_db).find(contactId, &contact))
        return error;
    const std::optional<InviteeRole> chosen = role ? role : InviteeRules::usualRole(contact);
    if (!chosen)
        return StoreError::invalid(
            QStringLiteral("The directory gives %1 no usual role: choose the role they will take "
                           "at the meeting.")
                .arg(contact.fullName()));
    Invitee invitee;
    invitee.caseId = caseId;
    invitee.contactId = contactId;
    invitee.displayName = contact.fullName();
    invitee.role = *chosen;
    if (StoreError error = add(&invitee))
        return error;
    *inviteeId = invitee.id;
    return {};
}

StoreError InviteeRepository::inviteFamily(qint64 caseId, bool* added)
{
    if (added)
        *added = false;
    // Most cases are done: a read first, so that opening the tab takes no write lock.
    StoreQuery query(m_db, QStringLiteral("SELECT family_invited FROM cases WHERE id = ?"));
    query.bind(caseId);
    if (StoreError error = query.execOne(QStringLiteral("Could not read the case"),
                                         QStringLiteral("There is no case %1.").arg(caseId)))
        return error;
    if (query.value(0).toInt() != 0)
        return {};
    query.finish();
    return AccessGuard(m_db).writeCase(Action::ManageInvitees, caseId,
                                       [&] { return inviteFamilyInTransaction(m_db, caseId, added); });
}

StoreError InviteeRepository::inviteFamilyInTransaction(QSqlDatabase db, qint64 caseId, bool* added)
{
    if (added)
        *added = false;
    StoreQuery query(
        db,
        QStringLiteral("SELECT c.family_invited, c.closed_date, c.anonymised_at, c.referrer_kind, "
                       "c.child_id, c.parent_id, "
                       "ch.given_name, ch.family_name, pa.given_name, pa.family_name FROM cases c "
                       "JOIN people ch ON ch.id = c.child_id LEFT JOIN people pa ON pa.id = c.parent_id "
                       "WHERE c.id = ?"),
        StoreQuery::cached);
    query.bind(caseId);
    if (StoreError error = query.execOne(QStringLiteral("Could not read the case"),
                                         QStringLiteral("There is no case %1.").arg(caseId)))
        return error;
    if (query.value(0).toInt() != 0 || !query.value(1).isNull() || !query.value(2).isNull()) {
        query.finish();
        return {};
    }
    const auto fullName = [](const QVariant& given, const QVariant& family) {
        return (given.toString().trimmed() + QLatin1Char(' ') + family.toString().trimmed()).trimmed();
    };
    const QString parentName = fullName(query.value(8), query.value(9));
    const std::optional<InviteeRole> role = InviteeRules::familyInviteeRole(
        referrerKindFromString(query.value(3).toString()).value_or(ReferrerKind::Parent),
        !query.value(5).isNull() && !parentName.isEmpty());
    const bool youngPerson = role == InviteeRole::YoungPerson;
    const qint64 personId = youngPerson ? query.value(4).toLongLong() : query.value(5).toLongLong();
    const QString name = youngPerson ? fullName(query.value(6), query.value(7)) : parentName;
    query.finish();

    if (role && !name.isEmpty()) {
        // Already there (added by hand before this version): nothing to add.
        StoreQuery count(
            db,
            QStringLiteral("SELECT COUNT(*) FROM invitees WHERE case_id = ? AND (person_id = ? OR role = ?)"),
            StoreQuery::cached);
        count.bind(caseId, personId, inviteeRoleToString(*role));
        if (StoreError error = count.execOne(QStringLiteral("Could not read the invitees")))
            return error;
        const bool listed = count.value(0).toLongLong() > 0;
        count.finish();
        if (!listed) {
            const SqlDialect& dialect = SqlDialect::forDriver(db.driverName());
            StoreQuery insert(
                db,
                QStringLiteral("INSERT INTO invitees (case_id, person_id, display_name, role, status, "
                               "attendance_basis, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)") +
                    dialect.returningIdClause(),
                StoreQuery::cached);
            insert.bind(caseId, personId, name, inviteeRoleToString(*role),
                        inviteeStatusToString(InviteeStatus::ToInvite),
                        attendanceBasisToString(AttendanceBasis::Party)); // reg 38: a party
            insert.bind(SqlValues::now());
            qint64 id = 0;
            if (StoreError error = insert.execInsert(QStringLiteral("Could not add the invitee"), &id))
                return error;
            if (added)
                *added = true;
        }
    }
    StoreQuery invited(db, QStringLiteral("UPDATE cases SET family_invited = 1 WHERE id = ?"),
                       StoreQuery::cached);
    invited.bind(caseId);
    if (StoreError error = invited.exec(QStringLiteral("Could not save the case")))
        return error;
    return {};
}

StoreError InviteeRepository::add(Invitee* invitee)
{
    if (StoreError error = AccessGuard(m_db).require(Action::ManageInvitees))
        return error;
    if (StoreError error = AccessGuard(m_db).requireVisibleCase(invitee->caseId))
        return error;
    if (const QString problem = inviteeProblem(*invitee); !problem.isEmpty())
        return StoreError::invalid(problem);
    qint64 id = 0;
    if (StoreError failed = WriteTransaction::run(m_db, [&]() -> StoreError {
            // Reg 38: the basis defaults from the role and the list as it stands, and
            // the family has one supporter only (read inside the write transaction).
            InviteeRules::CaseInvitees listed;
            if (StoreError error = caseInvitees(invitee->caseId, &listed))
                return error;
            if (!invitee->basis)
                invitee->basis = InviteeRules::defaultBasis(invitee->role, listed);
            if (const QString problem = InviteeRules::secondSupporterProblem(*invitee, listed);
                !problem.isEmpty())
                return StoreError::invalid(problem);
            const SqlDialect& dialect = SqlDialect::forDriver(m_db.driverName());
            StoreQuery query(
                m_db, QStringLiteral(
                          "INSERT INTO invitees (case_id, contact_id, person_id, display_name, organisation, "
                          "email, phone_e164, role, status, willing, parent_consent_date, "
                          "mediator_consent_date, consent_date, notes, attendance_basis, created_at) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
                          dialect.returningIdClause());
            query.bind(invitee->caseId, SqlValues::id(invitee->contactId), SqlValues::id(invitee->personId));
            bindInvitee(query, *invitee);
            query.bind(SqlValues::now());
            if (StoreError error = query.execInsert(QStringLiteral("Could not add the invitee"), &id))
                return error;
            // Someone invited after a meeting was booked is expected at it: the
            // attendance list of each meeting still to be held names them too.
            StoreQuery meetings(
                m_db, QStringLiteral("INSERT INTO meeting_invitees (meeting_id, invitee_id, attendance) "
                                     "SELECT id, ?, ? FROM meetings WHERE case_id = ? AND status = ?"));
            meetings.bind(id, attendanceToString(Attendance::Expected), invitee->caseId,
                          meetingStatusToString(MeetingStatus::Scheduled));
            return meetings.exec(QStringLiteral("Could not add the invitee to the meetings"));
        }))
        return failed;
    invitee->id = id;
    invitee->rowVersion = 1; // the schema's default for a new row
    return {};
}

StoreError InviteeRepository::update(const Invitee& invitee)
{
    if (StoreError error = AccessGuard(m_db).require(Action::ManageInvitees))
        return error;
    if (StoreError error = AccessGuard(m_db).requireVisibleCaseOf("invitees", invitee.id))
        return error;
    if (const QString problem = inviteeProblem(invitee); !problem.isEmpty())
        return StoreError::invalid(problem);
    return WriteTransaction::run(m_db, [&]() -> StoreError {
        // Reg 38: one supporter only; the case is the stored one, never the caller's.
        qint64 caseId = 0;
        {
            StoreQuery owner(m_db, QStringLiteral("SELECT case_id FROM invitees WHERE id = ?"));
            owner.bind(invitee.id);
            if (StoreError error = owner.execOne(QStringLiteral("Could not read the invitee"),
                                                 QStringLiteral("There is no invitee %1.").arg(invitee.id)))
                return error;
            caseId = owner.value(0).toLongLong();
        }
        InviteeRules::CaseInvitees listed;
        if (StoreError error = caseInvitees(caseId, &listed))
            return error;
        if (const QString problem = InviteeRules::secondSupporterProblem(invitee, listed); !problem.isEmpty())
            return StoreError::invalid(problem);
        return RowVersion::update(
            m_db, {QStringLiteral("invitees"), QStringLiteral("invitee"), invitee.id, invitee.rowVersion},
            QStringLiteral(
                "display_name = ?, organisation = ?, email = ?, phone_e164 = ?, role = ?, status = ?, "
                "willing = ?, parent_consent_date = ?, mediator_consent_date = ?, consent_date = ?, "
                "notes = ?, attendance_basis = ?"),
            [&](StoreQuery& query) { bindInvitee(query, invitee); },
            QStringLiteral("Could not save the invitee"));
    });
}

StoreError InviteeRepository::remove(qint64 id)
{
    if (StoreError error = AccessGuard(m_db).require(Action::ManageInvitees))
        return error;
    if (StoreError error = AccessGuard(m_db).requireVisibleCaseOf("invitees", id))
        return error;
    return StoreQuery::removeRow(m_db, QStringLiteral("invitees"), id,
                                 QStringLiteral("Could not remove the invitee"),
                                 QStringLiteral("There is no invitee %1.").arg(id));
}

StoreError InviteeRepository::addContactNote(InviteeContactNote* note)
{
    if (StoreError error = AccessGuard(m_db).require(Action::ManageInvitees))
        return error;
    if (StoreError error = AccessGuard(m_db).requireVisibleCaseOf("invitees", note->inviteeId))
        return error;
    const QString text = note->note.trimmed();
    if (!note->date.isValid())
        return StoreError::invalid(QStringLiteral("Give the date of the contact."));
    if (text.isEmpty())
        return StoreError::invalid(QStringLiteral("Say in a few words what was said."));
    if (text.size() > InviteeContactNote::kMaxNoteLength)
        return StoreError::invalid(
            QStringLiteral("Keep the note to %1 characters (it has %2); put more in the case timeline.")
                .arg(InviteeContactNote::kMaxNoteLength)
                .arg(text.size()));
    qint64 id = 0;
    if (StoreError failed = WriteTransaction::run(m_db, [&]() -> StoreError {
            const SqlDialect& dialect = SqlDialect::forDriver(m_db.driverName());
            StoreQuery query(
                m_db,
                QStringLiteral(
                    "INSERT INTO invitee_contacts (invitee_id, contacted_on, user_id, note, created_at) "
                    "VALUES (?, ?, ?, ?, ?)") +
                    dialect.returningIdClause());
            query.bind(note->inviteeId, note->date, SqlValues::id(note->userId), text, SqlValues::now());
            return query.execInsert(QStringLiteral("Could not save the contact note"), &id);
        }))
        return failed;
    note->id = id;
    return {};
}

StoreError InviteeRepository::contactNotes(qint64 inviteeId, QList<InviteeContactNote>* notes) const
{
    notes->clear();
    StoreQuery query(
        m_db, QStringLiteral("SELECT n.id, n.invitee_id, n.contacted_on, n.user_id, u.display_name, n.note "
                             "FROM invitee_contacts n LEFT JOIN users u ON u.id = n.user_id "
                             "WHERE n.invitee_id = ? ORDER BY n.contacted_on, n.id"));
    query.bind(inviteeId);
    if (StoreError error = query.exec(QStringLiteral("Could not read the contact notes")))
        return error;
    while (query.next()) {
        using N = InviteeContactNote;
        notes->append(SqlColumns::read<N>(query.row(), &N::id, &N::inviteeId, &N::date, &N::userId,
                                          &N::userName, &N::note));
    }
    return {};
}

StoreError InviteeRepository::caseInvitees(qint64 caseId, InviteeRules::CaseInvitees* input) const
{
    *input = {};
    StoreQuery query(
        m_db, QStringLiteral(
                  "SELECT route, decision_type, decision_notice_date, school_id FROM cases WHERE id = ?"));
    query.bind(caseId);
    if (StoreError error = query.execOne(QStringLiteral("Could not read the case"),
                                         QStringLiteral("There is no case %1.").arg(caseId)))
        return error;
    input->route = routeFromString(query.value(0).toString()).value_or(Route::Mediation);
    input->facts.decisionType = decisionTypeFromString(query.value(1).toString());
    input->facts.decisionNoticeDate = query.value(2).toDate();
    input->schoolNamed = !query.value(3).isNull();
    query.prepare(QStringLiteral("SELECT section FROM case_plan_sections WHERE case_id = ?"));
    query.bind(caseId);
    if (StoreError error = query.exec(QStringLiteral("Could not read the plan sections")))
        return error;
    while (query.next()) {
        if (const auto section = planSectionFromString(query.value(0).toString()))
            input->facts.sections.insert(*section);
    }
    return listForCase(caseId, &input->invitees);
}

StoreError InviteeRepository::nextMeeting(qint64 caseId, std::optional<Meeting>* meeting) const
{
    meeting->reset();
    StoreQuery query(m_db,
                     QStringLiteral("SELECT m.starts_at, m.ends_at, m.mode, m.platform, m.link, v.name, "
                                    "v.address, v.postcode, m.id "
                                    "FROM meetings m LEFT JOIN venues v ON v.id = m.venue_id "
                                    "WHERE m.case_id = ? AND m.status = 'scheduled' AND m.kind IN "
                                    "('mediation', 'disagreement_resolution') "
                                    "ORDER BY m.starts_at LIMIT 1"));
    query.bind(caseId);
    if (StoreError error = query.exec(QStringLiteral("Could not read the meetings")))
        return error;
    if (!query.next())
        return {};
    // Stored as UTC; SQLite hands the text back without a zone.
    const auto utc = [](QDateTime value) {
        if (value.isValid() && value.timeSpec() == Qt::LocalTime)
            value.setTimeSpec(Qt::UTC);
        return value.toUTC();
    };
    Meeting details;
    details.start = utc(query.value(0).toDateTime());
    details.end = utc(query.value(1).toDateTime());
    details.mode = meetingModeFromString(query.value(2).toString()).value_or(MeetingMode::InPerson);
    details.platform = query.value(3).toString();
    details.link = query.value(4).toString();
    details.venue.name = query.value(5).toString();
    details.venue.address = query.value(6).toString();
    details.venue.postcode = query.value(7).toString();
    details.id = query.value(8).toLongLong();
    *meeting = details;
    return {};
}
