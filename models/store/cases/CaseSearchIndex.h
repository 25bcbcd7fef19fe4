#pragma once

#include "store/infrastructure/StoreError.h"

#include <QSqlDatabase>

// Keeps a case's full-text search entry (reference, names, school) up to
// date: an FTS5 table on SQLite, a tsvector with a GIN index on PostgreSQL
// (where the entry also keeps whether the case is open and its next
// deadline, which a trigger on cases follows: schema 30). Names are kept
// folded (rules/NameFold). Called inside the write transaction that changed
// the case.
class CaseSearchIndex
{
public:
    explicit CaseSearchIndex(QSqlDatabase db);

    StoreError refresh(qint64 caseId);
    // The entry of a case just made, which has none yet: refresh() without
    // its delete (on SQLite an FTS5 delete before the insert of the same row
    // writes out the pending index every time).
    StoreError add(qint64 caseId);
    // Rebuilds every entry (after a bulk load).
    StoreError rebuild();

private:
    QSqlDatabase m_db;
    bool m_postgres;
};
