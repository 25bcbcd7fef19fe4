#include "documents/ContractReportPdf.h"

#include "documents/ReportChartPainter.h"
#include "documents/ReportText.h"
#include "domain/DateText.h"
#include "domain/DomainText.h"
#include "rules/ReportDefinitions.h"
#include "rules/ReportPeriod.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>
#include <algorithm>
#include <cmath>
#include <functional>

namespace {
constexpr int kDpi = ReportText::kDpi;
const auto pt = ReportText::pt;
const auto mm = ReportText::mm;

QString tr(const char* text)
{
    return QCoreApplication::translate("ContractReportPdf", text);
}

// Every colour opaque: PDF/A-1 allows no transparency.
const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kGrey(0x55, 0x55, 0x55);
const QColor kRule(0xb0, 0xb0, 0xb0);
const QColor kHeaderFill(0xdd, 0xe5, 0xec);
const QColor kStripe(0xf3, 0xf5, 0xf7);

// The pages as lists of drawing steps: laid out first, drawn once the number
// of pages is known ("Page N of M").
class Pages
{
public:
    using Step = std::function<void(QPainter&)>;

    Pages(const QPaintDevice* device, const QRectF& area) : m_device(device), m_area(area), m_y(area.top())
    {
        m_pages.append(QList<Step>());
    }

    const QPaintDevice* device() const { return m_device; }
    const QRectF& area() const { return m_area; }
    double y() const { return m_y; }
    void advance(double height) { m_y += height; }
    double room() const { return m_area.bottom() - m_y; }
    bool atTop() const { return m_y <= m_area.top(); }
    // A new page unless `height` fits below (or the page is still empty).
    void keep(double height)
    {
        if (height > room() && !atTop())
            newPage();
    }
    void newPage()
    {
        m_pages.append(QList<Step>());
        m_y = m_area.top();
    }
    void draw(Step step) { m_pages.last().append(std::move(step)); }
    const QList<QList<Step>>& pages() const { return m_pages; }

