#pragma once

#include "domain/ConflictOfInterest.h"
#include "rules/InviteeRules.h"
#include "store/infrastructure/StoreError.h"

#include <QList>
#include <QSqlDatabase>

// Recorded links of mediators and advisers to councils, organisations,
// directory contacts and people, and the independence check on a case.
class ConflictOfInterestRepository
{
public:
    explicit ConflictOfInterestRepository(QSqlDatabase db);

    // Exactly one of council, organisation, contact or person. Sets link->id.
    StoreError add(ConflictOfInterest* link);
    StoreError listForUser(qint64 userId, QList<ConflictOfInterest>* links) const;
    StoreError remove(qint64 id);
    // Who and what is on the case: the council, the school, the child and
    // parent, every invitee and its organisation.
    StoreError caseParties(qint64 caseId, InviteeRules::CaseParties* parties) const;
    // Warnings (InviteeRules::checkIndependence) for this mediator on this case.
    StoreError checkIndependence(qint64 caseId, qint64 mediatorId, QList<ValidationProblem>* warnings) const;

private:
    QSqlDatabase m_db;
};
