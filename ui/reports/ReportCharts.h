#pragma once

#include "domain/ReportChartData.h"

#include <QList>
#include <QWidget>

class QTabWidget;
class QTableWidget;

class QChartView;

// The Reports screen's charts (issue 14), each with a table of the same
// numbers beside it for screen-reader users: enquiries per month by route as
// stacked bars; the on-time shares per month as lines against the 100%
// statutory line; mediation outcomes over the period as bars.
class ReportCharts : public QWidget
{
    Q_OBJECT

public:
    explicit ReportCharts(QWidget* parent = nullptr);

    // The numbers of the period's charts (ReportChartData::from: the figures of
    // each month and of the whole period; the PDF report draws the same).
    void show(const ReportChartData& numbers);

    QTableWidget* enquiriesTable() const { return m_enquiriesTable; }
    QTableWidget* onTimeTable() const { return m_onTimeTable; }
    QTableWidget* outcomesTable() const { return m_outcomesTable; }
    QChartView* enquiriesChart() const { return m_enquiriesChart; }

private:
    QTabWidget* m_tabs;
    QChartView* m_enquiriesChart;
    QTableWidget* m_enquiriesTable;
    QChartView* m_onTimeChart;
    QTableWidget* m_onTimeTable;
    QChartView* m_outcomesChart;
    QTableWidget* m_outcomesTable;
};
