#pragma once

#include "StoreVerify.h"
#include "store/access/AuditChain.h"

#include <QTest>

// Fails the test, naming each broken row, unless the SQLite audit trail's
// chain verifies on `db` (the store tests end with it after their writes).
#define CG_VERIFY_AUDIT_CHAIN(db)                                                                            \
    do {                                                                                                     \
        AuditChainReport cgAuditReport_;                                                                     \
        CG_VERIFY_OK(AuditChain::verify((db), &cgAuditReport_));                                             \
        QVERIFY2(cgAuditReport_.ok(), qPrintable(cgAuditReport_.problems.join(QLatin1Char('\n'))));          \
    } while (false)
