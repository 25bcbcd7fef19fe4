#pragma once

#include <QAbstractTableModel>
#include <QList>

// A table over rows read elsewhere and handed in whole (the screen reads them
// from the store and gives them to the model): this keeps the rows, the
// fixed number of columns and the counts a view asks for; the model on top
// says what each column shows. The paged lists are PagedQueryModel instead.
template <typename Row> class RowTableModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columnCount;
    }

protected:
    RowTableModel(int columnCount, QObject* parent) : QAbstractTableModel(parent), m_columnCount(columnCount)
    {}

    // Replaces every row, as a model reset.
    void resetRows(const QList<Row>& rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    const QList<Row>& rows() const { return m_rows; }
    // The row at `row`; nullptr outside the table.
    const Row* rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    // The row whose id is `id`; -1 when it is not listed.
    int rowWithId(qint64 id) const
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == id)
                return row;
        }
        return -1;
    }
    // For an edit through setData(): the caller announces the change.
    Row& editableRow(int row) { return m_rows[row]; }

private:
    QList<Row> m_rows;
    const int m_columnCount;
};
