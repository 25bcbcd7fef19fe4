#pragma once

#include "CliCommand.h"

// backup: a consistent, checked copy of an SQLite database, to a file or
// into the backups folder beside it (keeping the newest seven).
class BackupCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override
    {
        return QStringLiteral("write a checked backup of an SQLite database");
    }
    QStringList usage() const override { return {QStringLiteral("backup [--out FILE]")}; }
    int run(CliContext& context) override;
};
