#include "common/WrappedTextDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QStyle>
#include <QTableView>
#include <algorithm>

QSize WrappedTextDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QWidget* widget = option.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    // The text is painted inside the focus frame's margin on each side.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    int width = option.rect.width();
    if (const auto* table = qobject_cast<const QTableView*>(widget))
        width = table->columnWidth(index.column());
    width -= 2 * margin;
    if (width <= 0 || item.text.isEmpty())
        return size;
    const QFontMetrics metrics(item.font);
    const QRect text = metrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, item.text);
    size.setHeight(std::max(size.height(), text.height() + 2 * margin + metrics.lineSpacing() / 2));
    return size;
}
