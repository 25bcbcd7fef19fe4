#pragma once

#include "CliCommand.h"

// audit list: the audit trail as CSV (RFC 4180), oldest first, for
// supervisors and administrators.
class AuditCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override { return QStringLiteral("print the audit trail as CSV"); }
    QStringList usage() const override
    {
        return {QStringLiteral("audit list [--from DATE] [--to DATE] [--table T] [--record ID] [--by NAME] "
                               "[--action A]")};
    }
    int run(CliContext& context) override;

private:
    int list(CliContext& context, const QStringList& arguments);
};
