#pragma once

#include <QStyledItemDelegate>

// Edits a column that offers a fixed list of words (the model's ChoicesRole,
// a QStringList) with a combo box; the model's EditRole is the chosen index.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ChoiceDelegate(int choicesRole, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    int m_choicesRole;
};
