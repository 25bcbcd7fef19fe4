#pragma once

#include <QTableWidgetItem>

// A table cell shown as text and sorted by a number (bytes, a time, a day),
// so that 900 KB sorts before 2 MB and dates sort by time, not as text.
class SortKeyItem : public QTableWidgetItem
{
public:
    SortKeyItem(const QString& text, qint64 key) : QTableWidgetItem(text) { setData(Qt::UserRole + 1, key); }
    bool operator<(const QTableWidgetItem& other) const override
    {
        return data(Qt::UserRole + 1).toLongLong() < other.data(Qt::UserRole + 1).toLongLong();
    }
};
