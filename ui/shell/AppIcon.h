#pragma once

#include <QIcon>

// The program's icons: the desktop theme's own where it has one (so the
// program looks at home), else the line icon bundled under
// resources/icons/ui, so every desk shows the same meaning.
enum class AppIcon
{
    Dashboard,
    Cases,
    Contacts,
    Calendar,
    Certificates,
    Reports,
    NewReferral,
    NewDatabase,
    OpenDatabase,
    SharedDatabase,
    Import,
    Quit,
    Councils,
    Venues,
    Retention,
    About,
};

QIcon appIcon(AppIcon icon);
// The bundled icon alone, whatever the theme (tests, and a theme that lacks one).
QIcon bundledIcon(AppIcon icon);
