#pragma once

#include "CliCommand.h"

// The figures for the commissioning councils (issue 14), as CSV, an XLSX
// workbook, or the contract-monitoring report in PDF (--format pdf):
//   report --from DATE --to DATE [--council CODE] [--format csv|xlsx|pdf] --out FILE
//   report sen2 --year YYYY --council CODE [--format csv|xlsx] --out FILE
//   report activity --from DATE --to DATE --council CODE [--format csv|xlsx] --out FILE
//   report definitions (what every figure counts, as the README lists it)
// Supervisors and administrators. Files are complete or absent (PrivateFile).
class ReportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override
    {
        return QStringLiteral(
            "the figures for the councils (CSV, XLSX or a PDF report), their SEN2 return and activity "
            "statements");
    }
    QStringList usage() const override
    {
        return {QStringLiteral(
                    "report --from DATE --to DATE [--council CODE] [--format csv|xlsx|pdf] --out FILE"),
                QStringLiteral("report sen2 --year YYYY --council CODE [--format csv|xlsx] --out FILE"),
                QStringLiteral(
                    "report activity --from DATE --to DATE --council CODE [--format csv|xlsx] --out FILE"),
                QStringLiteral("report definitions")};
    }
    int run(CliContext& context) override;
};
