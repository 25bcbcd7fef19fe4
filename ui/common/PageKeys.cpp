#include "common/PageKeys.h"

#include <QCoreApplication>
#include <QKeySequence>
#include <QShortcut>
#include <QTabWidget>

void PageKeys::number(QTabWidget* tabs, QWidget* scope)
{
    for (int i = 0; i < tabs->count() && i < 9; ++i) {
        const QKeySequence key(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i));
        auto* shortcut = new QShortcut(key, scope);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        QObject::connect(shortcut, &QShortcut::activated, tabs, [tabs, i] {
            tabs->setCurrentIndex(i);
            tabs->currentWidget()->setFocus(Qt::ShortcutFocusReason); // so Tab goes on from the page
        });
        tabs->setTabToolTip(i, QCoreApplication::translate("PageKeys", "%1 (%2)")
                                   .arg(tabs->tabText(i), key.toString(QKeySequence::NativeText)));
    }
}
