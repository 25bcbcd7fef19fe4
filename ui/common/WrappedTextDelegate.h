#pragma once

#include <QStyledItemDelegate>

// A cell of word-wrapped text whose row is tall enough for all of it. The
// style measures wrapped text a little differently from how it paints it,
// and at 200% the last line of a long cell was cut: this measures at the
// width the text is painted in, and adds half a line to spare.
class WrappedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
