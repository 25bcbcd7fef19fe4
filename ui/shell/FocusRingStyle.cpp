#include "shell/FocusRingStyle.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QPainter>
#include <QStyleOption>

namespace {
bool showsKeyboardFocus(const QStyleOption* option)
{
    return (option->state & QStyle::State_HasFocus) && (option->state & QStyle::State_KeyboardFocusChange);
}

void drawRing(QPainter* painter, const QRect& rect, const QColor& colour, Qt::PenStyle style)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    QPen pen(colour, 2, style);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(rect.adjusted(1, 1, -2, -2));
    painter->restore();
}
} // namespace

FocusRingStyle::FocusRingStyle(QStyle* base) : QProxyStyle(base) {}

void FocusRingStyle::drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                                 const QWidget* widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    if (!showsKeyboardFocus(option))
        return;
    if (element == CE_PushButton) {
        // Inside the bevel and apart from the default button's ring: dashes in the text's colour.
        drawRing(painter, option->rect.adjusted(3, 3, -3, -3), option->palette.color(QPalette::ButtonText),
                 Qt::DashLine);
    } else if (element == CE_ShapedFrame && qobject_cast<const QAbstractScrollArea*>(widget)) {
        drawRing(painter, option->rect, option->palette.color(QPalette::Highlight), Qt::SolidLine);
    }
}

void FocusRingStyle::polish(QWidget* widget)
{
    QProxyStyle::polish(widget);
    // A view repaints only its inside when the keyboard comes or goes; its frame carries the ring.
    if (qobject_cast<QAbstractScrollArea*>(widget))
        widget->installEventFilter(this);
}

void FocusRingStyle::unpolish(QWidget* widget)
{
    if (qobject_cast<QAbstractScrollArea*>(widget))
        widget->removeEventFilter(this);
    QProxyStyle::unpolish(widget);
}

bool FocusRingStyle::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
        if (auto* view = qobject_cast<QAbstractScrollArea*>(watched))
            view->update();
    }
    return QProxyStyle::eventFilter(watched, event);
}
