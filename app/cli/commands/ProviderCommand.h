#pragma once

#include "CliCommand.h"

// provider show | provider set: the letterhead every certificate carries
// (name, address, phone, email, website, logo) and the certificate number
// prefix, kept in the database so every desk prints alike.
class ProviderCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("provider"); }
    QString summary() const override
    {
        return QStringLiteral("show or set the provider's details and the certificate number prefix");
    }
    QStringList usage() const override
    {
        return {QStringLiteral("provider show"),
                QStringLiteral("provider set [--name NAME] [--address TEXT] [--phone PHONE] [--email EMAIL] "
                               "[--website URL] [--logo FILE.png] [--certificate-prefix PREFIX]")};
    }
    int run(CliContext& context) override;

private:
    int show(CliContext& context);
    int set(CliContext& context, const QStringList& arguments);
};
