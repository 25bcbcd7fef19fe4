#pragma once

#include "CliCommand.h"

// The tasks on cases, for scripts and a morning's list at the terminal.
// tasks add --case REF --title TEXT [--for USER] [--due DATE]: adds an open
// task and prints its line. tasks list --case REF: the case's tasks (open
// first); with --mine, only the open ones for the user signed in; with
// --overdue, only the open ones due before today. Without --case, --mine or
// --overdue lists them across the cases the user sees. One task a line,
// tab-separated: id, case reference, due date ("-" when none), "open" or
// "done", for whom ("-" when nobody), title. tasks done ID marks it done and
// prints its line.
class TasksCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("tasks"); }
    QString summary() const override
    {
        return QStringLiteral(
            "add a task on a case, list tasks (a case's, your own, overdue), mark one done");
    }
    QStringList usage() const override
    {
        return {QStringLiteral("tasks add --case REFERENCE --title TEXT [--for USERNAME] [--due YYYY-MM-DD]"),
                QStringLiteral("tasks list [--case REFERENCE] [--mine | --overdue] [--today YYYY-MM-DD]"),
                QStringLiteral("tasks done ID")};
    }
    int run(CliContext& context) override;

private:
    int add(CliContext& context);
    int list(CliContext& context);
    int done(CliContext& context);
};
