#pragma once

#include "CliCommand.h"

// init: creates a new database, or upgrades an older one, and exits 0.
class InitCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override { return QStringLiteral("create a database, or upgrade an older one"); }
    QStringList usage() const override { return {QStringLiteral("init")}; }
    int run(CliContext& context) override;
};
