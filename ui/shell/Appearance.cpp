#include "shell/Appearance.h"

#include "shell/FocusRingStyle.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <optional>
#include <utility>

namespace {
const QString kSettingKey = QStringLiteral("appearance/highContrast");

// What the desktop gave, to go back to when high contrast is turned off.
struct DesktopLook
{
    QPalette palette;
    QString styleName;
    QString styleSheet;
};
std::optional<DesktopLook>& desktopLook()
{
    static std::optional<DesktopLook> look;
    return look;
}
bool& highContrastOn()
{
    static bool on = false;
    return on;
}

// The name of the style under the focus rings, to make it again.
QString baseStyleName()
{
    QStyle* style = QApplication::style();
    if (auto* ring = qobject_cast<FocusRingStyle*>(style))
        style = ring->baseStyle();
    return style->name();
}

// `name`'s style with the keyboard focus always shown.
void setStyle(const QString& name)
{
    QApplication::setStyle(new FocusRingStyle(QStyleFactory::create(name)));
}
} // namespace

QPalette Appearance::highContrastPalette()
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor yellow(0xff, 0xff, 0x00);
    const QColor grey(0xc0, 0xc0, 0xc0);
    QPalette palette;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        const QColor foreground = disabled ? grey : white;
        const std::pair<QPalette::ColorRole, QColor> roles[] = {
            {QPalette::Window, black},
            {QPalette::WindowText, foreground},
            {QPalette::Base, black},
            {QPalette::AlternateBase, QColor(0x1c, 0x1c, 0x1c)},
            {QPalette::Text, foreground},
            {QPalette::PlaceholderText, grey},
            {QPalette::Button, black},
            {QPalette::ButtonText, foreground},
            {QPalette::BrightText, yellow},
            {QPalette::ToolTipBase, black},
            {QPalette::ToolTipText, white},
            {QPalette::Highlight, disabled ? grey : yellow},
            {QPalette::HighlightedText, black},
            {QPalette::Link, QColor(0x80, 0xd8, 0xff)},
            {QPalette::LinkVisited, QColor(0xe0, 0xb0, 0xff)},
            // The style draws edges and shadows from these: light, so that they show on black.
            {QPalette::Light, white},
            {QPalette::Midlight, grey},
            {QPalette::Mid, grey},
            {QPalette::Dark, white},
            {QPalette::Shadow, white},
        };
        for (const auto& [role, colour] : roles)
            palette.setColor(group, role, colour);
    }
    return palette;
}

QString Appearance::highContrastStyleSheet()
{
    // The style draws a field's edge a shade darker than the window, which on
    // black is no edge at all; these give every field and button one, and a
    // thick yellow one while it has the keyboard.
    return QStringLiteral(
        "QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox, QPushButton, QToolButton"
        " { border: 1px solid #ffffff; padding: 2px 4px; }"
        "QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus, QComboBox:focus,"
        " QPushButton:focus, QToolButton:focus, QAbstractItemView:focus"
        " { border: 2px solid #ffff00; }"
        "QPushButton { padding: 3px 12px; }"
        "QPushButton:default { border-width: 2px; }"
        "QLineEdit:disabled, QPushButton:disabled, QComboBox:disabled { border-style: dashed; }"
        // A check box's square drawn in the window's colour is no square at
        // all on black: an edge, and filled yellow when ticked.
        "QCheckBox::indicator, QRadioButton::indicator, QGroupBox::indicator, QAbstractItemView::indicator"
        " { width: 13px; height: 13px; border: 2px solid #ffffff; background: #000000; }"
        "QRadioButton::indicator { border-radius: 8px; }"
        "QCheckBox::indicator:checked, QRadioButton::indicator:checked, QGroupBox::indicator:checked,"
        " QAbstractItemView::indicator:checked { background: #ffff00; }"
        "QCheckBox::indicator:indeterminate, QAbstractItemView::indicator:indeterminate { background: "
        "#808080; }"
        "QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border-style: dashed; }");
}

bool Appearance::isHighContrast()
{
    return highContrastOn();
}

void Appearance::setHighContrast(bool on, bool remember)
{
    if (!desktopLook())
        desktopLook() =
            DesktopLook{QApplication::palette(), QApplication::style()->name(), qApp->styleSheet()};
    if (remember)
        QSettings().setValue(kSettingKey, on);
    if (on == highContrastOn())
        return;
    highContrastOn() = on;
    if (on) {
        // Fusion draws with the palette on every platform; some native styles ignore it.
        setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(highContrastPalette());
        qApp->setStyleSheet(highContrastStyleSheet());
    } else {
        // The style sheet first: taking it away gives widgets back the
        // palettes they had when it came, the high-contrast ones.
        const DesktopLook& look = *desktopLook();
        qApp->setStyleSheet(look.styleSheet);
        setStyle(look.styleName);
        QApplication::setPalette(look.palette);
    }
}

void Appearance::applyRemembered(bool force)
{
    if (!qobject_cast<FocusRingStyle*>(QApplication::style())) {
        const QPalette desktop = QApplication::palette();
        setStyle(baseStyleName());
        QApplication::setPalette(desktop);
    }
    const bool remembered = QSettings().value(kSettingKey, false).toBool();
    setHighContrast(force || remembered, false);
}
