#pragma once

// Synthetic cases for tests of the item models and screens: a council, a
// caseworker, and valid referrals made through the real store.

#include "UserSeed.h"
#include "domain/Council.h"
#include "domain/Referral.h"
#include "domain/User.h"
#include "rules/BankHolidayCalendar.h"
#include "store/access/UserRepository.h"
#include "store/cases/CaseRepository.h"
#include "store/directory/InviteeRepository.h"
#include "store/infrastructure/Database.h"
#include "store/infrastructure/SqlDialect.h"
#include "store/settings/CouncilRepository.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <functional>

namespace CaseSeed {

// Opens the database `settings` names, as setup before the program under
// test runs on it, and hands its connection to `seed`; false, with *why,
// when it cannot be opened or `seed` fails.
inline bool seedInto(const ConnectionSettings& settings, QString* why,
                     const std::function<bool(QSqlDatabase)>& seed)
{
    Database database(settings);
    if (StoreError error = database.open()) {
        *why = error.message();
        return false;
    }
    return seed(database.connection());
}

// A council the office already has. Written straight into the table, as
// setup rather than a change under test, so that it does not depend on who
// is signed in (only administrators add councils through the store).
inline qint64 addCouncil(QSqlDatabase db, const QString& name, const QString& code)
{
    const SqlDialect& dialect = SqlDialect::forDriver(db.driverName());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO councils (name, code, created_at) VALUES (?, ?, ?)") +
                  dialect.returningIdClause());
    query.addBindValue(name);
    query.addBindValue(code);
    query.addBindValue(QDateTime::currentDateTimeUtc());
    qint64 id = 0;
    if (!dialect.execInsert(query, &id))
        return 0;
    return id;
}

inline qint64 addUser(QSqlDatabase db, const QString& username, const QString& displayName,
                      UserRole role = User().role)
{
    User user = UserSeed::person(username, displayName, role);
    if (UserRepository(db).add(&user))
        return 0;
    return user.id;
}

// A supervisor: the store lets only a user who may issue certificates be
// named as a certificate's issuer.
inline qint64 addSupervisor(QSqlDatabase db, const QString& username, const QString& displayName)
{
    return addUser(db, username, displayName, UserRole::Supervisor);
}

// A valid mediation referral about a refusal to assess, sent `enquiry` - 7 days.
inline Referral mediationReferral(qint64 councilId, const QString& childGiven, const QString& childFamily,
                                  const QDate& enquiry)
{
    Referral referral;
    referral.referrerKind = ReferrerKind::Parent;
    referral.child.givenName = childGiven;
    referral.child.familyName = childFamily;
    referral.child.dateOfBirth = QDate(2015, 5, 1);
    referral.parent.givenName = QStringLiteral("Jo");
    referral.parent.familyName = childFamily;
    referral.schoolName = QStringLiteral("Hill Top Primary");
    referral.councilId = councilId;
    referral.route = Route::Mediation;
    referral.decisionType = DecisionType::RefusalToAssess;
    referral.decisionNoticeDate = enquiry.addDays(-7);
    referral.enquiryDate = enquiry;
    return referral;
}

// Makes the case; returns its id, 0 on failure (with *error set when given).
inline qint64 addCase(QSqlDatabase db, const Referral& referral, const QDate& today, QString* error = nullptr)
{
    qint64 id = 0;
    const StoreError failure =
        CaseRepository(db, BankHolidayCalendar::shipped()).createReferral(referral, today, std::nullopt, &id);
    if (failure) {
        if (error)
            *error = failure.message();
        return 0;
    }
    return id;
}

// The council's decision-maker, invited to the case: the law wants one at a
// mediation meeting. False when the store refuses.
inline bool inviteDecisionMaker(QSqlDatabase db, qint64 caseId)
{
    Invitee invitee;
    invitee.caseId = caseId;
    invitee.displayName = QStringLiteral("Marta Quayle");
    invitee.role = InviteeRole::CouncilDecisionMaker;
    invitee.status = InviteeStatus::Invited;
    return InviteeRepository(db).add(&invitee).ok();
}

// Moves a mediation case from Enquiry to `target` (NotPursuing, MeetingHeld or
// NoMeetingInTime), each step on `date`; false when the rules refuse a step.
inline bool advanceTo(QSqlDatabase db, qint64 caseId, CaseStage target, const QDate& date, const QDate& today,
                      QString* error = nullptr)
{
    QList<CaseStage> path{CaseStage::InformationGiven};
    if (target == CaseStage::NotPursuing)
        path << CaseStage::NotPursuing;
    else if (target == CaseStage::MeetingHeld)
        path << CaseStage::MediationRequested << CaseStage::MeetingArranged << CaseStage::MeetingHeld;
    else if (target == CaseStage::NoMeetingInTime)
        path << CaseStage::MediationRequested << CaseStage::NoMeetingInTime;
    CaseRepository cases(db, BankHolidayCalendar::shipped());
    for (CaseStage stage : path) {
        if (stage == CaseStage::MeetingHeld) {
            // The law wants the council's decision-maker at a mediation meeting.
            Invitee officer;
            officer.caseId = caseId;
            officer.displayName = QStringLiteral("Pat Council");
            officer.role = InviteeRole::CouncilDecisionMaker;
            officer.status = InviteeStatus::Attended;
            if (StoreError failure = InviteeRepository(db).add(&officer)) {
                if (error)
                    *error = failure.message();
                return false;
            }
        }
        if (StoreError failure = cases.moveStage(caseId, {stage, date, {}}, today, std::nullopt)) {
            if (error)
                *error = failure.message();
            return false;
        }
    }
    return true;
}

} // namespace CaseSeed
