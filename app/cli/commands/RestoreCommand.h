#pragma once

#include "CliCommand.h"

// restore FILE: replaces an SQLite database by a verified backup, copying
// the current one aside first.
class RestoreCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override
    {
        return QStringLiteral("replace an SQLite database by a verified backup");
    }
    QStringList usage() const override { return {QStringLiteral("restore FILE")}; }
    int run(CliContext& context) override;
};
