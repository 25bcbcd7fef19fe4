#pragma once

#include "domain/Council.h"
#include "domain/ReportFigures.h"
#include "rules/BankHolidayCalendar.h"
#include "rules/ReportPeriod.h"
#include "store/infrastructure/StoreError.h"

#include <QSqlDatabase>
#include <optional>

// A case behind a figure, for the Reports screen to list and open.
struct ReportCase
{
    qint64 id = 0;
    QString reference;
};

// Every figure of rules/ReportDefinitions for a period and one council (or
// all), in SQL on both engines (issue 14). Counts are SQL aggregates; the
// figures in working days (shares on time, medians and 90th percentiles)
// read only the rows of the period that SQL selects and count their working
// days with the bank holiday calendar, which lives in the rules, not the
// database. Never loads every case. Supervisors and administrators only
// (ReportDefinitions::kAction).
class ReportQuery
{
public:
    ReportQuery(QSqlDatabase db, BankHolidayCalendar calendar);

    // Forbidden for a role that may not see reports; Invalid for a wrong
    // period; NotFound for a council that is not there.
    StoreError compute(const ReportPeriod& period, std::optional<qint64> councilId,
                       ReportFigures* figures) const;

    // The figures for `councilId`, or without one every council of `councils`
    // together and then each on its own, in that order: the rows of the CSV
    // and of the workbook.
    StoreError computeEach(const ReportPeriod& period, std::optional<qint64> councilId,
                           const QList<Council>& councils, QList<ReportFigures>* reports) const;

    // The figures of each calendar month of the period (cut to the period),
    // for the charts (ReportChartData); none for a period of more than
    // ReportChartData::kMostMonths months, which is reported without charts.
    StoreError computeMonths(const ReportPeriod& period, std::optional<qint64> councilId,
                             QList<ReportFigures>* months) const;

    // The cases behind a figure (and detail) of compute(): the cases counted,
    // or for a share or time the cases measured; by reference. The same
    // conditions as compute(), case by case.
    StoreError casesBehind(const ReportPeriod& period, std::optional<qint64> councilId, const QString& figure,
                           const QString& detail, QList<ReportCase>* cases) const;

    // Forbidden, in the reports' own words, unless the actor may see them.
    static StoreError requireAllowed(QSqlDatabase db);
    // The SQL expression of the day (UTC) of a stored instant, per engine.
    static QString dayOf(const QSqlDatabase& db, const QString& instant);

private:
    QSqlDatabase m_db;
    BankHolidayCalendar m_calendar;
};
