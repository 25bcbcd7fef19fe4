#pragma once

#include "CliCommand.h"

// appeal-deadline: the last day to appeal to the tribunal (HESC rules 20 and 12).
class AppealDeadlineCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("appeal-deadline"); }
    QString summary() const override { return QStringLiteral("the last day to appeal to the SEND tribunal"); }
    QStringList usage() const override
    {
        return {
            QStringLiteral("appeal-deadline --decision-sent DATE [--certificate-issued DATE] [--explain]")};
    }
    int run(CliContext& context) override;
};
