#pragma once

#include "CliCommand.h"

// retention list | retention anonymise REFERENCE: the closed cases past their
// council's retention period, and anonymising one (supervisors and
// administrators; it cannot be undone).
class RetentionCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("retention"); }
    QString summary() const override
    {
        return QStringLiteral("list closed cases past retention, or anonymise one");
    }
    QStringList usage() const override
    {
        return {QStringLiteral("retention list [--today DATE]"),
                QStringLiteral("retention anonymise REFERENCE")};
    }
    int run(CliContext& context) override;
};
