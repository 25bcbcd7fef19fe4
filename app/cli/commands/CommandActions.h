#pragma once

#include "CliContext.h"

#include <QCommandLineParser>
#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <utility>

// Commands made of actions ("cases list", "cases show"): the action is the
// first argument, and it runs with the others, the program name in front so
// that a QCommandLineParser takes them as they are. No action, or one the
// command does not have, is a usage error: `sayWhich` names the actions.
namespace CommandActions {

template <class Command>
using Action = std::pair<const char*, int (Command::*)(CliContext&, const QStringList&)>;

template <class Command>
int run(Command* command, CliContext& context, std::initializer_list<Action<Command>> actions,
        const QString& sayWhich)
{
    const QStringList arguments = context.arguments();
    const QString action = arguments.value(1);
    const QStringList rest = QStringList{arguments.first()} + arguments.mid(2);
    for (const Action<Command>& candidate : actions) {
        if (action == QLatin1String(candidate.first))
            return (command->*candidate.second)(context, rest);
    }
    return context.usageError(action.isEmpty() ? sayWhich
                                               : QStringLiteral("unknown action '%1'").arg(action));
}

// An action's own command line: false after printing the usage error when
// an option is unknown or the action is not given exactly `positionalCount`
// other arguments (`howToCall` then says how to call it).
inline bool parse(CliContext& context, QCommandLineParser& parser, const QStringList& arguments,
                  qsizetype positionalCount, const QString& howToCall)
{
    if (!parser.parse(arguments)) {
        context.usageError(parser.errorText());
        return false;
    }
    if (parser.positionalArguments().size() != positionalCount) {
        context.usageError(howToCall);
        return false;
    }
    return true;
}

} // namespace CommandActions
