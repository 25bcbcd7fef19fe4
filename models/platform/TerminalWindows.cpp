#include "platform/Terminal.h"

#include <QTextStream>
#include <cstdio>
#include <windows.h>

bool Terminal::inputIsInteractive()
{
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &mode);
}

QString Terminal::readHiddenLine()
{
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD saved = 0;
    const bool quiet = GetConsoleMode(input, &saved);
    if (quiet)
        SetConsoleMode(input, saved & ~static_cast<DWORD>(ENABLE_ECHO_INPUT));
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (quiet)
        SetConsoleMode(input, saved);
    return line;
}
