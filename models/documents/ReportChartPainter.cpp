#include "documents/ReportChartPainter.h"

#include "documents/ReportText.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace {
QString tr(const char* text)
{
    // The report's strings keep the context they are translated under.
    return QCoreApplication::translate("ContractReportPdf", text);
}

const auto pt = ReportText::pt;
const auto mm = ReportText::mm;

// Every colour opaque: PDF/A-1 allows no transparency.
const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kGrey(0x55, 0x55, 0x55);
const QColor kGrid(0xdd, 0xdd, 0xdd);
const QColor kMediation(0x1f, 0x5f, 0x8b);
const QColor kResolution(0xe0, 0x8a, 0x1e);
const QColor kLaw(0xa0, 0x18, 0x18);
const QList<QColor> kLines{QColor(0x1f, 0x5f, 0x8b), QColor(0x2e, 0x8b, 0x57), QColor(0x7b, 0x3f, 0xa0)};

// A count axis: whole steps from 0, about five of them.
std::pair<double, double> countScale(double most)
{
    const double step = std::max(1.0, std::ceil(most / 5));
    return {step, step * std::ceil(std::max(most, 1.0) / step)};
}

// The horizontal grid and its labels left of `plot`, from 0 to `top` by `step`.
void drawValueAxis(QPainter& p, const QPaintDevice* device, const QRectF& plot, double step, double top,
                   const QString& suffix, double drawnTop)
{
    const QFont f = ReportText::font(7);
    for (double v = 0; v <= drawnTop + 1e-9; v += step) {
        const double y = plot.bottom() - v / top * plot.height();
        p.setPen(QPen(kGrid, pt(0.5)));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kGrey);
        const double h = ReportText::layText(nullptr, device, QStringLiteral("0"), f, {}, mm(9));
        ReportText::layText(&p, device, QString::number(v, 'f', 0) + suffix, f,
                            QPointF(plot.left() - mm(10), y - h / 2), mm(9), Qt::AlignRight);
    }
    p.setPen(QPen(kInk, pt(0.75)));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
}

// The month names under `plot`, one a slot; every second or third when they would crowd.
void drawMonthAxis(QPainter& p, const QPaintDevice* device, const QRectF& plot, const ReportChartData& data)
{
    const QFont f = ReportText::font(7);
    const qsizetype n = data.months.size();
    const double slot = plot.width() / static_cast<double>(n);
    double widest = 0;
    for (const ReportChartData::Month& month : data.months)
        widest = std::max(widest, ReportText::textWidth(device, month.shortLabel, f));
    const int every = std::max(1, static_cast<int>(std::ceil((widest + pt(3)) / slot)));
    p.setPen(kGrey);
    for (qsizetype i = 0; i < n; i += every)
        ReportText::layText(
            &p, device, data.months.at(i).shortLabel, f,
            QPointF(plot.left() + static_cast<double>(i) * slot - slot, plot.bottom() + pt(2)), 3 * slot,
            Qt::AlignHCenter);
}

// One entry of a legend: a swatch (a box, or a line with `dashed`), then its name; returns its width.
double drawLegendEntry(QPainter& p, const QPaintDevice* device, const QPointF& at, const QString& name,
                       const QColor& colour, bool line, bool dashed = false)
{
    const QFont f = ReportText::font(7.5);
    const double h = ReportText::layText(nullptr, device, name, f, {}, mm(80));
    if (line) {
        QPen pen(colour, pt(1.5));
        if (dashed)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.drawLine(QPointF(at.x(), at.y() + h / 2), QPointF(at.x() + mm(6), at.y() + h / 2));
    } else {
        p.fillRect(QRectF(at.x(), at.y() + h / 2 - mm(1.3), mm(2.6), mm(2.6)), colour);
    }
    const double swatch = line ? mm(7.5) : mm(4);
    p.setPen(kInk);
    ReportText::layText(&p, device, name, f, QPointF(at.x() + swatch, at.y()), mm(80));
    return swatch + ReportText::textWidth(device, name, f) + mm(5);
}
} // namespace

void ReportChartPainter::drawEnquiries(QPainter& p, const QPaintDevice* device, const QRectF& box,
                                       const ReportChartData& data)
{
    const QRectF plot = box.adjusted(mm(11), mm(3), -mm(2), -mm(11));
    const auto [step, top] = countScale(data.mostEnquiries());
    drawValueAxis(p, device, plot, step, top, QString(), top);
    const qsizetype n = data.months.size();
    const double slot = plot.width() / static_cast<double>(n);
    const double bar = std::min(slot * 0.62, mm(16));
    const QFont small = ReportText::font(6.5);
    for (qsizetype i = 0; i < n; ++i) {
        const ReportChartData::Month& month = data.months.at(i);
        const double x = plot.left() + static_cast<double>(i) * slot + (slot - bar) / 2;
        const double m = month.mediation / top * plot.height();
        const double d = month.resolution / top * plot.height();
        p.fillRect(QRectF(x, plot.bottom() - m, bar, m), kMediation);
        p.fillRect(QRectF(x, plot.bottom() - m - d, bar, d), kResolution);
        // The total over each bar while there is room for it.
        if (n <= 24) {
            const double h = ReportText::layText(nullptr, device, QStringLiteral("0"), small, {}, slot);
            p.setPen(kInk);
            ReportText::layText(
                &p, device, QString::number(month.total(), 'f', 0), small,
                QPointF(plot.left() + static_cast<double>(i) * slot, plot.bottom() - m - d - h - pt(1)), slot,
                Qt::AlignHCenter);
        }
    }
    drawMonthAxis(p, device, plot, data);
    QPointF at(plot.left(), box.bottom() - mm(4));
    at.rx() += drawLegendEntry(p, device, at, tr("Mediation"), kMediation, false);
    drawLegendEntry(p, device, at, tr("Disagreement resolution"), kResolution, false);
}

