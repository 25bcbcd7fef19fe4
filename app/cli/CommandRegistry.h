#pragma once

#include "CliCommand.h"

#include <memory>
#include <vector>

// Every command of commonground-cli, in the order --help lists them.
class CommandRegistry
{
public:
    CommandRegistry();
    ~CommandRegistry();

    CliCommand* find(const QString& name) const;
    QString help() const;
    static QString commandHelp(const CliCommand& command);

private:
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};
