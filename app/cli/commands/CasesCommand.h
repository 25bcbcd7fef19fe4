#pragma once

#include "CliCommand.h"

// cases list | show | export | import: the case list from the command line, through
// the case list screen's own query (CaseListQuery, with its access scope: a
// mediator sees only their cases), one case in full, and every case to CSV in
// the case import's columns (store/cases/CaseCsv.h), and back (CaseImport).
class CasesCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("cases"); }
    QString summary() const override
    {
        return QStringLiteral("list the cases, show one case in full, or export or import the cases as CSV");
    }
    QStringList usage() const override
    {
        return {QStringLiteral("cases list [--search TEXT] [--council CODE] [--stage STAGE] [--overdue] "
                               "[--format tsv|csv] [--today DATE]"),
                QStringLiteral("cases show REFERENCE [--today DATE]"),
                QStringLiteral("cases export --out FILE.csv"),
                QStringLiteral("cases import FILE.csv [--mapping FILE.csv] [--dry-run] [--today DATE]\n"
                               "    (a row's optional action column: empty or create makes a case; update "
                               "changes the case\n"
                               "    with the row's reference, or else the same child and date of birth)")};
    }
    int run(CliContext& context) override;

private:
    int list(CliContext& context, const QStringList& arguments);
    int show(CliContext& context, const QStringList& arguments);
    int exportFile(CliContext& context, const QStringList& arguments);
    int importFile(CliContext& context, const QStringList& arguments);
};
