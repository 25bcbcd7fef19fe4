#pragma once

#include "domain/Invitee.h"
#include "domain/Meeting.h"
#include "rules/InviteeRules.h"
#include "store/infrastructure/StoreError.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

// A case's invitees: from the directory or ad hoc, their role, status,
// willingness and consents, and the mediator's pre-meeting contact with each.
class InviteeRepository
{
public:
    explicit InviteeRepository(QSqlDatabase db);

    StoreError listForCase(qint64 caseId, QList<Invitee>* invitees) const; // in the order added
    StoreError find(qint64 id, Invitee* invitee) const;
    // From the directory: the name, and the role when none is given (their
    // usual role, InviteeRules::usualRole), come from the contact. Sets *inviteeId.
    StoreError addFromContact(qint64 caseId, qint64 contactId, std::optional<InviteeRole> role,
                              qint64* inviteeId);
    // Puts the parent or young person taken at intake on the list
    // (InviteeRules::familyInviteeRole), once per case: a referral does it as
    // it is taken (CaseRepository::createReferral); a case made before schema
    // 16 when its Invitees tab first opens. Nothing for a case done before
    // (so someone removed stays removed), closed or anonymised, or whose
    // family is on the list already. *added says whether someone was added.
    StoreError inviteFamily(qint64 caseId, bool* added = nullptr);
    // The same inside the caller's write transaction, without the role check
    // (the referral's own check covers it).
    static StoreError inviteFamilyInTransaction(QSqlDatabase db, qint64 caseId, bool* added);
    // Ad hoc (or one of the case's people, with personId). Sets invitee->id.
    StoreError add(Invitee* invitee);
    // Saves name, details, role, status, willingness, consents, notes and the
    // attendance basis. add() and update() refuse a second supporter (reg 38,
    // InviteeRules::secondSupporterProblem); add() without a basis takes
    // InviteeRules::defaultBasis and sets invitee->basis.
    StoreError update(const Invitee& invitee);
    StoreError remove(qint64 id);

    // Sets note->id. The note is short (at most 500 characters) and dated.
    StoreError addContactNote(InviteeContactNote* note);
    StoreError contactNotes(qint64 inviteeId, QList<InviteeContactNote>* notes) const; // oldest first

    // What InviteeRules needs about the case (route, decision, sections,
    // school) with its invitees.
    StoreError caseInvitees(qint64 caseId, InviteeRules::CaseInvitees* input) const;
    // The case's next scheduled mediation or disagreement resolution meeting,
    // for invitation letters (its id, times and place; MeetingQuery reads the
    // rest); *meeting is empty when none is booked.
    StoreError nextMeeting(qint64 caseId, std::optional<Meeting>* meeting) const;

private:
    QSqlDatabase m_db;
};
