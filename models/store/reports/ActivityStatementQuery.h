#pragma once

#include "rules/ReportPeriod.h"
#include "store/infrastructure/StoreError.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// One billable event of a case, for a council's invoice (issue 14): the
// information given, each mediation or disagreement resolution meeting held
// with its length, each certificate issued (not voided).
struct BillableEvent
{
    QString reference;
    QString event; // information_given, meeting_held or certificate_issued
    QDate date;
    int minutes = 0; // a meeting's booked length; 0 for the others
    QString detail;  // the meeting's kind, or the certificate's Part and number
};

// The activity statement of one council for a period, case by case, in SQL
// on both engines (only the period's rows are read). Supervisors and
// administrators (ReportDefinitions::kAction).
class ActivityStatementQuery
{
public:
    explicit ActivityStatementQuery(QSqlDatabase db);

    // By case reference, then date, then event.
    StoreError list(const ReportPeriod& period, qint64 councilId, QList<BillableEvent>* events) const;
    // reference, event, date, minutes, detail: UTF-8 CSV (with a byte order
    // mark), one header row, cells neutralised.
    static QByteArray csv(const QList<BillableEvent>& events);

private:
    QSqlDatabase m_db;
};
