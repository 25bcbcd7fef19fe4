#pragma once

#include <QString>

// The command-line tool's terminal: whether a person is typing at it, and a
// line read without showing what is typed (a password). TerminalPosix.cpp
// and TerminalWindows.cpp; the build picks one.
namespace Terminal {

bool inputIsInteractive();
// Reads one line from standard input with echo off where the terminal
// allows it; the typed line is returned without its line end.
QString readHiddenLine();

} // namespace Terminal
