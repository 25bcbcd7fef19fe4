#pragma once

#include <QListWidget>
#include <QSet>

// What to fix in a CSV file before an import, one "line N: column: what to
// fix" a row, each shown whole (wrapped). The contacts and the cases imports
// both list their refusals here, so both read alike.
class CsvProblemList : public QListWidget
{
    Q_OBJECT

public:
    explicit CsvProblemList(QWidget* parent = nullptr);

    // Replaces the list; hidden while there is nothing to fix.
    void setProblems(const QStringList& problems);
    // The file's lines the problems name (those starting "line N:").
    const QSet<int>& badLines() const { return m_badLines; }
    // The line a problem names; 0 when it names none.
    static int lineOf(const QString& problem);

private:
    QSet<int> m_badLines;
};
