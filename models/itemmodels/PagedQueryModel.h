#pragma once

#include "store/infrastructure/StoreError.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSqlDatabase>
#include <algorithm>

// A list read from the database a page at a time, as DB Browser for SQLite's
// table model does: sorted, filtered and searched in SQL, so that 200,000
// rows load no faster or slower than 200. rowCount() is what has been
// fetched; totalCount() is the whole. This class keeps the paging, the sort
// and the refresh; PagedRowModel counts and fetches the rows through a query
// class and holds them (CaseListModel, ContactListModel).
class PagedQueryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;

    // With totalIsCapped(), at least this many: the count stopped there
    // (a search of a common name, CaseListQuery::kSearchCountCap).
    int totalCount() const { return m_capped ? std::max(m_total, m_fetched) : m_total; }
    bool totalIsCapped() const { return m_capped; }
    // Reloads from the first page, keeping filter and sort.
    void refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // A column the query cannot order by is left as it is.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // A query failed; the message says what (never personal data).
    void loadFailed(const QString& message);

protected:
    PagedQueryModel(int sortColumn, QObject* parent);

    // The model is empty while the database is not open. Does not refresh.
    void useDatabase(QSqlDatabase db) { m_db = std::move(db); }
    const QSqlDatabase& database() const { return m_db; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Whether the query can order by this column.
    virtual bool isSortable(int column) const = 0;
    // How many rows the whole query matches; *capped when the query stopped
    // counting early (then pages are fetched until one comes back short).
    virtual StoreError countRows(int* total, bool* capped) const = 0;
    // Fetches rows [offset, offset + limit) in the current sort and adds them
    // after those already fetched (fetchInto() does both).
    virtual StoreError fetchRows(int offset, int limit) = 0;
    // Forgets the rows fetched so far (and whatever was read with them).
    virtual void clearRows() = 0;
    // What else a refresh reads once the first page is in; a failure empties
    // the model as a failed page does.
    virtual StoreError refreshExtras() { return {}; }

    // For fetchRows(): the page [offset, offset + limit) of `query`, added after `rows`.
    // A query that can start a page after a row (keyset paging:
    // CaseListQuery::fetchAfter) is asked for the page after the last row
    // fetched, which costs the same at any depth; OFFSET steps over every row
    // before the page.
    template <typename Query, typename Row>
    StoreError fetchInto(const Query& query, int offset, int limit, QList<Row>* rows)
    {
        QList<Row> page;
        StoreError error;
        if constexpr (requires { query.fetchAfter(rows->last(), limit, &page); }) {
            error = offset > 0 && offset == rows->size() ? query.fetchAfter(rows->last(), limit, &page)
                                                         : query.fetch(offset, limit, &page);
        } else {
            error = query.fetch(offset, limit, &page);
        }
        if (error.ok())
            appendPage(rows, page, limit);
        return error;
    }

private:
    template <typename Row> void appendPage(QList<Row>* rows, const QList<Row>& page, int limit)
    {
        if (m_capped && page.size() < limit) {
            // A short page ends a list whose count was capped: now it is known.
            m_capped = false;
            m_total = static_cast<int>(rows->size() + page.size());
        }
        if (m_resetting) {
            rows->append(page);
            m_fetched = static_cast<int>(rows->size());
            return;
        }
        if (page.isEmpty()) {
            // The list shrank under us (another desk closed cases, merged or
            // removed people): stop asking.
            m_total = m_fetched;
            return;
        }
        beginInsertRows({}, m_fetched, m_fetched + static_cast<int>(page.size()) - 1);
        rows->append(page);
        m_fetched = static_cast<int>(rows->size());
        endInsertRows();
    }
    void clear();

    QSqlDatabase m_db;
    int m_sortColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_fetched = 0;
    int m_total = 0;
    bool m_capped = false;
    // Inside refresh()'s model reset, where a page is added without telling the views row by row.
    bool m_resetting = false;
};
