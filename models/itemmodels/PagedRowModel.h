#pragma once

#include "itemmodels/PagedQueryModel.h"

#include <optional>

// A paged list whose rows are `Row`s read through a query class of store/
// (CaseListQuery, ContactListQuery) with a `Filter` the screen sets: the
// query counts the rows, fetches a page and orders by its own Column. This
// holds the filter and the rows and answers the paging from the query; the
// model says which query it runs and which of its columns the query can
// order by.
template <typename Query, typename Row, typename Filter> class PagedRowModel : public PagedQueryModel
{
public:
    // Reloads from the first page with `filter`.
    void setFilter(const Filter& filter)
    {
        m_filter = filter;
        refresh();
    }
    const Filter& filter() const { return m_filter; }

    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columnCount;
    }

protected:
    PagedRowModel(int columnCount, int sortColumn, QObject* parent)
        : PagedQueryModel(sortColumn, parent), m_columnCount(columnCount)
    {}

    // The query with filter(), in sortColumn() and sortOrder().
    virtual Query query() const = 0;
    // The query's column for a column of the model; none when it cannot order by it.
    virtual std::optional<typename Query::Column> queryColumn(int column) const = 0;

    const QList<Row>& rows() const { return m_rows; }
    // The row at `row`; nullptr outside the rows fetched so far.
    const Row* rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }

    bool isSortable(int column) const override { return queryColumn(column).has_value(); }
    StoreError countRows(int* total, bool* capped) const override
    {
        // A query that may stop counting early says so (CaseListQuery).
        if constexpr (requires(const Query& q) { q.count(total, capped); }) {
            return query().count(total, capped);
        } else {
            *capped = false;
            return query().count(total);
        }
    }
    StoreError fetchRows(int offset, int limit) override
    {
        return fetchInto(query(), offset, limit, &m_rows);
    }
    void clearRows() override { m_rows.clear(); }

private:
    Filter m_filter;
    QList<Row> m_rows;
    const int m_columnCount;
};
