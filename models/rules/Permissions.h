#pragma once

#include "domain/User.h"

#include <QList>
#include <QString>

// What each role may do: the single table the store and the GUI both ask.
// The README's "Roles" table says the same in words; change both together.
enum class Action
{
    TakeReferrals,     // record a new enquiry or referral
    EditCases,         // change a case's details, stage and timeline
    ManageInvitees,    // who is invited to a meeting, their consents
    ManageMeetings,    // arrange, move and record meetings
    IssueCertificates, // issue a Part 1, 2 or 3 certificate
    VoidCertificates,  // void an issued certificate
    SeeAllCases,       // every case, not only those assigned
    ManageUsers,       // add users, set roles, reset passwords, deactivate
    ManageSettings,    // office settings (screen lock, councils, retention)
    ViewAudit,         // read the audit trail
    AnonymiseCases,    // anonymise closed cases past their retention period
    MergeCases,        // merge a case entered twice into the other
    RemoveDocuments,   // remove a document filed on a case
};

// Which cases a role sees.
enum class CaseScope
{
    All,      // every case
    Assigned, // only cases where the user is the caseworker or the mediator
};

class Permissions
{
public:
    static bool allows(UserRole role, Action action);
    static CaseScope caseScope(UserRole role);
    static QList<Action> allActions();
    static QList<Action> allowedActions(UserRole role);
    // A stable English key (for logs and tests) and a sentence for people.
    static QString actionKey(Action action);
    static QString actionText(Action action);
    // Who may do it, e.g. "Only supervisors can issue certificates."
    static QString refusal(Action action);
};
