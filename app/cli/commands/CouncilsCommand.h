#pragma once

#include "CliCommand.h"

// councils list | councils add: the commissioning councils and their
// contract settings (what starts the contract's 30-day target, the referral
// service level).
class CouncilsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("councils"); }
    QString summary() const override { return QStringLiteral("list or add the commissioning councils"); }
    QStringList usage() const override
    {
        return {QStringLiteral("councils list"),
                QStringLiteral(
                    "councils add --name NAME --code CODE [--contract-start enquiry|mediation_requested] "
                    "[--referral-days N] [--retention-years N]")};
    }
    int run(CliContext& context) override;

private:
    int list(CliContext& context);
    int add(CliContext& context, const QStringList& arguments);
};
