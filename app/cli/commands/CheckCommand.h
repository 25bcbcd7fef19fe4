#pragma once

#include "CliCommand.h"

// check: reports the schema version and runs a full integrity check.
// Exits 1 when the database is damaged.
class CheckCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override
    {
        return QStringLiteral("report the schema version and check integrity");
    }
    QStringList usage() const override { return {QStringLiteral("check")}; }
    int run(CliContext& context) override;
};
