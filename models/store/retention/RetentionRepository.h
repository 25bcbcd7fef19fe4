#pragma once

#include "store/infrastructure/StoreError.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

// A closed case whose retention period is over (RetentionRules).
struct RetentionCandidate
{
    qint64 caseId = 0;
    QString reference;
    QString councilName;
    QDate closedOn;
    int retentionYears = 6;
    QDate keptUntil;     // the last day kept whole
    QDate anonymiseFrom; // the day it became due
};

// What anonymise() changed: the rows, by table, whose personal fields were
// replaced (or, for draft certificates, deleted), so that the audit trail can
// redact its copies of them.
struct AnonymisedRecords
{
    qint64 caseId = 0;
    QString reference;
    QDateTime anonymisedAt;
    QMap<QString, QList<qint64>> changed; // table name -> row ids
    QList<qint64> deletedDraftCertificates;
};

// Retention (issue 8): the closed cases past their council's retention
// period, and anonymising one. Anonymising keeps what the figures of
// rules/README.md section 7 need (council, route, decision type, plan sections,
// stage, every date of the case and its meetings, outcomes, invitee roles and
// attendance, certificate Parts, numbers and dates) and replaces everything
// that names or describes a person with kMarker or NULL, in one write
// transaction. Supervisors only (Action::AnonymiseCases).
class RetentionRepository
{
public:
    static inline const QString kMarker = QStringLiteral("[anonymised]");

    explicit RetentionRepository(QSqlDatabase db);

    // Closed, not yet anonymised cases past retention on `today`, the longest
    // overdue first.
    StoreError casesPastRetention(const QDate& today, QList<RetentionCandidate>* candidates) const;
    // Refused (Invalid, naming the date it becomes due) unless the case is
    // closed and past its retention period on `today`.
    StoreError anonymise(qint64 caseId, const QDate& today, AnonymisedRecords* records = nullptr);

private:
    StoreError anonymiseInTransaction(qint64 caseId, const QDate& today, AnonymisedRecords* records);
    QSqlDatabase m_db;
};
