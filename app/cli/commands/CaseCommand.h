#pragma once

#include "CliCommand.h"

#include <QSqlDatabase>

// case duplicates REFERENCE | case merge REFERENCE --into REFERENCE --reason
// TEXT: the cases that look like the same referral, and merging a case
// entered twice into the one kept (supervisors; see CaseMergeRepository).
// case appeal REFERENCE --date DATE --source KEY: the family registered an
// appeal with the tribunal (TribunalAppealRepository); without options it
// prints the appeal recorded, with --remove --reason it takes one off.
// case not-pursued REFERENCE --date DATE [--note TEXT]: the family did not
// pursue mediation (reg 34), so Part 1 is due (CaseRepository::recordNotPursued).
// case views REFERENCE [--how HOW [--note TEXT]]: how the child's or young
// person's views were sought (CFA s.56(1)(e), ChildViewsRepository).
class CaseCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("case"); }
    QString summary() const override
    {
        return QStringLiteral(
            "list a case's likely duplicates, merge a case entered twice, record a tribunal appeal, or "
            "record that the family did not pursue mediation, or how the child's views were sought");
    }
    QStringList usage() const override
    {
        return {
            QStringLiteral("case duplicates REFERENCE"),
            QStringLiteral("case merge REFERENCE --into REFERENCE --reason TEXT [--today DATE]"),
            QStringLiteral("case appeal REFERENCE [--date DATE --source family|council|tribunal_letter|other "
                           "[--today DATE] | --remove --reason TEXT]"),
            QStringLiteral("case not-pursued REFERENCE --date DATE [--note TEXT] [--today DATE]"),
            QStringLiteral(
                "case views REFERENCE [--how spoke|written|through_parent|through_advocate|not_sought "
                "[--note TEXT]]")};
    }
    int run(CliContext& context) override;

private:
    // The case an action names, in the database as it stands.
    struct NamedCase
    {
        QSqlDatabase db;
        qint64 id = 0;
        QString reference; // as printed: upper case, no spaces around it
    };
    // Opens the database at the case `reference` names (RecordCommandSupport::openCase);
    // false after printing why.
    static bool openNamed(CliContext& context, const QString& reference, NamedCase* named);

    int duplicates(CliContext& context, const QStringList& arguments)
    {
        return duplicatesOrMerge(context, arguments, false);
    }
    int merge(CliContext& context, const QStringList& arguments)
    {
        return duplicatesOrMerge(context, arguments, true);
    }
    // The two share their command line: a reference, and for a merge --into and --reason.
    int duplicatesOrMerge(CliContext& context, const QStringList& arguments, bool merging);
    int appeal(CliContext& context, const QStringList& arguments);
    int notPursued(CliContext& context, const QStringList& arguments);
    int views(CliContext& context, const QStringList& arguments);
};
