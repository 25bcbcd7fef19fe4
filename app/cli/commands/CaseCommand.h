#pragma once

#include "CliCommand.h"

// case duplicates REFERENCE | case merge REFERENCE --into REFERENCE --reason
// TEXT: the cases that look like the same referral, and merging a case
// entered twice into the one kept (supervisors; see CaseMergeRepository).
class CaseCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("case"); }
    QString summary() const override
    {
        return QStringLiteral("list a case's likely duplicates, or merge a case entered twice");
    }
    QStringList usage() const override
    {
        return {QStringLiteral("case duplicates REFERENCE"),
                QStringLiteral("case merge REFERENCE --into REFERENCE --reason TEXT [--today DATE]")};
    }
    int run(CliContext& context) override;
};
