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
    // The width the child's name column is never squeezed below while the
    // panel has room for it: a typical name ("Siobhán Hartley") in full.
    int childColumnFloor() const;

signals:
    void caseActivated(qint64 caseId);

protected:
    // The view's viewport resized (the panel, or its scroll bar came or went): fit again.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Each column as wide as its content, within the panel: the child's name
    // keeps at least childColumnFloor() and takes what is left; what is due
    // and the time left give way first (cut short with their tooltip).
    void fitColumns();

    QString m_title;
    QString m_emptyText;
    QLabel* m_heading;
    QLabel* m_empty;
    CaseRowsModel* m_model;
    QTableView* m_view;
};
