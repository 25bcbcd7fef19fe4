#include "reports/ReportCharts.h"

#include "common/ItemViews.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableWidget>
#include <QValueAxis>
#include <cmath>

namespace {
QTableWidget* makeTable(QWidget* parent, const QString& name, const QStringList& headers)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    ItemViews::label(table, name,
                     QCoreApplication::translate("ReportCharts", "The chart's figures as a table"));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setMinimumWidth(260);
    return table;
}

QChartView* makeView(QWidget* parent, const QString& name)
{
    auto* view = new QChartView(parent);
    view->setAccessibleName(name);
    view->setAccessibleDescription(QCoreApplication::translate(
        "ReportCharts", "A chart of the figures; the table beside it holds the same numbers"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumWidth(360);
    return view;
}

QWidget* pane(QChartView* chart, QTableWidget* table)
{
    auto* widget = new QWidget;
    auto* layout = new QHBoxLayout(widget);
    layout->addWidget(chart, 3);
    layout->addWidget(table, 2);
    return widget;
}

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        if (column > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, column, item);
    }
}

// A count axis with whole-number ticks from 0.
QValueAxis* countAxis(double highest)
{
    auto* axis = new QValueAxis;
    const double step = std::max(1.0, std::ceil(highest / 5));
    axis->setRange(0, step * std::ceil(std::max(highest, 1.0) / step));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

// Month names short enough for a year to fit ("Jan"; "01/26" beyond twelve
// months, where a name would come twice); the table beside says the years.
QBarCategoryAxis* monthAxis(const ReportChartData& data)
{
    auto* axis = new QBarCategoryAxis;
    for (const ReportChartData::Month& month : data.months)
        axis->append(month.shortLabel);
    QFont small = axis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    axis->setLabelsFont(small);
    return axis;
}
} // namespace

