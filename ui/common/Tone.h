#pragma once

#include <QColor>

class QPalette;
class QWidget;

// The few colours that carry a meaning beside the words: a problem to fix, a
// caution, text that matters less. Each is worked out from the palette in use
// (the desktop's, a dark one or the high-contrast one), so that it reads at a
// contrast of at least 4.5:1 on every one of them. Colour is never the only
// signal: every use also says it in words or with a sign.
enum class Tone
{
    Problem,
    Caution,
    Quiet
};

namespace Tones {
// Whether `palette` is light text on a dark window.
bool isDark(const QPalette& palette);
// Text in `tone` on the palette's window or base colour.
QColor text(Tone tone, const QPalette& palette);
// An area filled in `tone` (an overdue row, a warning banner) and the text on it.
QColor fill(Tone tone, const QPalette& palette);
QColor textOnFill(Tone tone, const QPalette& palette);
// The contrast ratio of two colours as WCAG 2 defines it, from 1 to 21.
double contrast(const QColor& a, const QColor& b);

// Colours `widget`'s text in `tone` (and with `filled`, its background too),
// and again whenever the application's palette changes (View > High Contrast).
void mark(QWidget* widget, Tone tone, bool filled = false);
// Gives `widget` back the plain colours of the palette.
void unmark(QWidget* widget);
} // namespace Tones
