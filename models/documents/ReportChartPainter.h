#pragma once

#include "domain/ReportChartData.h"

#include <QRectF>

class QPainter;
class QPaintDevice;

// The three charts of the contract-monitoring report (ContractReportPdf),
// each drawn with QPainter into the box the page layout gives it: enquiries
// per month by route, on-time shares per month against the 100% the law
// asks, and mediation outcomes over the period. Every colour opaque (PDF/A-1)
// and every line with its own mark, so the charts read in black and white.
class ReportChartPainter
{
public:
    static void drawEnquiries(QPainter& p, const QPaintDevice* device, const QRectF& box,
                              const ReportChartData& data);
    static void drawOnTime(QPainter& p, const QPaintDevice* device, const QRectF& box,
                           const ReportChartData& data);
    // The height the outcomes chart needs: one row an outcome.
    static double outcomesHeight(const ReportChartData& data);
    static void drawOutcomes(QPainter& p, const QPaintDevice* device, const QRectF& box,
                             const ReportChartData& data);
};