void ReportChartPainter::drawOnTime(QPainter& p, const QPaintDevice* device, const QRectF& box,
                                    const ReportChartData& data)
{
    const QRectF plot = box.adjusted(mm(11), mm(3), -mm(2), -mm(11));
    // Up to 110%, so the 100% line stands clear of the top edge.
    drawValueAxis(p, device, plot, 20, 110, QStringLiteral("%"), 100);
    const qsizetype n = data.months.size();
    const double slot = plot.width() / static_cast<double>(n);
    const auto at = [&](qsizetype i, double value) {
        return QPointF(plot.left() + (static_cast<double>(i) + 0.5) * slot,
                       plot.bottom() - value / 110 * plot.height());
    };
    QPen law(kLaw, pt(1.5));
    law.setStyle(Qt::DashLine);
    p.setPen(law);
    p.drawLine(QPointF(plot.left(), at(0, 100).y()), QPointF(plot.right(), at(0, 100).y()));
    const QStringList titles = ReportChartData::onTimeTitles();
    for (int series = 0; series < titles.size(); ++series) {
        const QColor colour = kLines.at(series % kLines.size());
        QPainterPath path;
        QList<QPointF> points;
        for (qsizetype i = 0; i < n; ++i) {
            if (const std::optional<ReportValue> value = data.months.at(i).onTime.value(series)) {
                const QPointF point = at(i, value->value);
                if (points.isEmpty())
                    path.moveTo(point);
                else
                    path.lineTo(point);
                points << point;
            }
        }
        p.setPen(QPen(colour, pt(1.2)));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        // A different mark for each line, so that it reads in black and white too.
        p.setBrush(colour);
        const double r = pt(2.2);
        for (const QPointF& point : points) {
            if (series == 0)
                p.drawEllipse(point, r, r);
            else if (series == 1)
                p.drawRect(QRectF(point.x() - r, point.y() - r, 2 * r, 2 * r));
            else
                p.drawPolygon(QPolygonF{QPointF(point.x(), point.y() - r * 1.2),
                                        QPointF(point.x() - r * 1.2, point.y() + r),
                                        QPointF(point.x() + r * 1.2, point.y() + r)});
        }
        p.setBrush(Qt::NoBrush);
    }
    drawMonthAxis(p, device, plot, data);
    QPointF legend(plot.left(), box.bottom() - mm(4));
    const QStringList names{tr("Part 1 within 3 working days"), tr("Part 2 within 3 working days"),
                            tr("Meetings within 30 days")};
    for (int series = 0; series < names.size(); ++series)
        legend.rx() += drawLegendEntry(p, device, legend, names.at(series), kLines.at(series), true);
    drawLegendEntry(p, device, legend, tr("The law: 100%"), kLaw, true, true);
}

double ReportChartPainter::outcomesHeight(const ReportChartData& data)
{
    return static_cast<double>(data.outcomes.size()) * mm(7) + mm(2);
}

void ReportChartPainter::drawOutcomes(QPainter& p, const QPaintDevice* device, const QRectF& box,
                                      const ReportChartData& data)
{
    const QFont f = ReportText::font(8.5);
    double labels = 0;
    for (const ReportChartData::Outcome& outcome : data.outcomes)
        labels = std::max(labels, ReportText::textWidth(device, outcome.title, f));
    labels += mm(3);
    const double left = box.left() + labels;
    const double longest = box.width() - labels - mm(15);
    const double most = data.mostMeetings();
    const double row = mm(7);
    for (int i = 0; i < data.outcomes.size(); ++i) {
        const ReportChartData::Outcome& outcome = data.outcomes.at(i);
        const double top = box.top() + mm(1) + i * row;
        const double h = ReportText::layText(nullptr, device, outcome.title, f, {}, labels);
        p.setPen(kInk);
        ReportText::layText(&p, device, outcome.title, f, QPointF(box.left(), top + (row - h) / 2),
                            labels - mm(3), Qt::AlignRight);
        const double w = outcome.meetings / most * longest;
        p.fillRect(QRectF(left, top + row * 0.2, w, row * 0.6), kMediation);
        ReportText::layText(&p, device, QString::number(outcome.meetings, 'f', 0), f,
                            QPointF(left + w + mm(1.5), top + (row - h) / 2), mm(14));
    }
    p.setPen(QPen(kInk, pt(0.75)));
    p.drawLine(QPointF(left, box.top()), QPointF(left, box.top() + mm(1) + data.outcomes.size() * row));
}
