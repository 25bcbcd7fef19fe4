#pragma once

#include "CliCommand.h"

// certificates list | certificates due: the certificate register and what
// the open cases need, as plain tab-separated lines for scripts.
class CertificatesCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("certificates"); }
    QString summary() const override
    {
        return QStringLiteral("list the certificate register or what is due");
    }
    QStringList usage() const override
    {
        return {QStringLiteral("certificates list [--case REF] [--issued-on YYYY-MM-DD]"),
                QStringLiteral("certificates due [--today YYYY-MM-DD]")};
    }
    int run(CliContext& context) override;

private:
    int list(CliContext& context, const QStringList& arguments);
    int due(CliContext& context, const QStringList& arguments);
};
