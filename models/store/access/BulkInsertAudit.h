#pragma once

#include "store/infrastructure/StoreError.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

// The audit of a bulk load on SQLite (DemoDataGenerator): one 'bulk_insert'
// row per table per committed batch in place of one 'insert' row per row.
//
// Why: a row's 'insert' audit row keeps the whole row again as JSON, with
// its column names, plus two hex SHA-256 and three index entries, and the
// seal's UPDATE for each: for 200,000 demo cases that tripled the time and
// nearly quadrupled the file (tests/benchmarks/README.md, "Demo data").
// What an insert needs to be reconstructed is already in the table: the
// rows themselves, every later change of them (the update and delete
// triggers stay on, one row per changed field, old and new value) and this
// record of the batch: who, when, which table, the rowid range, how many
// rows and the SHA-256 of the rows as inserted (each as the JSON array of
// its columns in table order, one a line). Undoing the later changes of the
// range gives rows that hash to that digest, and the record is sealed and
// chained like every audit row (AuditChain), so the tamper evidence of the
// trail holds. It also keeps no personal data in the trail.
//
// While an object lives, the per-row INSERT triggers of `tables` are off on
// this connection only (they are TEMP triggers, AuditTriggers); every other
// connection, and this one afterwards (the destructor installs them again),
// audits as always. PostgreSQL: nothing changes (its triggers are in the
// schema and the login cannot turn them off), so each row is audited there.
class BulkInsertAudit
{
public:
    BulkInsertAudit(QSqlDatabase db, QStringList tables);
    ~BulkInsertAudit();
    BulkInsertAudit(const BulkInsertAudit&) = delete;
    BulkInsertAudit& operator=(const BulkInsertAudit&) = delete;

    // Turns the per-row insert audit of the tables off (SQLite).
    StoreError start();
    // Notes where each table ends: call it first in each batch's transaction.
    StoreError beginBatch();
    // Records the rows each table gained since beginBatch(): call it last in
    // the batch's transaction, so that the record and the rows commit together.
    StoreError recordBatch();

private:
    QSqlDatabase m_db;
    QStringList m_tables;
    QHash<QString, qint64> m_lastRowid;
    bool m_sqlite = false;
    bool m_started = false;
};
