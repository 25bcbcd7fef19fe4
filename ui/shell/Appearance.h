#pragma once

#include <QPalette>
#include <QString>

// How the program looks for the person at the desk: the desktop's own
// palette, or high contrast (white on black, yellow for what is selected and
// for the keyboard focus, a white edge on every field and button) for low
// vision. The choice is remembered for this user of this computer.
class Appearance
{
public:
    static QPalette highContrastPalette();
    // The rules that give fields and buttons a visible edge and focus in high contrast.
    static QString highContrastStyleSheet();
    static bool isHighContrast();
    // Switches at once, every open window included; remembers the choice unless `remember` is false.
    static void setHighContrast(bool on, bool remember = true);
    // At start: the keyboard focus always shown (FocusRingStyle), and the
    // remembered choice, or high contrast for this run when `force` (--high-contrast).
    static void applyRemembered(bool force);
};
