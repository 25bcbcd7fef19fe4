#pragma once

#include "CliCommand.h"

// working-days add DATE N: the N-th working day after DATE.
class WorkingDaysCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("working-days"); }
    QString summary() const override
    {
        return QStringLiteral("the N-th working day after a date (the date itself not counted)");
    }
    QStringList usage() const override { return {QStringLiteral("working-days add DATE N [--explain]")}; }
    int run(CliContext& context) override;

    // Enough for any statutory or contract period; more is a typing slip.
    static constexpr int kMaximumDays = 3650;
};
