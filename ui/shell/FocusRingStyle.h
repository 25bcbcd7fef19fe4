#pragma once

#include <QProxyStyle>

// The desktop's style with the keyboard focus always shown. Fusion and
// others draw the default button's ring whether or not it has the keyboard,
// and an empty table looks the same with the keyboard as without: after a
// press of Tab a person could not see where they are. This draws a ring
// inside a focused button and around a focused table, list or page view.
class FocusRingStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // Wraps `base` (the application's style when null), which it then owns.
    explicit FocusRingStyle(QStyle* base = nullptr);

    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget = nullptr) const override;
    void polish(QWidget* widget) override;
    using QProxyStyle::polish;
    void unpolish(QWidget* widget) override;
    using QProxyStyle::unpolish;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};
