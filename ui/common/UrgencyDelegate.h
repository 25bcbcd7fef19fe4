#pragma once

#include <QStyledItemDelegate>

// Shows how pressing a deadline is by colour AND by an icon and the row's
// text (colour alone fails colour-blind users): overdue in red with a
// warning sign, due within 2 working days in amber with an exclamation mark.
// Reads the urgency (DeadlineUrgency::Level as int) from the given role.
class UrgencyDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // With withIcon false only the colour and weight change (for a column
    // beside the one whose text says it).
    UrgencyDelegate(int urgencyRole, bool withIcon, QObject* parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    int m_urgencyRole;
    bool m_withIcon;
};
