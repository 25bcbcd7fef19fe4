#pragma once

#include "CliCommand.h"

// demo-data --cases N: fills a new, empty database with synthetic cases.
class DemoDataCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("demo-data"); }
    QString summary() const override
    {
        return QStringLiteral(
            "fill a new, empty database with N synthetic cases (never mixed with real ones)");
    }
    QStringList usage() const override { return {QStringLiteral("demo-data --cases N [--seed S]")}; }
    int run(CliContext& context) override;
};
