#include "common/RecordTable.h"

#include <QHeaderView>
#include <QTableWidget>

namespace RecordTable {

void setUp(QTableWidget* table, const QStringList& headings, int stretchColumn, int sortColumn,
           Qt::SortOrder order)
{
    table->setHorizontalHeaderLabels(headings);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSortingEnabled(true);
    table->sortByColumn(sortColumn, order);
}

} // namespace RecordTable
