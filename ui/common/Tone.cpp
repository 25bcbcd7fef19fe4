#include "common/Tone.h"

#include <QApplication>
#include <QEvent>
#include <QPalette>
#include <QPointer>
#include <QWidget>
#include <algorithm>
#include <cmath>

namespace {
const char* const kToneProperty = "commonGroundTone";
const char* const kFilledProperty = "commonGroundToneFilled";

// On a light palette: dark reds and browns on white or pale fills; on a dark
// one: light ones on black or deep fills. Checked against 4.5:1 by tst_tone.
QColor pick(bool dark, QRgb light, QRgb onDark)
{
    return QColor::fromRgb(dark ? onDark : light);
}

double channel(double value)
{
    value /= 255.0;
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.red()) + 0.7152 * channel(rgb.green()) + 0.0722 * channel(rgb.blue());
}

void paint(QWidget* widget)
{
    const auto tone = static_cast<Tone>(widget->property(kToneProperty).toInt());
    const bool filled = widget->property(kFilledProperty).toBool();
    const QPalette base = QApplication::palette(widget);
    QPalette palette = widget->palette();
    if (filled) {
        widget->setAutoFillBackground(true);
        palette.setColor(QPalette::Window, Tones::fill(tone, base));
        palette.setColor(QPalette::WindowText, Tones::textOnFill(tone, base));
        palette.setColor(QPalette::Text, Tones::textOnFill(tone, base));
    } else {
        palette.setColor(QPalette::WindowText, Tones::text(tone, base));
        palette.setColor(QPalette::Text, Tones::text(tone, base));
    }
    widget->setPalette(palette);
}

// Repaints the marked widgets in the new palette's tones when the
// application's palette changes: their own colours are set explicitly, so
// the change does not reach them by itself. It watches the application,
// which is told of every change (widgets that are windows are not).
class ToneKeeper : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange) {
            const QWidgetList widgets = QApplication::allWidgets();
            for (QWidget* widget : widgets) {
                if (widget->property(kToneProperty).isValid())
                    paint(widget);
            }
        }
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

bool Tones::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor Tones::text(Tone tone, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Problem:
        return pick(dark, 0xa00000, 0xff8f8f);
    case Tone::Caution:
        return pick(dark, 0x7a4d00, 0xffd27a);
    case Tone::Quiet:
        return pick(dark, 0x5c5c5c, 0xc8c8c8);
    }
    return palette.color(QPalette::WindowText);
}

QColor Tones::fill(Tone tone, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Problem:
        return pick(dark, 0xf8d0d0, 0x5c0000);
    case Tone::Caution:
        return pick(dark, 0xfff1c4, 0x4a3800);
    case Tone::Quiet:
        return palette.color(QPalette::AlternateBase);
    }
    return palette.color(QPalette::Window);
}

QColor Tones::textOnFill(Tone tone, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Problem:
        return pick(dark, 0x7a0c0c, 0xffffff);
    case Tone::Caution:
        return pick(dark, 0x4d3300, 0xffffff);
    case Tone::Quiet:
        return palette.color(QPalette::Text);
    }
    return palette.color(QPalette::WindowText);
}

double Tones::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void Tones::mark(QWidget* widget, Tone tone, bool filled)
{
    static QPointer<ToneKeeper> keeper;
    if (!keeper) {
        keeper = new ToneKeeper(qApp);
        qApp->installEventFilter(keeper);
    }
    widget->setProperty(kToneProperty, int(tone));
    widget->setProperty(kFilledProperty, filled);
    paint(widget);
}

void Tones::unmark(QWidget* widget)
{
    if (!widget->property(kToneProperty).isValid())
        return;
    widget->setProperty(kToneProperty, QVariant());
    widget->setProperty(kFilledProperty, QVariant());
    widget->setAutoFillBackground(false);
    widget->setPalette(QPalette()); // inherits the window's palette again
}
