#pragma once

#include "store/infrastructure/StoreError.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// What AuditChain::verify found.
struct AuditChainReport
{
    bool applies = false;     // an SQLite database at schema 13 or later
    qint64 rows = 0;          // audit rows walked
    qint64 firstBrokenId = 0; // the first audit row that does not verify, 0 if none
    QString head;             // the last chain hash: note it elsewhere to anchor the trail
    QStringList problems;     // one line each, the first broken row first

    bool ok() const { return problems.isEmpty(); }
};

// The tamper evidence of the SQLite audit trail (schema 13): every audit row
// carries the SHA-256 of its content and a chain hash over the row before it.
// See resources/migrations/0013_audit_chain.sqlite.sql for what is hashed,
// and "Threat model" in README.md for what this does and does not prove.
// PostgreSQL needs none of it: a login cannot write the trail.
class AuditChain
{
public:
    // On an SQLite connection: provides the cg_sha256() SQL function and the
    // TEMP trigger that seals each audit row as it is written; seals the rows
    // of an upgraded file once (when none is sealed yet). Called by
    // AuditTriggers::install.
    static StoreError install(QSqlDatabase db);

    // Walks the whole trail: each row's content against its hash (or an
    // allowed redaction), the chain, the guard triggers of the schema, and
    // that users' roles and issued certificates agree with what the trail
    // last recorded about them. Reads only.
    static StoreError verify(QSqlDatabase db, AuditChainReport* report);

    // The names of the schema's guard triggers that verify() expects.
    static QStringList guardTriggers();
};
