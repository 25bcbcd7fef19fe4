#pragma once

// An office for the store tests of correcting and merging cases (issue 12):
// two councils, a user of each role, cases made through the real store, and
// who acts on the connection. Every name is synthetic.

#include "CaseSeed.h"
#include "PlainSql.h"
#include "store/access/SessionActor.h"

#include <QSqlQuery>

namespace CaseOffice {
inline const QDate kToday(2026, 11, 23);

using PlainSql::scalar;

// The user `id` acts on the connection, as after sign-in (on PostgreSQL the
// login is renamed onto that users row; the one it named before is parked).
inline bool actAs(QSqlDatabase db, qint64 id)
{
    if (db.driverName() != QLatin1String("QPSQL"))
        return SessionActor::set(db, id).ok();
    QSqlQuery query(db);
    if (!query.exec(
            QStringLiteral("UPDATE users SET username = 'parked-' || id WHERE username = session_user")))
        return false;
    query.prepare(QStringLiteral("UPDATE users SET username = session_user WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

using CaseSeed::addUser;

// A case past its retention period, for the tests of what anonymising does:
// on a database nobody signs in to yet (open to whoever holds it), Zoë
// Penhale's enquiry of 1 February 2019 at Westvale, not pursued on 10
// February. 0 after setting `why`.
inline qint64 addCaseNotPursuedIn2019(QSqlDatabase db, QString* why)
{
    const qint64 council =
        CaseSeed::addCouncil(db, QStringLiteral("Westvale District Council"), QStringLiteral("WVD"));
    const QDate enquiry(2019, 2, 1);
    const Referral referral =
        CaseSeed::mediationReferral(council, QStringLiteral("Zoë"), QStringLiteral("Penhale"), enquiry);
    const qint64 caseId = CaseSeed::addCase(db, referral, enquiry, why);
    if (!caseId ||
        !CaseSeed::advanceTo(db, caseId, CaseStage::NotPursuing, QDate(2019, 2, 10), QDate(2019, 2, 10), why))
        return 0;
    return caseId;
}

// Closes that case on 1 March 2019, so that it may be anonymised from 2026.
inline StoreError closeIn2019(QSqlDatabase db, qint64 caseId)
{
    return CaseRepository(db, BankHolidayCalendar::shipped())
        .moveStage(caseId, {CaseStage::Closed, QDate(2019, 3, 1), QStringLiteral("Family moved away")},
                   QDate(2019, 3, 1), std::nullopt);
}

// What a refusal must leave as it was.
struct Snapshot
{
    qint64 rowVersion = 0;
    qint64 activities = 0;
    qint64 audit = 0;

    static Snapshot of(QSqlDatabase db, qint64 caseId)
    {
        Snapshot s;
        s.rowVersion =
            scalar(db, QStringLiteral("SELECT row_version FROM cases WHERE id = ?"), {caseId}).toLongLong();
        s.activities = scalar(db, QStringLiteral("SELECT COUNT(*) FROM activities")).toLongLong();
        s.audit = scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
        return s;
    }
    bool operator==(const Snapshot&) const = default;
};

struct Office
{
    QSqlDatabase db;
    qint64 council = 0;
    qint64 otherCouncil = 0;
    qint64 caseworker = 0;
    qint64 supervisor = 0;
    qint64 mediator = 0;
    qint64 otherMediator = 0;
    qint64 administrator = 0;
    QString why;

    bool build(QSqlDatabase database)
    {
        db = database;
        council =
            CaseSeed::addCouncil(db, QStringLiteral("Northmoor Borough Council"), QStringLiteral("NMB"));
        otherCouncil = CaseSeed::addCouncil(db, QStringLiteral("Southfell Council"), QStringLiteral("SFC"));
        caseworker =
            addUser(db, QStringLiteral("sam.okafor"), QStringLiteral("Sam Okafor"), UserRole::Caseworker);
        supervisor =
            addUser(db, QStringLiteral("grace.ibekwe"), QStringLiteral("Grace Ibekwe"), UserRole::Supervisor);
        mediator = addUser(db, QStringLiteral("jo.mercer"), QStringLiteral("Jo Mercer"), UserRole::Mediator);
        otherMediator =
            addUser(db, QStringLiteral("lee.hart"), QStringLiteral("Lee Hart"), UserRole::Mediator);
        administrator =
            addUser(db, QStringLiteral("priya.venn"), QStringLiteral("Priya Venn"), UserRole::Administrator);
        // The setup is the supervisor's (with an administrator, nobody else may write).
        return council && otherCouncil && caseworker && supervisor && mediator && otherMediator &&
               administrator && actAs(db, supervisor);
    }

    // A mediation case taken on Monday 2 November 2026, moved to `stage` on 16 November.
    qint64 addCase(const QString& family, CaseStage stage = CaseStage::Enquiry)
    {
        Referral referral =
            CaseSeed::mediationReferral(council, QStringLiteral("Zoe"), family, QDate(2026, 11, 2));
        referral.caseworkerId = caseworker;
        const qint64 id = CaseSeed::addCase(db, referral, kToday, &why);
        if (id && stage != CaseStage::Enquiry &&
            !CaseSeed::advanceTo(db, id, stage, QDate(2026, 11, 16), kToday, &why))
            return 0;
        return id;
    }

    CaseDetails load(qint64 id)
    {
        CaseDetails details;
        if (StoreError error = CaseRepository(db, BankHolidayCalendar::shipped()).load(id, &details))
            why = error.message();
        return details;
    }
};
} // namespace CaseOffice
