#include "platform/Terminal.h"

#include <QTextStream>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

bool Terminal::inputIsInteractive()
{
    return isatty(STDIN_FILENO);
}

QString Terminal::readHiddenLine()
{
    termios saved{};
    const bool quiet = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (quiet) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (quiet)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    return line;
}
