#pragma once

#include "itemmodels/CaseRowRoles.h"
#include "itemmodels/PagedRowModel.h"
#include "rules/BankHolidayCalendar.h"
#include "store/cases/CaseListQuery.h"

#include <QDate>

// The case list: a page of rows at a time, sorted, filtered and searched in
// SQL (PagedQueryModel), so that 200,000 cases load no faster or slower than
// 200.
class CaseListModel : public PagedRowModel<CaseListQuery, CaseListRow, CaseListFilter>, public CaseRowRoles
{
    Q_OBJECT

public:
    enum Column
    {
        ReferenceColumn,
        ChildColumn,
        ParentColumn,
        CouncilColumn,
        RouteColumn,
        StageColumn,
        NextDeadlineColumn,
        WorkingDaysLeftColumn,
        CaseworkerColumn,
        ColumnCount
    };

    explicit CaseListModel(QObject* parent = nullptr);

    // Clears the model when the database is not open.
    void setDatabase(QSqlDatabase db, const BankHolidayCalendar& calendar);
    void setToday(const QDate& today); // default: the system date at construction
    // Where a search stops counting (CaseListQuery::kSearchCountCap unless set). Does not refresh.
    void setSearchCountCap(int cap) { m_searchCountCap = cap; }
    qint64 caseIdAt(int row) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    // What a column shows for `row`, as the list shows it (an export writes the same words).
    QString cellText(const CaseListRow& row, int column) const;
    // The list's query as filtered and sorted now, for an export of every row.
    CaseListQuery currentQuery() const { return query(); }
    using PagedQueryModel::database; // the export records itself on the same connection
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    CaseListQuery query() const override;
    std::optional<CaseListQuery::Column> queryColumn(int column) const override;

private:
    BankHolidayCalendar m_calendar;
    QDate m_today;
    int m_searchCountCap = CaseListQuery::kSearchCountCap;
};
