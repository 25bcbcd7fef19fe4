#include "itemmodels/PagedQueryModel.h"

PagedQueryModel::PagedQueryModel(int sortColumn, QObject* parent)
    : QAbstractTableModel(parent), m_sortColumn(sortColumn)
{}

void PagedQueryModel::clear()
{
    clearRows();
    m_fetched = 0;
    m_total = 0;
    m_capped = false;
}

void PagedQueryModel::refresh()
{
    beginResetModel();
    m_resetting = true;
    clear();
    if (m_db.isOpen()) {
        StoreError error = countRows(&m_total, &m_capped);
        if (error.ok())
            error = fetchRows(0, kPageSize);
        if (error.ok())
            error = refreshExtras();
        if (error) {
            clear();
            m_resetting = false;
            endResetModel();
            emit loadFailed(error.message());
            return;
        }
    }
    m_resetting = false;
    endResetModel();
}

int PagedQueryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

bool PagedQueryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && (m_fetched < m_total || m_capped);
}

void PagedQueryModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    if (StoreError error = fetchRows(m_fetched, kPageSize))
        emit loadFailed(error.message());
}

void PagedQueryModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}
