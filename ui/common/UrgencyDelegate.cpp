#include "common/UrgencyDelegate.h"

#include "common/Tone.h"
#include "rules/DeadlineUrgency.h"

#include <QApplication>
#include <QStyle>

UrgencyDelegate::UrgencyDelegate(int urgencyRole, bool withIcon, QObject* parent)
    : QStyledItemDelegate(parent), m_urgencyRole(urgencyRole), m_withIcon(withIcon)
{}

void UrgencyDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto level = static_cast<DeadlineUrgency::Level>(index.data(m_urgencyRole).toInt());
    QStyle* style = option->widget ? option->widget->style() : QApplication::style();
    switch (level) {
    case DeadlineUrgency::Level::Overdue:
        option->backgroundBrush = Tones::fill(Tone::Problem, option->palette);
        option->palette.setColor(QPalette::Text, Tones::textOnFill(Tone::Problem, option->palette));
        option->font.setBold(true);
        option->icon = style->standardIcon(QStyle::SP_MessageBoxCritical);
        break;
    case DeadlineUrgency::Level::DueSoon:
        option->backgroundBrush = Tones::fill(Tone::Caution, option->palette);
        option->palette.setColor(QPalette::Text, Tones::textOnFill(Tone::Caution, option->palette));
        option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case DeadlineUrgency::Level::None:
    case DeadlineUrgency::Level::Later:
        return;
    }
    if (m_withIcon) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(16, 16);
    } else {
        option->icon = QIcon();
    }
}
