#pragma once

#include "CliCommand.h"

// contacts import | export | list | duplicates: the directory of
// organisations and people, to and from CSV (see store/ContactCsv.h).
class ContactsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("contacts"); }
    QString summary() const override
    {
        return QStringLiteral("import, export or list the directory of organisations and people");
    }
    QStringList usage() const override
    {
        return {QStringLiteral("contacts import FILE.csv"), QStringLiteral("contacts export --out FILE.csv"),
                QStringLiteral("contacts list [--search TEXT]"), QStringLiteral("contacts duplicates")};
    }
    int run(CliContext& context) override;

private:
    int importFile(CliContext& context, const QStringList& arguments);
    int exportFile(CliContext& context, const QStringList& arguments);
    int list(CliContext& context, const QStringList& arguments);
    int duplicates(CliContext& context, const QStringList& arguments);
};