ReportCharts::ReportCharts(QWidget* parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)),
      m_enquiriesChart(makeView(this, tr("Chart: enquiries per month by route"))),
      m_enquiriesTable(makeTable(this, tr("Enquiries per month by route"),
                                 {tr("Month"), tr("Mediation"), tr("Disagreement resolution"), tr("Total")})),
      m_onTimeChart(makeView(this, tr("Chart: on time per month"))),
      m_onTimeTable(
          makeTable(this, tr("On time per month"),
                    {tr("Month"), tr("Part 1 on time"), tr("Part 2 on time"), tr("Within 30 days")})),
      m_outcomesChart(makeView(this, tr("Chart: mediation outcomes"))),
      m_outcomesTable(makeTable(this, tr("Mediation outcomes"), {tr("Outcome"), tr("Meetings")}))
{
    m_tabs->addTab(pane(m_enquiriesChart, m_enquiriesTable), tr("Enquiries by month"));
    m_tabs->addTab(pane(m_onTimeChart, m_onTimeTable), tr("On time by month"));
    m_tabs->addTab(pane(m_outcomesChart, m_outcomesTable), tr("Outcomes"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void ReportCharts::show(const ReportChartData& numbers)
{
    const QList<ReportChartData::Month>& months = numbers.months;

    // Enquiries per month by route, stacked.
    auto* mediation = new QBarSet(tr("Mediation"));
    auto* resolution = new QBarSet(tr("Disagreement resolution"));
    m_enquiriesTable->setRowCount(static_cast<int>(months.size()));
    for (int row = 0; row < months.size(); ++row) {
        const ReportChartData::Month& month = months.at(row);
        *mediation << month.mediation;
        *resolution << month.resolution;
        setRow(m_enquiriesTable, row,
               {month.label, QString::number(month.mediation, 'f', 0),
                QString::number(month.resolution, 'f', 0), QString::number(month.total(), 'f', 0)});
    }
    const double highest = numbers.mostEnquiries();
    auto* stacked = new QStackedBarSeries;
    stacked->append(mediation);
    stacked->append(resolution);
    auto* enquiries = new QChart;
    enquiries->setTitle(tr("Enquiries per month by route"));
    enquiries->addSeries(stacked);
    auto* months1 = monthAxis(numbers);
    enquiries->addAxis(months1, Qt::AlignBottom);
    stacked->attachAxis(months1);
    auto* count1 = countAxis(highest);
    enquiries->addAxis(count1, Qt::AlignLeft);
    stacked->attachAxis(count1);
    enquiries->legend()->setAlignment(Qt::AlignBottom);
    QChart* old = m_enquiriesChart->chart();
    m_enquiriesChart->setChart(enquiries);
    delete old;

    // On-time shares per month against the statutory 100%.
    auto* onTime = new QChart;
    onTime->setTitle(tr("On time per month: Part 1 and 2 within 3 working days, meetings within 30 days"));
    auto* months2 = monthAxis(numbers);
    auto* percent = new QValueAxis;
    percent->setRange(0, 110); // the 100% line clear of the top edge
    percent->setTickType(QValueAxis::TicksDynamic);
    percent->setTickAnchor(0);
    percent->setTickInterval(20);
    percent->setLabelFormat(QStringLiteral("%d%%"));
    onTime->addAxis(months2, Qt::AlignBottom);
    onTime->addAxis(percent, Qt::AlignLeft);
    const QStringList titles = ReportChartData::onTimeTitles();
    for (int series = 0; series < titles.size(); ++series) {
        auto* line = new QLineSeries;
        line->setName(titles.at(series));
        for (int row = 0; row < months.size(); ++row) {
            if (const std::optional<ReportValue> value = months.at(row).onTime.value(series))
                line->append(row, value->value);
        }
        line->setPointsVisible(true);
        onTime->addSeries(line);
        line->attachAxis(months2);
        line->attachAxis(percent);
    }
    auto* statutory = new QLineSeries;
    statutory->setName(tr("The law: 100%"));
    statutory->append(0, 100);
    statutory->append(std::max<qsizetype>(months.size() - 1, 1), 100);
    QPen dashed(Qt::darkRed);
    dashed.setStyle(Qt::DashLine);
    dashed.setWidth(2);
    statutory->setPen(dashed);
    onTime->addSeries(statutory);
    statutory->attachAxis(months2);
    statutory->attachAxis(percent);
    onTime->legend()->setAlignment(Qt::AlignBottom);
    old = m_onTimeChart->chart();
    m_onTimeChart->setChart(onTime);
    delete old;
    m_onTimeTable->setRowCount(static_cast<int>(months.size()));
    for (int row = 0; row < months.size(); ++row) {
        const QList<std::optional<ReportValue>>& shares = months.at(row).onTime;
        setRow(m_onTimeTable, row,
               {months.at(row).label, ReportChartData::shareText(shares.value(0)),
                ReportChartData::shareText(shares.value(1)), ReportChartData::shareText(shares.value(2))});
    }

    // Mediation outcomes over the period.
    auto* bars = new QBarSet(tr("Mediation meetings"));
    QStringList outcomes;
    m_outcomesTable->setRowCount(static_cast<int>(numbers.outcomes.size()));
    for (int row = 0; row < numbers.outcomes.size(); ++row) {
        const ReportChartData::Outcome& outcome = numbers.outcomes.at(row);
        outcomes << outcome.title;
        *bars << outcome.meetings;
        setRow(m_outcomesTable, row, {outcome.title, QString::number(outcome.meetings, 'f', 0)});
    }
    const double most = numbers.mostMeetings();
    // Across the page, so that every outcome's name reads in full.
    auto* series = new QHorizontalBarSeries;
    series->append(bars);
    auto* outcomeChart = new QChart;
    outcomeChart->setTitle(tr("Mediation outcomes"));
    outcomeChart->addSeries(series);
    auto* outcomeAxis = new QBarCategoryAxis;
    outcomeAxis->append(outcomes);
    outcomeChart->addAxis(outcomeAxis, Qt::AlignLeft);
    series->attachAxis(outcomeAxis);
    auto* count3 = countAxis(most);
    outcomeChart->addAxis(count3, Qt::AlignBottom);
    series->attachAxis(count3);
    outcomeChart->legend()->hide();
    old = m_outcomesChart->chart();
    m_outcomesChart->setChart(outcomeChart);
    delete old;
}
