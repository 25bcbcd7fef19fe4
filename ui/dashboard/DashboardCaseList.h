#pragma once

#include "rules/BankHolidayCalendar.h"
#include "store/cases/CaseListQuery.h"

#include <QDate>
#include <QWidget>

class CaseRowsModel;
class QLabel;
class QTableView;

// One panel of the dashboard: a title with how many, and the cases, soonest
// deadline first. Enter or a double click opens the case.
class DashboardCaseList : public QWidget
{
    Q_OBJECT

public:
    DashboardCaseList(const QString& title, const QString& emptyText, QWidget* parent = nullptr);

    // `total` is how many there are in all; the list may show fewer.
    void setRows(const QList<CaseListRow>& rows, int total, const BankHolidayCalendar& calendar,
                 const QDate& today);
    void clear();
    // What the panel says while it has no rows.
    void setEmptyText(const QString& text);
    void setTitle(const QString& title);
    CaseRowsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

signals:
    void caseActivated(qint64 caseId);

private:
    QString m_title;
    QString m_emptyText;
    QLabel* m_heading;
    QLabel* m_empty;
    CaseRowsModel* m_model;
    QTableView* m_view;
};