    double textHeight(const QString& text, const QFont& f, double width) const
    {
        return ReportText::layText(nullptr, m_device, text, f, {}, width);
    }
    // A paragraph across the page at the current line, then `after` below it.
    void paragraph(const QString& text, const QFont& f, double after, const QColor& colour = kInk)
    {
        const double height = textHeight(text, f, m_area.width());
        keep(height);
        const QPointF at(m_area.left(), m_y);
        const double width = m_area.width();
        const QPaintDevice* device = m_device;
        draw([=](QPainter& p) {
            p.setPen(colour);
            ReportText::layText(&p, device, text, f, at, width);
        });
        m_y += height + after;
    }

private:
    const QPaintDevice* m_device;
    QRectF m_area;
    double m_y;
    QList<QList<Step>> m_pages;
};

struct Column
{
    QString header;
    double share = 0; // of the page's width
    Qt::Alignment alignment = Qt::AlignLeft;
};

const QFont& cellFont()
{
    static const QFont f = ReportText::font(8.5);
    return f;
}

const QFont& headerFont()
{
    static const QFont f = ReportText::font(8.5, true);
    return f;
}

// A table across the page: its header again at the top of every page it
// runs onto, and a page break only between rows, never inside one. The
// `heading` (a section title already measured by the caller, `headingHeight`)
// is kept with the header and the first row.
void table(Pages& pages, const QList<Column>& columns, const QList<QStringList>& rows,
           const std::function<void()>& heading = {}, double headingHeight = 0)
{
    const double padX = mm(1.2);
    const double padY = mm(0.9);
    const double width = pages.area().width();
    QList<double> widths;
    for (const Column& column : columns)
        widths << column.share * width;
    const auto measure = [&](const QStringList& cells, const QFont& f) {
        double height = 0;
        for (int i = 0; i < columns.size(); ++i)
            height = std::max(height, pages.textHeight(cells.value(i), f, widths.at(i) - 2 * padX));
        return height + 2 * padY;
    };
    const auto drawRow = [&](const QStringList& cells, const QFont& f, double height, const QColor& fill,
                             bool header) {
        const double top = pages.y();
        const double left = pages.area().left();
        const QPaintDevice* device = pages.device();
        const QList<double> w = widths;
        QList<Qt::Alignment> alignments;
        for (const Column& column : columns)
            alignments << column.alignment;
        pages.draw([=](QPainter& p) {
            if (fill.isValid())
                p.fillRect(QRectF(left, top, width, height), fill);
            p.setPen(kInk);
            double x = left;
            for (int i = 0; i < w.size(); ++i) {
                ReportText::layText(&p, device, cells.value(i), f, QPointF(x + padX, top + padY),
                                    w.at(i) - 2 * padX, alignments.at(i));
                x += w.at(i);
            }
            if (header) {
                p.setPen(QPen(kGrey, pt(0.75)));
                p.drawLine(QPointF(left, top + height), QPointF(left + width, top + height));
            }
        });
        pages.advance(height);
    };
    QStringList headers;
    for (const Column& column : columns)
        headers << column.header;
    const double headerHeight = measure(headers, headerFont());
    QList<double> heights;
    for (const QStringList& row : rows)
        heights << measure(row, cellFont());

    pages.keep(headingHeight + headerHeight + heights.value(0));
    if (heading)
        heading();
    drawRow(headers, headerFont(), headerHeight, kHeaderFill, true);
    for (int r = 0; r < rows.size(); ++r) {
        if (heights.at(r) > pages.room()) {
            pages.newPage();
            drawRow(headers, headerFont(), headerHeight, kHeaderFill, true);
        }
        drawRow(rows.at(r), cellFont(), heights.at(r), r % 2 ? kStripe : QColor(), false);
    }
    pages.advance(mm(5));
}

// A section heading, drawn at the current line (the caller keeps it with what follows).
double headingHeight(const Pages& pages, const QString& text)
{
    return pages.textHeight(text, ReportText::font(12, true), pages.area().width()) + mm(2);
}

void drawHeading(Pages& pages, const QString& text)
{
    const double height = headingHeight(pages, text);
    const QPointF at(pages.area().left(), pages.y());
    const double width = pages.area().width();
    const QPaintDevice* device = pages.device();
    pages.draw([=](QPainter& p) {
        p.setPen(kInk);
        ReportText::layText(&p, device, text, ReportText::font(12, true), at, width);
    });
    pages.advance(height);
}

using ChartDrawing = std::function<void(QPainter&, const QPaintDevice*, const QRectF&)>;

// A chart of `height` under its heading at the current line.
void drawChart(Pages& pages, const QString& title, double height, const ChartDrawing& draw)
{
    drawHeading(pages, title);
    const QRectF box(pages.area().left(), pages.y(), pages.area().width(), height);
    const QPaintDevice* device = pages.device();
    pages.draw([=](QPainter& p) { draw(p, device, box); });
    pages.advance(height + mm(3));
}

double chartHeight(const Pages& pages, const QString& title, double height)
{
    return headingHeight(pages, title) + height + mm(3);
}

// A chart kept on one page with its heading.
void chart(Pages& pages, const QString& title, double height, const ChartDrawing& draw)
{
    pages.keep(chartHeight(pages, title, height));
    drawChart(pages, title, height, draw);
}

// A chart with its numbers in a table under it: the heading, the chart, the
// table's header and first row on one page.
void chartWithTable(Pages& pages, const QString& title, double height, const ChartDrawing& draw,
                    const QList<Column>& columns, const QList<QStringList>& rows)
{
    table(
        pages, columns, rows, [&] { drawChart(pages, title, height, draw); },
        chartHeight(pages, title, height));
}

QString councilText(const ReportFigures& figures)
{
    if (!figures.councilId)
        return tr("All councils");
    return tr("%1 (%2)").arg(figures.councilName, figures.councilCode);
}

void letterhead(Pages& pages, const ProviderDetails& provider, const QImage& logo)
{
    const QRectF area = pages.area();
    const QPaintDevice* device = pages.device();
    const double logoSide = logo.isNull() ? 0 : mm(16);
    const double left = area.left() + (logo.isNull() ? 0 : logoSide + mm(4));
    const double rightWidth = area.width() * 0.38;
    const double nameWidth = area.right() - rightWidth - left - mm(4);
    const QString name = provider.name.isEmpty() ? tr("Mediation provider") : provider.name;
    const QString service = tr("Mediation service for special educational needs and disability (SEND)");
    QStringList contact;
    if (!provider.address.trimmed().isEmpty())
        contact << provider.address.trimmed();
    if (!provider.phone.isEmpty())
        contact << tr("Telephone: %1").arg(provider.phone);
    if (!provider.email.isEmpty())
        contact << tr("Email: %1").arg(provider.email);
    if (!provider.website.isEmpty())
        contact << provider.website;
    const QString contactText = contact.join(QLatin1Char('\n'));
    const double nameHeight =
        ReportText::layText(nullptr, device, name, ReportText::font(14, true), {}, nameWidth);
    const double serviceHeight =
        ReportText::layText(nullptr, device, service, ReportText::font(8.5), {}, nameWidth);
    const double contactHeight =
        ReportText::layText(nullptr, device, contactText, ReportText::font(8.5), {}, rightWidth);
    const double height = std::max({logoSide, nameHeight + serviceHeight, contactHeight});
    const double top = pages.y();
    pages.draw([=](QPainter& p) {
        if (!logo.isNull())
            p.drawImage(QRectF(area.left(), top, logoSide, logoSide), logo);
        p.setPen(kInk);
        ReportText::layText(&p, device, name, ReportText::font(14, true), QPointF(left, top), nameWidth);
        p.setPen(kGrey);
        ReportText::layText(&p, device, service, ReportText::font(8.5), QPointF(left, top + nameHeight),
                            nameWidth);
        p.setPen(kInk);
        ReportText::layText(&p, device, contactText, ReportText::font(8.5),
                            QPointF(area.right() - rightWidth, top), rightWidth, Qt::AlignRight);
        p.setPen(QPen(kRule, pt(0.75)));
        p.drawLine(QPointF(area.left(), top + height + mm(3)), QPointF(area.right(), top + height + mm(3)));
    });
    pages.advance(height + mm(7));
}

void figuresTable(Pages& pages, const ReportFigures& figures)
{
    QList<QStringList> rows;
    for (const ReportValue& value : figures.values) {
        const ReportDefinitions::Figure* figure = ReportDefinitions::find(value.figure);
        const bool share = figure && figure->kind == ReportDefinitions::Kind::Share;
        QString text = ReportDefinitions::valueText(value);
        QString of;
        if (!value.hasValue)
            text = tr("none to measure");
        else if (share)
            text += QLatin1Char('%');
        if (share && value.hasValue)
            of = tr("%1 of %2").arg(value.numerator).arg(value.denominator);
        else if (figure && figure->kind == ReportDefinitions::Kind::Days)
            of = value.numerator == 1 ? tr("1 case") : tr("%1 cases").arg(value.numerator);
        rows << QStringList{figure ? figure->title : value.figure,
                            DomainText::reportDetail(value.figure, value.detail), text, of};
    }
    const QString title = tr("Figures");
    table(
        pages,
        {{tr("Figure"), 0.42, Qt::AlignLeft},
         {tr("Breakdown"), 0.30, Qt::AlignLeft},
         {tr("Value"), 0.13, Qt::AlignRight},
         {tr("Share"), 0.15, Qt::AlignRight}},
        rows, [&] { drawHeading(pages, title); }, headingHeight(pages, title));
}

void charts(Pages& pages, const ReportChartData& data)
{
    const double height = mm(64);
    if (data.months.isEmpty()) {
        const QString title = tr("Charts by month");
        pages.keep(headingHeight(pages, title) + mm(10));
        drawHeading(pages, title);
        pages.paragraph(tr("The period is longer than %1 months: the charts by month are left out, and the "
                           "figures above cover the whole period.")
                            .arg(ReportChartData::kMostMonths),
                        ReportText::font(9), mm(5));
    } else {
        QList<QStringList> rows;
        for (const ReportChartData::Month& month : data.months)
            rows << QStringList{month.label, QString::number(month.mediation, 'f', 0),
                                QString::number(month.resolution, 'f', 0),
                                QString::number(month.total(), 'f', 0)};
        chartWithTable(
            pages, tr("Enquiries per month by route"), height,
            [data](QPainter& p, const QPaintDevice* device, const QRectF& box) {
                ReportChartPainter::drawEnquiries(p, device, box, data);
            },
            {{tr("Month"), 0.25, Qt::AlignLeft},
             {tr("Mediation"), 0.25, Qt::AlignRight},
             {tr("Disagreement resolution"), 0.30, Qt::AlignRight},
             {tr("Total"), 0.20, Qt::AlignRight}},
            rows);
        rows.clear();
        for (const ReportChartData::Month& month : data.months)
            rows << QStringList{month.label, ReportChartData::shareText(month.onTime.value(0)),
                                ReportChartData::shareText(month.onTime.value(1)),
                                ReportChartData::shareText(month.onTime.value(2))};
        chartWithTable(
            pages, tr("On time per month, against the 100% the law asks"), height,
            [data](QPainter& p, const QPaintDevice* device, const QRectF& box) {
                ReportChartPainter::drawOnTime(p, device, box, data);
            },
            {{tr("Month"), 0.22, Qt::AlignLeft},
             {tr("Part 1 within 3 working days"), 0.26, Qt::AlignRight},
             {tr("Part 2 within 3 working days"), 0.26, Qt::AlignRight},
             {tr("Meetings within 30 days"), 0.26, Qt::AlignRight}},
            rows);
    }
    chart(pages, tr("Mediation outcomes over the period (meetings held)"),
          ReportChartPainter::outcomesHeight(data),
          [data](QPainter& p, const QPaintDevice* device, const QRectF& box) {
              ReportChartPainter::drawOutcomes(p, device, box, data);
          });
    pages.advance(mm(3));
}

void definitions(Pages& pages)
{
    const QString title = tr("What each figure counts");
    const QString intro =
        tr("Every figure above is worked out as defined here; the program's exports and its "
           "Reports screen print the same words. A share is of the cases measured; working "
           "days leave out weekends and the bank holidays of England.");
    pages.keep(headingHeight(pages, title) +
               pages.textHeight(intro, ReportText::font(9), pages.area().width()));
    drawHeading(pages, title);
    pages.paragraph(intro, ReportText::font(9), mm(3));
    for (const ReportDefinitions::Figure& figure : ReportDefinitions::all()) {
        const QString name = figure.title;
        const QString text = figure.definition();
        const double width = pages.area().width();
        const double nameHeight = pages.textHeight(name, ReportText::font(9, true), width);
        const double textHeight = pages.textHeight(text, ReportText::font(8.5), width);
        pages.keep(nameHeight + textHeight);
        pages.paragraph(name, ReportText::font(9, true), 0);
        pages.paragraph(text, ReportText::font(8.5), mm(2.5), kInk);
    }
}

// The page area left for the content: the writer's margins less a band for the footer.
QRectF contentArea(const QPdfWriter& writer)
{
    const QRectF page = writer.pageLayout().paintRectPixels(kDpi);
    return QRectF(0, 0, page.width(), page.height() - mm(9));
}

void lay(Pages& pages, const ContractReportPdf::Content& content, const QImage& logo)
{
    const ReportFigures& figures = content.figures;
    letterhead(pages, content.provider, logo);
    pages.paragraph(tr("Contract monitoring report"), ReportText::font(18, true), mm(2));
    const ReportPeriod period(figures.from, figures.to);
    pages.paragraph(tr("Council: %1").arg(councilText(figures)), ReportText::font(10.5, true), mm(1));
    pages.paragraph(
        tr("Period: %1 to %2 (%3)")
            .arg(DateText::longDate(figures.from), DateText::longDate(figures.to), period.label()),
        ReportText::font(10), mm(1));
    pages.paragraph(tr("Produced: %1").arg(DateText::longDate(content.produced)), ReportText::font(10),
                    mm(6));
    figuresTable(pages, figures);
    charts(pages, content.charts);
    definitions(pages);
}

QImage flatLogo(const QByteArray& png)
{
    if (png.isEmpty())
        return {};
    // PDF/A-1 allows no transparency: the logo is laid on white first.
    const QImage logo = QImage::fromData(png);
    if (logo.isNull())
        return {};
    QImage flat(logo.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter(&flat).drawImage(0, 0, logo);
    return flat;
}

void setUp(QPdfWriter& writer, const ContractReportPdf::Content& content)
{
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 16, 18, 12), QPageLayout::Millimeter);
    writer.setResolution(kDpi);
    writer.setTitle(tr("Contract monitoring report: %1, %2")
                        .arg(councilText(content.figures),
                             ReportPeriod(content.figures.from, content.figures.to).label()));
    writer.setCreator(QStringLiteral("Common Ground"));
}
} // namespace

