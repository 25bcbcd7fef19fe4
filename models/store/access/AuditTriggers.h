#pragma once

#include "store/infrastructure/StoreError.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The row triggers that feed the audit trail.
//
// SQLite: a trigger in the database file may not read a connection's TEMP
// table, and only the TEMP session_actor says who acts; so every connection
// gets TEMP triggers, generated here from the tables' current columns after
// any upgrade (Database::open calls install()). PostgreSQL: schema step 8
// attaches cg_audit_row() to the same tables; install() does nothing there.
class AuditTriggers
{
public:
    // The audited tables, the same list as the PostgreSQL schema step's.
    static QStringList auditedTables();
    // Tables deliberately not audited: the trail itself, the schema version,
    // number counters and search indexes (derived from audited rows).
    static bool isUnaudited(const QString& table);
    // Columns whose values the trail never keeps (a change is recorded with
    // the values withheld): the password hash and the lockout counters.
    static bool isWithheld(const QString& table, const QString& column);

    // The name of the TEMP trigger that records each insert into `table`
    // (BulkInsertAudit turns it off for a bulk load on its connection).
    static QString insertTriggerName(const QString& table);

    // (Re)creates the TEMP triggers on an SQLite connection at schema 8 or later.
    static StoreError install(QSqlDatabase db);
};
