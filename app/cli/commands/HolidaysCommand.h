#pragma once

#include "CliCommand.h"

// holidays list --year YYYY | holidays import FILE: the working-day calendar.
class HolidaysCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("holidays"); }
    QString summary() const override
    {
        return QStringLiteral("list the bank holidays of a year, or import a bank-holidays.json");
    }
    QStringList usage() const override
    {
        return {QStringLiteral("holidays list --year YYYY"), QStringLiteral("holidays import FILE")};
    }
    int run(CliContext& context) override;

private:
    int list(CliContext& context, const QString& yearText);
    int import(CliContext& context, const QString& path);
};
