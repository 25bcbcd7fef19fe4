#include "common/TableKeys.h"

#include <QAbstractItemView>
#include <QKeyEvent>

TableKeys::TableKeys(QAbstractItemView* view, std::function<void()> onDelete, std::function<void()> onEnter)
    : QObject(view), m_onDelete(std::move(onDelete)), m_onEnter(std::move(onEnter))
{
    view->installEventFilter(this);
}

void TableKeys::install(QAbstractItemView* view, std::function<void()> onDelete,
                        std::function<void()> onEnter)
{
    new TableKeys(view, std::move(onDelete), std::move(onEnter));
}

bool TableKeys::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() == Qt::Key_Delete && m_onDelete) {
        m_onDelete();
        return true;
    }
    if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_onEnter) {
        m_onEnter();
        return true;
    }
    return QObject::eventFilter(watched, event);
}
