#include "common/RecordTable.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace {
constexpr int kSortKeyRole = Qt::UserRole + 1;

class SortKeyItem : public QTableWidgetItem
{
public:
    SortKeyItem(const QString& text, qint64 key) : QTableWidgetItem(text) { setData(kSortKeyRole, key); }
    bool operator<(const QTableWidgetItem& other) const override
    {
        return data(kSortKeyRole).toLongLong() < other.data(kSortKeyRole).toLongLong();
    }
};
} // namespace

RecordTable::RecordTable(const QStringList& headers, int stretchColumn, QWidget* parent)
    : QTableWidget(0, static_cast<int>(headers.size()), parent)
{
    setHorizontalHeaderLabels(headers);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    verticalHeader()->hide();
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(this, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (const qint64 id = idAt(row))
            emit openRequested(id);
    });
}

void RecordTable::setRows(const QList<Row>& rows)
{
    const qint64 chosen = currentId();
    // Sorting while rows go in would move them under the loop.
    const bool sorted = isSortingEnabled();
    setSortingEnabled(false);
    setRowCount(0);
    for (const Row& record : rows) {
        const int row = rowCount();
        insertRow(row);
        for (int column = 0; column < record.cells.size(); ++column) {
            record.cells.at(column)->setData(Qt::UserRole, record.id);
            setItem(row, column, record.cells.at(column));
        }
    }
    setSortingEnabled(sorted);
    for (int row = 0; row < rowCount(); ++row) {
        if (idAt(row) == chosen)
            selectRow(row);
    }
    if (rowCount() > 0 && currentRow() < 0)
        selectRow(0);
}

qint64 RecordTable::idAt(int row) const
{
    const QTableWidgetItem* cell = item(row, 0);
    return cell ? cell->data(Qt::UserRole).toLongLong() : 0;
}

qint64 RecordTable::currentId() const
{
    return idAt(currentRow());
}

QTableWidgetItem* RecordTable::sortedItem(const QString& text, qint64 key)
{
    return new SortKeyItem(text, key);
}

void RecordTable::keyPressEvent(QKeyEvent* event)
{
    const qint64 id = currentId();
    if (event->key() == Qt::Key_Delete) {
        if (id)
            emit removeRequested(id);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (id)
            emit openRequested(id);
        event->accept();
        return;
    }
    QTableWidget::keyPressEvent(event);
}
