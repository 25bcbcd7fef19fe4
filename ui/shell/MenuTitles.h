#pragma once

#include <QStringList>

// The titles of the main window's menus, in one place: the screens' own Alt
// letters leave the menus' letters free (tst_formconventions checks), since
// an Alt+letter that is both a menu and a field does one or the other, and
// a person cannot tell which.
namespace MenuTitles {
QString file();
QString caseMenu();
QString settings();
QString view();
QString go();
QString office();
QString help();
// All of them, in the order they stand on the menu bar.
QStringList all();
} // namespace MenuTitles
