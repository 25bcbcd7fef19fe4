#pragma once

#include "store/infrastructure/StoreError.h"

#include <QSqlDatabase>

// Keeps a case's full-text search entry (reference, names, school) up to
// date: an FTS5 table on SQLite, a tsvector with a GIN index on PostgreSQL.
// Called inside the write transaction that changed the case.
class CaseSearchIndex
{
public:
    explicit CaseSearchIndex(QSqlDatabase db);

    StoreError refresh(qint64 caseId);
    // Rebuilds every entry (after a bulk load).
    StoreError rebuild();

private:
    QSqlDatabase m_db;
    bool m_postgres;
};
