#pragma once

#include <QList>
#include <QTableWidget>

// A read-only table of stored records (a case's documents, journeys, tasks),
// one row each and each cell holding its record's id: rows are chosen whole
// and one at a time, sorted by any column, and the record chosen stays
// chosen when the rows are read again. Enter or a double-click asks to open
// the chosen record, Delete to remove it.
class RecordTable : public QTableWidget
{
    Q_OBJECT

public:
    // `stretchColumn` takes the spare width; the others fit their contents.
    RecordTable(const QStringList& headers, int stretchColumn, QWidget* parent = nullptr);

    struct Row
    {
        qint64 id = 0;
        QList<QTableWidgetItem*> cells; // the table takes them
    };
    // Replaces every row, keeping the chosen record chosen (else the first row).
    void setRows(const QList<Row>& rows);
    qint64 idAt(int row) const;
    qint64 currentId() const;

    // A cell shown as `text` and sorted by `key` (bytes, a time, a date), so
    // that 900 KB sorts before 2 MB and dates sort by time, not by their words.
    static QTableWidgetItem* sortedItem(const QString& text, qint64 key);

signals:
    void openRequested(qint64 id);
    void removeRequested(qint64 id);

protected:
    void keyPressEvent(QKeyEvent* event) override;
};
