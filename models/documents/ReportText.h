#pragma once

#include <QFont>
#include <QPointF>
#include <QString>

class QPainter;
class QPaintDevice;

// Lengths, fonts and laid-out text for the contract-monitoring report, in the
// device pixels of its PDF writer (kDpi), shared by the page layout
// (ContractReportPdf) and the charts (ReportChartPainter) so both measure alike.
class ReportText
{
public:
    static constexpr int kDpi = 300;

    static double pt(double points);
    static double mm(double millimetres);
    static QFont font(double points, bool bold = false);

    // Text laid out in `width` (line breaks kept; a word longer than the line is
    // broken), drawn at `topLeft` when a painter is given. Returns its height.
    static double layText(QPainter* painter, const QPaintDevice* device, const QString& text, const QFont& f,
                          const QPointF& topLeft, double width, Qt::Alignment alignment = Qt::AlignLeft);
    // The width of `text` on one line.
    static double textWidth(const QPaintDevice* device, const QString& text, const QFont& f);
};
