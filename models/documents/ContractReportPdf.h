#pragma once

#include "domain/ProviderDetails.h"
#include "domain/ReportChartData.h"
#include "domain/ReportFigures.h"

#include <QByteArray>
#include <QDate>

// The contract-monitoring report for a commissioning council (issue 14), as
// an A4 PDF/A-1b ready to send: the provider's letterhead, the period and
// council, the date produced, every figure in a table, the three charts
// (enquiries per month by route, on-time shares per month against the 100%
// the law asks, mediation outcomes) each with its numbers, and what every
// figure counts (rules/ReportDefinitions). Laid out and drawn with QPainter,
// so the command line (no widgets) makes it too; every word is real text.
// Tables break between rows, never inside one, and repeat their header.
// Needs a QGuiApplication (fonts).
class ContractReportPdf
{
public:
    struct Content
    {
        ProviderDetails provider; // the letterhead, as the certificates print it
        ReportFigures figures;    // the whole period, one council or every council
        ReportChartData charts;   // no months: the period is too long for charts by month
        QDate produced;
    };

    // Empty on failure.
    static QByteArray render(const Content& content);
    // The number of pages render() makes.
    static int pageCount(const Content& content);
};
