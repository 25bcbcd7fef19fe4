#pragma once

#include "domain/ReportFigures.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The numbers behind the report's three charts (issue 14), taken once from
// the figures of each month and of the whole period, so that the Reports
// screen (ReportCharts) and the PDF report (ContractReportPdf) draw the same:
// enquiries per month by route, the on-time shares per month, and the
// mediation outcomes over the period.
struct ReportChartData
{
    // A period of more months than this is reported as figures only: no charts.
    static constexpr int kMostMonths = 36;

    struct Month
    {
        QString label;      // "Nov 2026"
        QString shortLabel; // "Nov" (for an axis; "11/26" when there are more than twelve months)
        double mediation = 0;
        double resolution = 0; // disagreement resolution
        // The on-time shares, in the order of onTimeTitles(); empty with nothing to measure.
        QList<std::optional<ReportValue>> onTime;
        double total() const { return mediation + resolution; }
    };
    struct Outcome
    {
        QString title; // "Partly agreed"
        double meetings = 0;
    };

    QList<Month> months;
    QList<Outcome> outcomes;

    static ReportChartData from(const QList<ReportFigures>& months, const ReportFigures& period);
    // The figure keys of the on-time lines and their names in a legend ("Part 1", "Part 2", "30 days").
    static QStringList onTimeFigures();
    static QStringList onTimeTitles();
    // A share for a table: "92.3% (12 of 13)", or "-" with nothing to measure.
    static QString shareText(const std::optional<ReportValue>& value);
    // The most enquiries in one month (at least 1), for a count axis.
    double mostEnquiries() const;
    // The most meetings of one outcome (at least 1).
    double mostMeetings() const;
};
