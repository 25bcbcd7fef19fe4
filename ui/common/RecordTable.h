#pragma once

#include <QStringList>
#include <Qt>

class QTableWidget;

// A page's table of records, set up alike (the Documents and Tasks pages):
// its headings, each column as wide as its content but `stretchColumn`,
// which takes the rest; whole rows chosen one at a time, never edited in
// place; sorted by any heading, first by `sortColumn`.
namespace RecordTable {
void setUp(QTableWidget* table, const QStringList& headings, int stretchColumn, int sortColumn,
           Qt::SortOrder order);
}
