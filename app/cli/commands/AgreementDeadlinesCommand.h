#pragma once

#include "CliCommand.h"

// agreement-deadlines --agreed DATE --action KIND: what the council must do
// after a mediation agreement, and by when (rules/README.md section 3,
// "After an agreement"), one `ISO-DATE<TAB>what` line each, in date order.
class AgreementDeadlinesCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("agreement-deadlines"); }
    QString summary() const override
    {
        return QStringLiteral("the council's deadlines after a mediation agreement (reg 42 and reg 44)");
    }
    QStringList usage() const override
    {
        return {QStringLiteral("agreement-deadlines --agreed DATE --action "
                               "assess|make-plan|appealable|not-appealable [--agreed-period-days N] "
                               "[--council-not-party]")};
    }
    int run(CliContext& context) override;
};
