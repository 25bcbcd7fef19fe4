#include "common/ButtonBoxTabOrder.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLayout>

ButtonBoxTabOrder::ButtonBoxTabOrder(QDialogButtonBox* box) : QObject(box), m_box(box)
{
    box->installEventFilter(this);
}

void ButtonBoxTabOrder::keep(QDialogButtonBox* box)
{
    if (!box->findChild<ButtonBoxTabOrder*>(QString(), Qt::FindDirectChildrenOnly))
        new ButtonBoxTabOrder(box);
}

bool ButtonBoxTabOrder::eventFilter(QObject* watched, QEvent* event)
{
    // After the box has done its own work for the event: it puts its buttons
    // back in the order it chooses each time it lays them out.
    if (watched == m_box && (event->type() == QEvent::Show || event->type() == QEvent::LayoutRequest))
        QMetaObject::invokeMethod(this, &ButtonBoxTabOrder::chain, Qt::QueuedConnection);
    return QObject::eventFilter(watched, event);
}

namespace {
// The buttons of a layout and the layouts inside it, in the order they stand.
void collect(QLayout* layout, QList<QWidget*>* buttons)
{
    for (int i = 0; layout && i < layout->count(); ++i) {
        QLayoutItem* item = layout->itemAt(i);
        if (auto* button = qobject_cast<QAbstractButton*>(item->widget()))
            buttons->append(button);
        collect(item->layout(), buttons);
    }
}
} // namespace

void ButtonBoxTabOrder::chain()
{
    // The box's own layout holds its buttons in the order they stand (the
    // platform's order: Help, actions, then OK and Cancel, or the reverse).
    QList<QWidget*> buttons;
    collect(m_box->layout(), &buttons);
    for (qsizetype i = 1; i < buttons.size(); ++i)
        QWidget::setTabOrder(buttons.at(i - 1), buttons.at(i));
}
