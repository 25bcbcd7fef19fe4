#pragma once

#include "CliCommand.h"

// The family's travel expenses on a case (rules/README.md section 3, "The
// family's travel expenses"). expenses list --case REF: one journey a line,
// tab-separated (id, date, mode, miles, amount, receipt, claimant,
// description), then "total<TAB>AMOUNT". expenses add --case REF ...:
// records one and prints its line. expenses claim-form --case REF --out
// FILE.pdf: the claim for the council.
class ExpensesCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("expenses"); }
    QString summary() const override
    {
        return QStringLiteral(
            "list or record the family's travel expenses on a case, or write the claim form");
    }
    QStringList usage() const override
    {
        return {QStringLiteral("expenses list --case REFERENCE"),
                QStringLiteral("expenses add --case REFERENCE --date YYYY-MM-DD --amount 12.40 "
                               "--mode car|public_transport|taxi|other --description TEXT [--miles N] "
                               "[--claimant NAME] [--receipt] [--note TEXT] [--meeting ID] [--today DATE]"),
                QStringLiteral("expenses claim-form --case REFERENCE --out FILE.pdf")};
    }
    int run(CliContext& context) override;

private:
    int list(CliContext& context);
    int add(CliContext& context);
    int claimForm(CliContext& context);
};
