#pragma once

#include <QString>
#include <QStringList>

class CliContext;

// One command of commonground-cli ("init", "check", "working-days", ...).
// run() returns the process exit code: 0 done, 1 the work failed, 2 the
// command line was wrong. Output is plain and stable; errors go to stderr.
class CliCommand
{
public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    // One line for the command list in --help.
    virtual QString summary() const = 0;
    // The usage lines after "commonground-cli [--database PATH] ".
    virtual QStringList usage() const = 0;
    virtual int run(CliContext& context) = 0;

    static constexpr int ExitOk = 0;
    static constexpr int ExitFailure = 1;
    static constexpr int ExitUsage = 2;
};
