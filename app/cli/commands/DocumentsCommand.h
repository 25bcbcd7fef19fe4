#pragma once

#include "CliCommand.h"

// The documents filed on a case, for scripts that file scanned post.
// documents add --case REF FILE [--title TEXT]: files FILE and prints its
// line. documents list --case REF: one document a line, newest first,
// tab-separated (id, title, type, bytes, SHA-256, added by, added at).
// documents get ID --out FILE: writes the stored bytes exactly (an export
// in the audit trail) and prints "FILE<TAB>BYTES".
class DocumentsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("documents"); }
    QString summary() const override
    {
        return QStringLiteral("file a document on a case, list a case's documents, or write one out");
    }
    QStringList usage() const override
    {
        return {QStringLiteral("documents add --case REFERENCE FILE [--title TEXT]"),
                QStringLiteral("documents list --case REFERENCE"),
                QStringLiteral("documents get ID --out FILE")};
    }
    int run(CliContext& context) override;

private:
    int add(CliContext& context);
    int list(CliContext& context);
    int get(CliContext& context);
};
