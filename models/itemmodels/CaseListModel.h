#pragma once

#include "itemmodels/PagedQueryModel.h"
#include "rules/BankHolidayCalendar.h"
#include "store/cases/CaseListQuery.h"

#include <QDate>

// The case list: a page of rows at a time, sorted, filtered and searched in
// SQL (PagedQueryModel), so that 200,000 cases load no faster or slower than
// 200.
class CaseListModel : public PagedQueryModel
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
    enum Role
    {
        CaseIdRole = Qt::UserRole + 1,
        UrgencyRole, // DeadlineUrgency::Level as int
    };

    explicit CaseListModel(QObject* parent = nullptr);

    // Clears the model when the database is not open.
    void setDatabase(QSqlDatabase db, const BankHolidayCalendar& calendar);
    void setToday(const QDate& today); // default: the system date at construction
    void setFilter(const CaseListFilter& filter);
    const CaseListFilter& filter() const { return m_filter; }
    qint64 caseIdAt(int row) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool isSortable(int column) const override { return queryColumn(column).has_value(); }
    StoreError countRows(int* total) const override { return query().count(total); }
    StoreError fetchRows(int offset, int limit) override
    {
        return fetchInto(query(), offset, limit, &m_rows);
    }
    void clearRows() override { m_rows.clear(); }

private:
    static std::optional<CaseListQuery::Column> queryColumn(int column);
    CaseListQuery query() const;

    BankHolidayCalendar m_calendar;
    QDate m_today;
    CaseListFilter m_filter;
    QList<CaseListRow> m_rows;
};
