#pragma once

#include "CliCommand.h"

// subject-access --case REFERENCE | --contact ID --out FOLDER: everything held
// about a case's family or a directory contact, as JSON and a readable PDF.
class SubjectAccessCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("subject-access"); }
    QString summary() const override
    {
        return QStringLiteral("export everything held about a person (JSON and PDF)");
    }
    QStringList usage() const override
    {
        return {QStringLiteral("subject-access (--case REFERENCE | --contact ID) --out FOLDER")};
    }
    int run(CliContext& context) override;
};
