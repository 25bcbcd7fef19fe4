#include "documents/ReportText.h"

#include "documents/DocumentFont.h"

#include <QPainter>
#include <QTextLayout>

double ReportText::pt(double points)
{
    return points * kDpi / 72.0;
}

double ReportText::mm(double millimetres)
{
    return millimetres * kDpi / 25.4;
}

QFont ReportText::font(double points, bool bold)
{
    return DocumentFont::font(points, bold);
}

double ReportText::layText(QPainter* painter, const QPaintDevice* device, const QString& text, const QFont& f,
                           const QPointF& topLeft, double width, Qt::Alignment alignment)
{
    QString laid = text;
    laid.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(laid, f, device);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    double height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    if (painter)
        layout.draw(painter, topLeft);
    return height;
}

double ReportText::textWidth(const QPaintDevice* device, const QString& text, const QFont& f)
{
    QTextLayout layout(text, f, device);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e6);
    layout.endLayout();
    return line.naturalTextWidth();
}
