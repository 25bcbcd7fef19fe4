#include "CheckCommand.h"

#include "CliContext.h"
#include "store/access/AuditChain.h"

int CheckCommand::run(CliContext& context)
{
    if (context.arguments().size() > 1)
        return context.usageError(QStringLiteral("check takes no arguments"));
    // Look, never change: no new file, no upgrade.
    Database* database = context.openDatabase({.create = false, .migrate = false});
    if (!database)
        return ExitFailure;
    QTextStream& out = context.out();
    out << "database: " << database->settings().describe() << Qt::endl;
    out << "schema version: " << database->schemaVersion() << Qt::endl;
    out << "program schema version: " << Database::supportedSchemaVersion() << Qt::endl;
    if (database->schemaVersion() < Database::supportedSchemaVersion())
        out << "upgrade: needed (run 'commonground-cli init')" << Qt::endl;
    QStringList problems;
    if (StoreError error = database->checkIntegrity(&problems)) {
        out << "integrity: failed" << Qt::endl;
        return context.fail(error);
    }
    if (!problems.isEmpty()) {
        out << "integrity: failed" << Qt::endl;
        for (const QString& problem : problems)
            out << "problem: " << problem << Qt::endl;
        return ExitFailure;
    }
    out << "integrity: ok" << Qt::endl;

    // The SQLite audit trail: its chain, its guards, and roles and issued
    // certificates against what it recorded (schema 13 on).
    AuditChainReport trail;
    if (StoreError error = AuditChain::verify(database->connection(), &trail)) {
        out << "audit trail: failed" << Qt::endl;
        return context.fail(error);
    }
    if (!trail.applies)
        return ExitOk;
    if (!trail.ok()) {
        if (trail.firstBrokenId > 0)
            out << "audit trail: broken at row " << trail.firstBrokenId << Qt::endl;
        else
            out << "audit trail: failed" << Qt::endl;
        for (const QString& problem : std::as_const(trail.problems))
            out << "problem: " << problem << Qt::endl;
        context.fail(QStringLiteral("the audit trail shows changes made outside Common Ground (see the "
                                    "problems above): keep a copy of this file as it is, as evidence, and "
                                    "tell whoever looks after the office's data"));
        return ExitFailure;
    }
    out << "audit trail: ok (" << trail.rows << " rows; chain head " << trail.head << ")" << Qt::endl;
    return ExitOk;
}