int ContractReportPdf::pageCount(const Content& content)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUp(writer, content);
    Pages pages(&writer, contentArea(writer));
    lay(pages, content, flatLogo(content.provider.logoPng));
    return static_cast<int>(pages.pages().size());
}

QByteArray ContractReportPdf::render(const Content& content)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return {};
    {
        QPdfWriter writer(&buffer);
        setUp(writer, content);
        const QRectF area = contentArea(writer);
        Pages pages(&writer, area);
        lay(pages, content, flatLogo(content.provider.logoPng));
        const QString footer = tr("Contract monitoring report: %1, %2")
                                   .arg(councilText(content.figures),
                                        ReportPeriod(content.figures.from, content.figures.to).label());
        const qsizetype count = pages.pages().size();
        QPainter painter;
        if (!painter.begin(&writer))
            return {};
        for (qsizetype i = 0; i < count; ++i) {
            if (i > 0)
                writer.newPage();
            for (const Pages::Step& step : pages.pages().at(i))
                step(painter);
            // The footer: what this is, and "Page N of M".
            const double top = area.bottom() + mm(4);
            painter.setPen(QPen(kRule, pt(0.5)));
            painter.drawLine(QPointF(area.left(), top - mm(1.5)), QPointF(area.right(), top - mm(1.5)));
            painter.setPen(kGrey);
            ReportText::layText(&painter, &writer, footer, ReportText::font(7.5), QPointF(area.left(), top),
                                area.width() * 0.75);
            ReportText::layText(&painter, &writer, tr("Page %1 of %2").arg(i + 1).arg(count),
                                ReportText::font(7.5), QPointF(area.left(), top), area.width(),
                                Qt::AlignRight);
        }
        painter.end();
    }
    buffer.close();
    return bytes.startsWith("%PDF") ? bytes : QByteArray();
}
