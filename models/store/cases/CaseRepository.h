#pragma once

#include "domain/Activity.h"
#include "domain/CaseDetails.h"
#include "rules/BankHolidayCalendar.h"
#include "rules/StageMachine.h"
#include "store/infrastructure/StoreError.h"

#include <QHash>
#include <QSqlDatabase>
#include <optional>

// Cases: a referral becomes a case, a case moves through its stages, and its
// next deadline (from the rules engine) is kept for the case list to sort on.
// Every change is one write transaction with its timeline entry.
class CaseRepository
{
public:
    // The calendar is the office's (BankHolidayRepository::load).
    // The id of the case with this reference (any case, spaces ignored);
    // Kind::NotFound naming it when there is none.
    static StoreError idForReference(QSqlDatabase db, const QString& reference, qint64* caseId);

    CaseRepository(QSqlDatabase db, BankHolidayCalendar calendar);

    // Checks the referral with ReferralValidator first: a referral with errors
    // is refused (StoreError::Kind::Invalid) and nothing is saved.
    StoreError createReferral(const Referral& referral, const QDate& today, std::optional<qint64> authorId,
                              qint64* caseId, QString* reference = nullptr);
    // createReferral without its checks (TakeReferrals, ReferralValidator),
    // its next deadline and its commit: the case, its people, school, plan
    // sections, family invitee, timeline entry and search entry, into the
    // caller's open WriteTransaction. For a caller that made those checks
    // itself and refreshes the next deadline once everything else is set
    // (CaseImport: thousands of rows in one transaction). createReferral is
    // this with the checks around it, so the two cannot drift.
    // With `schools` (from schoolIndex, kept up to date by the calls), the
    // school is looked up in it instead of the database: an import of
    // thousands of rows reads the directory once.
    StoreError insertReferralInTransaction(const Referral& referral, std::optional<qint64> authorId,
                                           qint64* caseId, QString* reference,
                                           QHash<QString, qint64>* schools = nullptr);
    // The directory's schools, early years settings and colleges by
    // schoolKey(name), the lowest id for a name given twice: what the
    // referral's look-up finds (its name, any case, spaces around ignored).
    static StoreError schoolIndex(QSqlDatabase db, QHash<QString, qint64>* schools);
    static QString schoolKey(const QString& name);
    // Forbidden (AccessGuard) when the case is not the signed-in user's to see.
    StoreError load(qint64 caseId, CaseDetails* details) const;
    // Refused with the rule's reason when StageMachine forbids the move, or
    // when the invitee list does not allow it (InviteeRules::stepForMove):
    // every error of InviteeRules::check, one a line.
    StoreError moveStage(qint64 caseId, const StageChange& change, const QDate& today,
                         std::optional<qint64> authorId);
    // Puts an entry on the timeline that records the mediation information
    // given to the family (a call, email, letter or note), and moves a
    // mediation case still at enquiry to "information given" on the entry's
    // date, in one transaction (MediationRequestRule; rules reference section
    // 3). A case already past enquiry only gets the entry. Sets activity->id.
    StoreError recordInformationGiven(Activity* activity, const QDate& today);
    // The family said on `requested` that they want mediation: the case moves
    // to "mediation requested" dated that day (from an enquiry through
    // "information given", the same day), with `note` on the timeline, in one
    // transaction. Refused (Invalid, with what to do) on a case that is not
    // waiting for the family's decision, or for a date before the enquiry or
    // in the future (MediationRequestRule).
    // `start` holds what starts the statutory 30 days (rules reference
    // section 3): the day the council was told (empty: `requested`) and, for
    // health-only mediation arranged by the ICB, the day the council told it
    // the issues; refused (Invalid) as MediationRequestRule::thirtyDayStartProblem says.
    StoreError recordMediationRequested(qint64 caseId, const QDate& requested, const QString& note,
                                        const QDate& today, std::optional<qint64> authorId,
                                        const ThirtyDayStart& start = {});
    // Corrects what starts the statutory 30 days on a case that has asked for
    // mediation (needs a reason; on the timeline and in the audit trail), and
    // recomputes its next deadline. Refused (Invalid) before the family asked
    // for mediation, without a reason, or as thirtyDayStartProblem says.
    StoreError correctThirtyDayStart(qint64 caseId, const ThirtyDayStart& start, const QString& reason,
                                     const QDate& today, std::optional<qint64> authorId);
    // The adviser recorded on `recorded` that the family, given the mediation
    // information, did not pursue mediation (reg 34; rules reference section
    // 3): the case moves to "not pursuing mediation" dated that day, with
    // `note` on the timeline, in one transaction, and Part 1 is due within 3
    // working days of it in the cases' next deadline (what the case list, the
    // dashboard, the Certificates screen and `certificates due` read).
    // Refused (Invalid, with what to do) on a case not at "information given"
    // and for a date before the enquiry or the information, or in the future
    // (MediationRequestRule).
    StoreError recordNotPursued(qint64 caseId, const QDate& recorded, const QString& note, const QDate& today,
                                std::optional<qint64> authorId);
    // Takes the case back to `to` when what moved it on is undone (its only
    // meeting cancelled: MeetingStageRules decides), keeping every date it has,
    // with `why` on the timeline. No stage machine check: the rules asked.
    StoreError stepBack(qint64 caseId, CaseStage to, const QString& why, std::optional<qint64> authorId);
    // Recomputes the case's next deadline (what the case list, the dashboard
    // and the certificates due read) after anything it depends on changed:
    // a stage, a date, a certificate issued or voided.
    StoreError refreshNextDeadline(qint64 caseId);
    // Reopens a closed case (needs a reason): back to the stage it closed
    // from, without a closed date, so it leaves the retention list. Refused
    // (Invalid) for a case anonymised after its retention period.
    StoreError reopen(qint64 caseId, const QString& reason, std::optional<qint64> authorId);
    // Sets (or, with none, clears) the case's mediator, on the timeline. The
    // independence check (ConflictOfInterestRepository) is the caller's to show.
    StoreError assignMediator(qint64 caseId, std::optional<qint64> mediatorId,
                              std::optional<qint64> authorId);
    // Saves edits to the parts of a case that may change after intake: names,
    // contact details, school, adjustments, interpreter, caseworker, the
    // disagreement's subject and parties. Refused (Kind::Conflict) when
    // another desk saved the case since `details.rowVersion` was read.
    StoreError saveDetails(const CaseDetails& details, std::optional<qint64> authorId);
    // Recomputes every open case's next deadline (after a new calendar).
    StoreError refreshAllNextDeadlines();

private:
    // load() without the access check, for work already checked.
    StoreError read(qint64 caseId, CaseDetails* details) const;
    QSqlDatabase m_db;
    BankHolidayCalendar m_calendar;
};
