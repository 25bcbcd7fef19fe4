#pragma once

#include "rules/BankHolidayCalendar.h"
#include "store/cases/CaseListQuery.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>

// The case list: a page of rows at a time, sorted, filtered and searched in
// SQL (as DB Browser for SQLite's table model does), so that 200,000 cases
// load no faster or slower than 200. rowCount() is what has been fetched;
// totalCount() is the whole.
class CaseListModel : public QAbstractTableModel
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
    static constexpr int kPageSize = 200;

    explicit CaseListModel(QObject* parent = nullptr);

    // Clears the model when the database is not open.
    void setDatabase(QSqlDatabase db, const BankHolidayCalendar& calendar);
    void setToday(const QDate& today); // default: the system date at construction
    void setFilter(const CaseListFilter& filter);
    const CaseListFilter& filter() const { return m_filter; }
    int totalCount() const { return m_total; }
    qint64 caseIdAt(int row) const;
    // Reloads from the first page, keeping filter and sort.
    void refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // A query failed; the message says what (never personal data).
    void loadFailed(const QString& message);

private:
    static std::optional<CaseListQuery::Column> queryColumn(int column);

    QSqlDatabase m_db;
    BankHolidayCalendar m_calendar;
    QDate m_today;
    CaseListFilter m_filter;
    int m_sortColumn = NextDeadlineColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<CaseListRow> m_rows;
    int m_total = 0;
};
