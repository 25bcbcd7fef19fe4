#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;
class WorkContext;

// Settings > Retention: the closed cases past their council's retention
// period (sortable by any column, longest overdue first), and Anonymise...,
// which names the case and says it cannot be undone before it asks the store.
class RetentionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RetentionDialog(WorkContext* context, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // Anonymises the selected case after confirming; false when nothing was done.
    bool anonymiseSelected();

private:
    void load();

    WorkContext* m_context;
    QLabel* m_status;
    QTableWidget* m_table;
    QPushButton* m_anonymise;
};
