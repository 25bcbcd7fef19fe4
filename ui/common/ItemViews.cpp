#include "common/ItemViews.h"

#include <QAbstractItemView>

void ItemViews::label(QAbstractItemView* view, const QString& name, const QString& description)
{
    view->setAccessibleName(name);
    view->setAccessibleDescription(description);
    view->setTabKeyNavigation(false);
}
